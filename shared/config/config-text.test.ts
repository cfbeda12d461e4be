/**
 * rewriteConfigText for a file that holds part of the config (an `$include`d file): told where its
 * value sits, it knows the chain entries there as in the config itself, so a comment never stays
 * to label the model that took its entry's slot.
 */
import { describe, expect, it } from 'vitest';
import { parseJson5Text } from '../json5/lossless-edit';
import { rewriteConfigText } from './config-text';

type Json = Record<string, unknown>;
const MODEL =
  '{\n  primary: "a/one", // the first\n  fallbacks: [\n    "b/two", // the second\n    "c/three",\n  ],\n}\n';

const rewrite = (text: string, at: string[], mutate: (value: Json) => void) => {
  const before = parseJson5Text(text) as Json;
  const after = structuredClone(before);
  mutate(after);
  return rewriteConfigText(text, before, after, at);
};

describe('rewriteConfigText at a path inside the config', () => {
  it('a new primary in agents.defaults.model does not inherit the old primary’s comment', () => {
    const out = rewrite(MODEL, ['agents', 'defaults', 'model'], (m) => (m.primary = 'd/four'));
    expect(out).toBe(MODEL.replace('primary: "a/one", // the first', 'primary: "d/four",'));
  });

  it('a fallback replaced in a fallbacks-only file leaves with its comment', () => {
    const text = '[\n  "b/two", // the second\n  "c/three",\n]\n';
    const out = rewrite(
      text,
      ['agents', 'defaults', 'model', 'fallbacks'],
      (list) => ((list as unknown as string[])[0] = 'd/four'),
    );
    expect(out).toBe('[\n  "d/four",\n  "c/three",\n]\n');
  });

  it('the same model under a renamed provider keeps its comment', () => {
    const out = rewrite(MODEL, ['agents', 'defaults', 'model'], (m) => (m.primary = 'z/one'));
    expect(out).toBe(MODEL.replace('"a/one"', '"z/one"'));
  });

  it('a string outside the chain keeps the comment of its slot', () => {
    const text = '{\n  mode: "merge", // how providers combine\n}\n';
    expect(rewrite(text, ['models'], (m) => (m.mode = 'replace'))).toBe(text.replace('"merge"', '"replace"'));
  });
});
