import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { straightenTypographicQuotes, typographicQuotesOnLine } from './typographic-quotes';

// test/fixtures/configs/seed-curly-quotes.json5: the seed from the guide's Chinese translation, as users paste it.
const SEED = readFileSync(path.resolve(__dirname, '../../test/fixtures/configs/seed-curly-quotes.json5'), 'utf8');

describe('typographic quotes', () => {
  it('straightens the curly-quoted seed so that it parses, and says which lines changed', () => {
    expect(() => JSON5.parse(SEED)).toThrow(/invalid character '“'/);
    const repaired = straightenTypographicQuotes(SEED);
    const value = JSON5.parse<{ agents: { defaults: { model: { primary: string } } } }>(repaired.text);
    expect(value.agents.defaults.model.primary).toBe('lmstudio/minimax-m2.1-gs32');
    expect(repaired.replaced).toBeGreaterThan(10);
    expect(repaired.lines).toContain(4);
    expect(typographicQuotesOnLine(SEED, 4)).toBe('“ ”');
  });

  it('leaves quotes that are text (inside a real string or a comment) alone, and escapes straight quotes it wraps', () => {
    const text = '{\n  // “as is”\n  a: "say “hi”",\n  b: “it\'s “,\n  c: ‘say "x"’\n}';
    const repaired = straightenTypographicQuotes(text);
    expect(repaired.text).toBe('{\n  // “as is”\n  a: "say “hi”",\n  b: "it\'s ",\n  c: \'say "x"\'\n}');
    expect(JSON5.parse(repaired.text)).toEqual({ a: 'say “hi”', b: "it's ", c: 'say "x"' });
    expect(repaired.lines).toEqual([4, 5]);
  });
});
