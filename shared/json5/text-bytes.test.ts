import { describe, expect, it } from 'vitest';
import { parseJson5Text, rewriteJson5 } from './lossless-edit';
import { decodeConfigBytes, encodeConfigText } from './text-bytes';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

describe('config bytes survive whatever their encoding', () => {
  it('a Latin-1 byte in a comment survives an unrelated edit', () => {
    const original = bytes('{\n  // caf', [0xe9], ' \u4e2d\n  a: 1,\n}\n');
    const text = decodeConfigBytes(original);
    const out = encodeConfigText(rewriteJson5(text, parseJson5Text(text), { a: 2 }));
    expect([...out]).toEqual([...bytes('{\n  // caf', [0xe9], ' \u4e2d\n  a: 2,\n}\n')]);
  });

  it('valid UTF-8 (with a BOM) and stray bytes of every kind round-trip', () => {
    for (const sample of [
      bytes([0xef, 0xbb, 0xbf], '{ a: "\u00e9\ud83d\ude00" }'),
      bytes('{ a: 1 } // ', [0xc3], [0x28], [0xed, 0xa0, 0x80], [0xf5], [0xff], [0xe0, 0x80]),
    ]) {
      expect([...encodeConfigText(decodeConfigBytes(sample))]).toEqual([...sample]);
    }
  });
});
