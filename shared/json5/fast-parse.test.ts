/**
 * parseJson5Fast against json5 itself (the reference): the official suite's valid documents give
 * the same value, its refused documents the same error, and so do generated documents in every
 * JSON5 style and their one-character mutations. The fast path must really be taken for configs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { parseJson5Fast, parseThroughJson } from './fast-parse';

const SUITE = path.resolve(__dirname, '../../test/fixtures/json5-suite');
const CONFIGS = path.resolve(__dirname, '../../test/fixtures/configs');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };
const outcome = (parse: (text: string) => unknown, text: string): Outcome => {
  try {
    return { ok: true, value: parse(text) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
};

/** Same value in the strictest sense: −0 and NaN, key order, own `__proto__` keys, arrays vs objects. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.getOwnPropertyNames(a);
  const kb = Object.getOwnPropertyNames(b);
  return (
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function expectSameAsJson5(text: string): void {
  const reference = outcome((t) => JSON5.parse(t), text);
  const fast = outcome(parseJson5Fast, text);
  if (reference.ok && fast.ok) {
    expect(same(fast.value, reference.value), `value of ${JSON.stringify(text)}`).toBe(true);
  } else {
    expect(fast, `outcome of ${JSON.stringify(text)}`).toEqual(reference);
  }
}

describe('parseJson5Fast: the official JSON5 suite', () => {
  const valid: [string, string][] = [
    ...files(path.join(SUITE, 'json5-tests'), /\.json5?$/).map(
      (file) => [path.relative(SUITE, file), readFileSync(file, 'utf8')] as [string, string],
    ),
    ...(JSON.parse(readFileSync(path.join(SUITE, 'json5-parse-cases.json'), 'utf8')) as string[]).map(
      (text, i) => [`json5/test/parse.js case ${i + 1}`, text] as [string, string],
    ),
    ['json5-test.json5', readFileSync(path.join(SUITE, 'json5-test.json5'), 'utf8')],
  ];
  it.each(valid)('%s: the same value as json5', (_name, text) => {
    expect(outcome(parseJson5Fast, text).ok).toBe(true);
    expectSameAsJson5(text);
  });

  const refused = JSON.parse(readFileSync(path.join(SUITE, 'json5-refused-cases.json'), 'utf8')) as {
    file: string;
    text: string;
  }[];
  it.each(refused.map((c) => [c.file, c.text]))('%s: refused with json5’s own error', (_name, text) => {
    expect(outcome(parseJson5Fast, text).ok).toBe(false);
    expectSameAsJson5(text);
  });
});

describe('parseJson5Fast: the fast path is the one configs take', () => {
  /** Fixtures json5 must read itself, and why. */
  const SLOW_PATH: Record<string, string> = {
    'everything.json5': 'Infinity and NaN, which JSON cannot write',
    'seed-curly-quotes.json5': 'malformed on purpose (typographic quotes)',
  };
  it.each(files(CONFIGS, /\.json5?$/).map((f) => [path.relative(CONFIGS, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    if (SLOW_PATH[path.basename(file)]) expect(parseThroughJson(text)).toBeNull();
    else expect(parseThroughJson(text)).not.toBeNull();
    expectSameAsJson5(text);
  });
  it('a config written as bench/config-save.bench.ts writes its 50 × 200 one (comments, bare keys, quotes, hex)', () => {
    const row = (m: number) =>
      `{ id: "model-${m}", name: 'Model ${m}', input: ["text"], contextWindow: 0x20000, maxTokens: 8192, }, // row ${m}`;
    const text = `// A large config\n{\n  models: { mode: 'merge', providers: {\n    /* p0 */ p0: { apiKey: '\${KEY_0}', models: [\n      ${row(0)}\n      ${row(1)}\n    ], },\n  } },\n}\n`;
    expect(parseThroughJson(text)).not.toBeNull();
    expectSameAsJson5(text);
  });
});

/**
 * A JSON5 document in a style drawn per node: quotes, bare keys, numbers, comments, commas, spaces.
 * `configStyle` keeps to what configs are written in, which must all take the fast path; otherwise
 * it also draws what json5 must read itself (Infinity, NaN, `\x41`, line continuations, raw tabs, bad keys).
 */
