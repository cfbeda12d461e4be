import { describe, expect, it } from 'vitest';
import { configPathSourceSchema } from '@shared/api/schemas/config-summary';
import { msg } from '@shared/i18n/message';
import type { DomainStrings } from './catalog';
import { MESSAGE_DOMAINS } from './messages';
import { createTranslator, hasMessage, languageFromEnv } from './translate';

function flatten(strings: DomainStrings, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(strings).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}
const params = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it.each(Object.entries(MESSAGE_DOMAINS))('%s has the same keys and parameters in both languages', (_d, catalog) => {
    const en = flatten(catalog.en);
    const zh = flatten(catalog['zh-CN']);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(text, key).not.toBe('');
      expect(params(zh[key]!), key).toEqual(params(text));
    }
  });

  it("names every way a config is found (the CLI's `info` and the panel's Overview both print it)", () => {
    const missing = configPathSourceSchema.options.filter((source) => !hasMessage(`listing.info.source.${source}`));
    expect(missing).toEqual([]);
  });

  it('a message with a number of tokens prints the number on every surface', () => {
    const m = msg('listing.fit.maxContext', { tokens: 53248 });
    for (const surface of ['cli', 'tray'] as const)
      expect(createTranslator('en', surface).message(m)).toContain('53248 tokens');
  });

  it('translates a message in the language the locale asks for', () => {
    const m = msg('common.timeout', { what: 'nvidia-smi', seconds: 8 });
    expect(hasMessage('common.timeout')).toBe(true);
    expect(createTranslator(languageFromEnv({ LANG: 'zh_CN.UTF-8' })).message(m)).toBe('nvidia-smi 在 8 秒内没有响应');
    expect(createTranslator(languageFromEnv({ LANG: 'C.UTF-8' })).message(m)).toBe(
      'nvidia-smi did not answer within 8 s',
    );
    expect(createTranslator('en').message(msg('nope.missing'))).toBe('nope.missing');
  });
});
