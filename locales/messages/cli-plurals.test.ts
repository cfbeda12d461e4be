/** The CLI's counted texts say "1 model" and "2 models" (i18next `_one`/`_other`), never "1 models". */
import { describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { createTranslator } from '../translate';

const en = createTranslator('en');
const zh = createTranslator('zh-CN');
const say = (code: string, count: number, params: Record<string, string> = {}) =>
  en.message(msg(code, { ...params, count }));

describe('counted CLI texts', () => {
  it.each([
    [
      'listing.info.providers',
      { list: 'lmstudio' },
      '  Providers: lmstudio (1 model)',
      '  Providers: lmstudio (2 models)',
    ],
    ['listing.hw.cpu', { brand: 'Xeon' }, 'CPU: Xeon, 1 core', 'CPU: Xeon, 2 cores'],
    [
      'cluster.cli.total',
      { total: '64.0', source: 'exo' },
      'Cluster: 1 machine, 64.0 GB for models (exo)',
      'Cluster: 2 machines, 64.0 GB for models (exo)',
    ],
    [
      'cluster.cli.fitHeader',
      { model: 'm', quant: 'Q4_K_M', tokens: '8,192', source: 'exo' },
      'm (Q4_K_M) at 8,192 tokens on 1 machine (exo):',
      'm (Q4_K_M) at 8,192 tokens across 2 machines (exo):',
    ],
    [
      'cluster.cli.loaded',
      { model: 'm', ranges: '0–31' },
      '  running: m on 1 node (layers 0–31)',
      '  running: m split over 2 nodes (layers 0–31)',
    ],
    [
      'cluster.verdict.fits',
      {},
      'Fits on 1 machine: it holds the whole model',
      'Fits across 2 machines: every machine holds its share',
    ],
    [
      'cliUsage.error.tooManyArguments',
      { command: 'probe', got: '3' },
      "error: too many arguments for 'probe'. Expected 1 argument but got 3.",
      "error: too many arguments for 'probe'. Expected 2 arguments but got 3.",
    ],
  ])('%s: 1 and 2', (code, params, one, two) => {
    expect(say(code, 1, params)).toBe(one);
    expect(say(code, 2, params)).toBe(two);
    expect(zh.message(msg(code, { ...params, count: 1 }))).toContain('1');
  });
});