function json5Text(configStyle: boolean): fc.Arbitrary<string> {
  // Raw control characters in strings (JSON refuses them, json5 takes a tab): only in the wider style.
  const noControl = (t: string) =>
    [...t].filter((ch) => (configStyle ? ch >= ' ' : ch !== '\n' && ch !== '\r')).join('');
  const leaves = [
    fc.constantFrom('true', 'false', 'null', '0', '-0', '+1', '.5', '5.', '1e3', '1.5E-3', '0x1F', '-0xff', '+0X0'),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
    fc.string({ unit: 'binary' }).map((t) => JSON.stringify(t)),
    fc.string().map((t) => `'${noControl(t).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`),
    fc.constantFrom('"\\u00e9"', "'\"'", '"\\/"', "'\\u2028'", '"\u2028"', "'\\\\'", '"\\\\"'),
  ];
  const slowLeaves = [
    fc.constantFrom('Infinity', '-Infinity', 'NaN', '1e400', '0x' + 'f'.repeat(300), '01', '1.2.3', '+-1'),
    fc.constantFrom('"\\x41"', "'\\0'", '"\\v"', '"a\\\nb"', '"\t"', '"\\\'"', '"a\nb"'),
  ];
  const leaf = fc.oneof(...leaves, ...(configStyle ? [] : slowLeaves));
  const space = fc.constantFrom(
    '',
    ' ',
    '\n',
    '\r\n',
    '\t',
    '\u00a0',
    '\u2028',
    '\v',
    ' // note\n',
    '/* c */',
    '\ufeff',
  );
  const key = fc.oneof(
    fc.constantFrom('a', '$b', '_c', 'true', 'null', 'Infinity', '__proto__', 'constructor', 'x1'),
    fc.string({ maxLength: 6 }).map((t) => JSON.stringify(t)),
    fc.constantFrom("'k'", '"__proto__"', "'__proto__'", '"a"'),
    ...(configStyle ? [] : [fc.constantFrom('0', '1', 'a-b', 'é', '\\u0061')]),
  );
  const trailingComma = fc.option(space, { nil: undefined }).map((t) => (t === undefined ? '' : `,${t}`));
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .tuple(fc.array(fc.tuple(space, tie('node'), space), { maxLength: 4 }), trailingComma, space)
        .map(
          ([items, trailing, t]) =>
            `[${t}${items.map(([a, v, b]) => a + v + b).join(',')}${items.length ? trailing : ''}]`,
        ),
      fc
        .tuple(fc.array(fc.tuple(space, key, space, space, tie('node')), { maxLength: 4 }), trailingComma, space)
        .map(
          ([members, trailing, t]) =>
            `{${t}${members.map(([a, k, b, c, v]) => `${a}${k}${b}:${c}${v}`).join(',')}${members.length ? trailing : ''}}`,
        ),
    ),
  }));
  return fc.tuple(space, node, space).map(([a, n, b]) => a + n + b);
}

describe('parseJson5Fast: generated documents and their mutations', () => {
  it('takes the fast path, with json5’s value, for every document in the style configs are written in', () => {
    fc.assert(
      fc.property(json5Text(true), (text) => {
        const fast = parseThroughJson(text);
        expect(fast, `fast path for ${JSON.stringify(text)}`).not.toBeNull();
        expect(same(fast!.value, JSON5.parse(text)), `value of ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('gives json5’s value or json5’s error for every generated document', () => {
    fc.assert(
      fc.property(json5Text(false), (text) => expectSameAsJson5(text)),
      { numRuns: 3000 },
    );
  });
  it('…and for each with one character dropped, doubled or replaced by a JSON5 metacharacter', () => {
    const meta = fc.constantFrom(
      ',',
      ':',
      '{',
      '}',
      '[',
      ']',
      '"',
      "'",
      '/',
      '*',
      '\\',
      '\n',
      '-',
      '+',
      '.',
      'x',
      ' ',
      '0',
    );
    fc.assert(
      fc.property(json5Text(false), fc.nat(), fc.integer({ min: 0, max: 2 }), meta, (text, at, kind, char) => {
        const i = text.length ? at % text.length : 0;
        const mutated =
          kind === 0
            ? text.slice(0, i) + text.slice(i + 1)
            : kind === 1
              ? text.slice(0, i) + (text[i] ?? '') + text.slice(i)
              : text.slice(0, i) + char + text.slice(i + 1);
        expectSameAsJson5(mutated);
      }),
      { numRuns: 3000 },
    );
  });
});
