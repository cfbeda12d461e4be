import fc from 'fast-check';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const kinds = (text: string) => tokenize(text).map((t) => `${t.type}:${t.value}`);

describe('tokenize', () => {
  it('classifies every JSON5 form and keeps every character', () => {
    const text = "\uFEFF{a:-Infinity,'b':+.5e3,c:0xFF,/*x*/d:NaN,e:null,// t\r\nf:'it\\'s\\\nok'}";
    expect(kinds(text)).toEqual([
      'whitespace:\uFEFF',
      '{:{',
      'identifier:a',
      ':::',
      'number:-Infinity',
      ',:,',
      "string:'b'",
      ':::',
      'number:+.5e3',
      ',:,',
      'identifier:c',
      ':::',
      'number:0xFF',
      ',:,',
      'block-comment:/*x*/',
      'identifier:d',
      ':::',
      'number:NaN',
      ',:,',
      'identifier:e',
      ':::',
      'literal:null',
      ',:,',
      'line-comment:// t',
      'newline:\r\n',
      'identifier:f',
      ':::',
      "string:'it\\'s\\\nok'",
      '}:}',
      'eof:',
    ]);
  });

  it('counts lines across newlines, comments and continued strings', () => {
    const tokens = tokenize('{\n/* a\nb */ x: "1\\\n2",\r\n y: 1 }');
    expect(tokens.find((t) => t.value === 'y')!.line).toBe(5);
  });

  it('covers any text JSON5.stringify writes, character for character', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const text = JSON5.stringify(value, null, indent);
        expect(
          tokenize(text)
            .map((t) => t.value)
            .join(''),
        ).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
