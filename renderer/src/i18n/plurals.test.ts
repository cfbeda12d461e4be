/** The panel's counted texts say "1 machine" and "2 machines" (i18next `_one`/`_other`), never "1 machines". */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

describe('counted panel texts', () => {
  it.each([
    ['hardware.machines', {}, 'on 1 machine', 'across 2 machines', '（2 台机器合计）'],
    [
      'machines.total',
      { gb: '64.0', source: 'exo' },
      'Cluster: 1 machine, 64.0 GB for models (exo)',
      'Cluster: 2 machines, 64.0 GB for models (exo)',
      '集群：2 台机器，可用于模型 64.0 GB（exo）',
    ],
    ['providers.models.show', {}, 'Show the model', 'Show all 2 models', '显示全部 2 个模型'],
  ])('%s: 1 and 2', (key, params, one, two, zhTwo) => {
    expect(i18n.t(key, { ...params, count: 1 })).toBe(one);
    expect(i18n.t(key, { ...params, count: 2 })).toBe(two);
    expect(i18n.t(key, { ...params, count: 2, lng: 'zh-CN' })).toBe(zhTwo);
  });
});
