/** Plurals come from i18next's _one/_other keys, never "reference(s)" (issue #24: "1 machines", "(1 models)"). */
import { describe, expect, it } from 'vitest';
import { messageStrings } from '@locales/messages';
import { en } from './en';
import { zhCN } from './zh-CN';

function strings(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, prefix ? `${prefix}.${key}` : key));
}

describe('plurals', () => {
  const all = [...strings(messageStrings('en')), ...strings(en)];

  it('no English string makes a plural by hand ("model(s)")', () => {
    expect(all.filter(([, text]) => /[a-z]\(s\)/i.test(text))).toEqual([]);
  });

  it('a string that counts {{count}} things has both _one and _other forms, in both languages', () => {
    for (const tree of [messageStrings('en'), messageStrings('zh-CN'), en, zhCN]) {
      const keys = new Set(strings(tree).map(([key]) => key));
      const counted = strings(tree).filter(([key, text]) => text.includes('{{count}}') && !/_(one|other)$/.test(key));
      // A bare count is fine only where no noun follows it ("Show 3 more of 10" reads the same for one).
      expect(counted.filter(([, text]) => /\{\{count\}\} [a-z]+s\b/.test(text)).map(([key]) => key)).toEqual([]);
      for (const key of keys) if (key.endsWith('_one')) expect(keys).toContain(key.replace(/_one$/, '_other'));
    }
  });
});
