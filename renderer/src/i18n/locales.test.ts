import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect(keys(zhCN).sort()).toEqual(keys(en).sort());
  });

  it('have no empty strings', () => {
    for (const [name, strings] of Object.entries({ en, zhCN })) {
      const empty = keys(strings).filter(
        (key) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], strings) === '',
      );
      expect(empty, name).toEqual([]);
    }
  });
});
