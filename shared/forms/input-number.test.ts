/** Numbers with units as typed: token counts (k = 1,024), durations in seconds, plain amounts; words are refused, not read as empty. */
import { describe, expect, it } from 'vitest';
import { parseAmount, parseSeconds, parseTokenCount } from './input-number';

describe('parseTokenCount', () => {
  it('reads plain counts, thousands separators and k / M units', () => {
    expect(parseTokenCount('32768')).toEqual({ ok: true, value: 32768 });
    expect(parseTokenCount('32,768')).toEqual({ ok: true, value: 32768 });
    expect(parseTokenCount('1,048,576')).toEqual({ ok: true, value: 1048576 });
    expect(parseTokenCount('128k')).toEqual({ ok: true, value: 131072 });
    expect(parseTokenCount(' 128 K ')).toEqual({ ok: true, value: 131072 });
    expect(parseTokenCount('1M')).toEqual({ ok: true, value: 1048576 });
    expect(parseTokenCount('1.5k')).toEqual({ ok: true, value: 1536 });
  });

  it('refuses words and fractions of a token instead of reading a prefix (128k is never 128)', () => {
    expect(parseTokenCount('128 thousand')).toMatchObject({ ok: false, problem: { code: 'forms.number.tokens' } });
    expect(parseTokenCount('12.5')).toMatchObject({ ok: false, problem: { code: 'forms.number.whole' } });
    expect(parseTokenCount('')).toMatchObject({ ok: false });
  });
});

describe('parseSeconds', () => {
  it('reads seconds and s / m / h units', () => {
    expect(parseSeconds('600')).toEqual({ ok: true, value: 600 });
    expect(parseSeconds('1.5')).toEqual({ ok: true, value: 1.5 }); // the schema says "whole"
    expect(parseSeconds('10m')).toEqual({ ok: true, value: 600 });
    expect(parseSeconds('90s')).toEqual({ ok: true, value: 90 });
    expect(parseSeconds('1h30m')).toEqual({ ok: true, value: 5400 });
    expect(parseSeconds('2 min')).toEqual({ ok: true, value: 120 });
  });

  it('refuses "ten minutes" and a half second', () => {
    expect(parseSeconds('ten minutes')).toMatchObject({
      ok: false,
      problem: { code: 'forms.number.duration', params: { text: 'ten minutes' } },
    });
    expect(parseSeconds('10 minutes')).toMatchObject({ ok: false });
    expect(parseSeconds('1.5s')).toMatchObject({ ok: false, problem: { code: 'forms.number.wholeSeconds' } });
  });
});

describe('parseAmount', () => {
  it('reads decimals and refuses words', () => {
    expect(parseAmount('0.15')).toEqual({ ok: true, value: 0.15 });
    expect(parseAmount('1,500')).toEqual({ ok: true, value: 1500 });
    expect(parseAmount('free')).toMatchObject({ ok: false, problem: { code: 'forms.number.amount' } });
  });
});
