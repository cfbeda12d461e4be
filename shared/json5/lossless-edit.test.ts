import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal';
import { parseJson5Text, rewriteJson5 } from './lossless-edit';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures/configs');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

type Json = Record<string, unknown>;

/** Applies `mutate` to a clone of what `text` holds and returns the rewritten text. */
function edit(text: string, mutate: (config: Json) => void): string {
  const before = parseJson5Text(text) as Json;
  const after = structuredClone(before);
  mutate(after);
  const out = rewriteJson5(text, before, after);
  expect(deepEqual(parseJson5Text(out), after)).toBe(true);
  return out;
}

function changes(before: string, after: string): { removed: string[]; added: string[] } {
  const parts = diffLines(before, after);
  return {
    removed: parts.filter((p) => p.removed).flatMap((p) => p.value.split(/\r?\n/).filter(Boolean)),
    added: parts.filter((p) => p.added).flatMap((p) => p.value.split(/\r?\n/).filter(Boolean)),
  };
}

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const withBom = (text: string) => `\uFEFF${text}`;

const corpusFiles = [
  'seed-recommended.json5',
  'seed-hybrid.json5',
  'seed-custom-local.json5',
  ...readdirSync(path.join(FIXTURES, 'corpus')).map((f) => `corpus/${f}`),
];
const corpus: [string, string][] = corpusFiles.flatMap((name) => {
  const text = read(name);
  return [
    [name, text],
    [`${name} (CRLF)`, toCrlf(text)],
    [`${name} (BOM)`, withBom(text)],
  ] as [string, string][];
});

describe('lossless JSON5 rewrite: no edit', () => {
  it.each(corpus)('%s comes back byte-identical', (_name, text) => {
    const value = parseJson5Text(text);
    expect(rewriteJson5(text, value, structuredClone(value))).toBe(text);
  });
});

describe('lossless JSON5 rewrite: edits change only the edited span', () => {
  it('swaps primary and first fallback in the seed and nothing else', () => {
    const text = read('seed-hybrid.json5');
    const out = edit(text, (c) => {
      const model = (c.agents as Json).defaults as Json;
      model.model = {
        primary: 'lmstudio/minimax-m2.1-gs32',
        fallbacks: ['anthropic/claude-sonnet-4-5', 'anthropic/claude-opus-4-5'],
      };
    });
    expect(changes(text, out)).toEqual({
      removed: [
        '        primary: "anthropic/claude-sonnet-4-5",',
        '        fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"]',
      ],
      added: [
        '        primary: "lmstudio/minimax-m2.1-gs32",',
        '        fallbacks: ["anthropic/claude-sonnet-4-5", "anthropic/claude-opus-4-5"]',
      ],
    });
  });

  it.each(corpus)('%s: changing one number touches one line and keeps line endings and BOM', (_name, text) => {
    const out = edit(text, (c) => {
      const models = c.models as Json | undefined;
      if (models && !('$include' in models)) models.mode = 'replace';
      else c.extra = 1;
    });
    expect(out.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
    if (text.includes('\r\n')) expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    const { removed, added } = changes(text, out);
    expect(removed.length).toBeLessThanOrEqual(1);
    expect(added.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps hex, Infinity, NaN, line continuations and escapes it did not touch', () => {
    const text = read('corpus/everything.json5');
    const out = edit(text, (c) => {
      ((c.models as Json).providers as Json).lmstudio = {
        ...(((c.models as Json).providers as Json).lmstudio as Json),
        timeoutSeconds: 900,
      };
    });
    for (const kept of [
      '0x8',
      '-Infinity, Infinity, NaN',
      '+3, .5, 5.',
      "'Qwen3 Coder\\\n (line-continued name)'",
      '“full size”',
    ]) {
      expect(out).toContain(kept);
    }
    expect(changes(text, out)).toEqual({
      removed: ['        timeoutSeconds: 600,'],
      added: ['        timeoutSeconds: 900,'],
    });
  });

  it('moves comments with the array elements they describe', () => {
    const text = read('corpus/everything.json5');
    const out = edit(text, (c) => {
      const model = ((c.agents as Json).defaults as Json).model as Json;
      model.fallbacks = ['anthropic/claude-opus-4-5', 'lmstudio/minimax-m2.1-gs32'];
    });
    expect(out).toContain(`fallbacks: [
          /* then */ "anthropic/claude-opus-4-5",
          "lmstudio/minimax-m2.1-gs32", // the Mac Studio
        ],`);
  });

  it('renames a key in place, keeping the comment above it', () => {
    const text = '{\n  providers: {\n    // the local box\n    lmstudio: { baseUrl: "x" },\n    other: {},\n  },\n}\n';
    const out = edit(text, (c) => {
      const p = c.providers as Json;
      c.providers = { studio: p.lmstudio, other: p.other };
    });
    expect(out).toBe(
      '{\n  providers: {\n    // the local box\n    studio: { baseUrl: "x" },\n    other: {},\n  },\n}\n',
    );
  });

  it('removes a key with its own comment and keeps the trailing-comma style', () => {
    const text = '{\n  // keep me\n  a: 1,\n  // about b\n  b: 2,\n  c: 3\n}';
    expect(edit(text, (c) => delete c.b)).toBe('{\n  // keep me\n  a: 1,\n  c: 3\n}');
    expect(edit(text, (c) => delete c.c)).toBe('{\n  // keep me\n  a: 1,\n  // about b\n  b: 2\n}');
  });

  it('adds keys in the file’s own style: indent, quotes, bare keys, trailing commas, CRLF', () => {
    expect(edit('{\n    "a": 1\n}', (c) => (c.b = { 'c-d': ['x'] }))).toBe(
      '{\n    "a": 1,\n    "b": {\n        "c-d": ["x"]\n    }\n}',
    );
    expect(edit("{\n  a: 'x',\n}", (c) => (c.b = "it's"))).toBe("{\n  a: 'x',\n  b: 'it\\'s',\n}");
    expect(edit('{\r\n\tx: 1\r\n}\r\n', (c) => (c.y = { z: true }))).toBe(
      '{\r\n\tx: 1,\r\n\ty: {\r\n\t\tz: true\r\n\t}\r\n}\r\n',
    );
    expect(edit('{ a: { b: 1 } }', (c) => ((c.a as Json).c = 'x'))).toBe('{ a: { b: 1, c: "x" } }');
    expect(edit('{\n  models: {},\n}', (c) => ((c.models as Json).providers = { lm: { models: [] } }))).toBe(
      '{\n  models: {\n    providers: {\n      lm: {\n        models: [],\n      },\n    },\n  },\n}',
    );
  });

  it('quotes new keys that are not identifiers (model refs)', () => {
    const out = edit(
      '{\n  models: {\n    a: {},\n  },\n}',
      (c) => ((c.models as Json)['lmstudio/qwen/qwen3.5-9b'] = { alias: 'Qwen' }),
    );
    expect(out).toContain('"lmstudio/qwen/qwen3.5-9b": {\n      alias: "Qwen",\n    },');
  });

  it('writes a new file from nothing', () => {
    expect(rewriteJson5('', {}, { models: { mode: 'merge' } })).toBe('{\n  models: {\n    mode: "merge"\n  }\n}\n');
  });

  it('edits a file with a duplicate key as json5 reads it (the last one counts)', () => {
    const text = '{ a: 1, a: 2, b: 1 }';
    expect(rewriteJson5(text, parseJson5Text(text), { a: 3, b: 1 })).toBe('{ a: 1, a: 3, b: 1 }');
    expect(rewriteJson5(text, parseJson5Text(text), { a: 2 })).toBe('{ a: 1, a: 2 }');
    // Removing the key removes every copy, or the shadowed one would come back.
    expect(rewriteJson5(text, parseJson5Text(text), { b: 1 })).toBe('{ b: 1 }');
  });
});

/** A random edit on an OpenClaw-shaped config: the kinds of change the operations make. */
const editArb = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    key: fc.constantFrom('mode', 'timeoutSeconds', 'api', 'newKey'),
    value: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.string({ unit: 'binary' }),
      fc.boolean(),
      fc.constant(null),
      fc.dictionary(fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ maxLength: 4 }), { maxKeys: 3 }),
    ),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    key: fc.constantFrom('mode', 'apiKey', 'baseUrl', 'timeoutSeconds', 'newKey'),
  }),
  fc.record({
    kind: fc.constant('chain' as const),
    refs: fc.shuffledSubarray(
      ['a/1', 'b/2', 'lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5', 'anthropic/claude-sonnet-4-5'],
      { minLength: 1 },
    ),
  }),
  fc.record({
    kind: fc.constant('alias' as const),
    ref: fc.constantFrom('x/y', 'lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5'),
    alias: fc.option(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant('model' as const),
    id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    remove: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('rename' as const), to: fc.constantFrom('studio', 'local-box', 'lm') }),
);
type RandomEdit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function applyRandom(config: Json, e: RandomEdit): void {
  const defaults = (((config.agents ??= {}) as Json).defaults ??= {}) as Json;
  const models = (config.models ??= {}) as Json;
  const providers = (models.providers ??= {}) as Json;
  const providerId = Object.keys(providers)[0];
  const provider = providerId ? (providers[providerId] as Json) : undefined;
  switch (e.kind) {
    case 'set':
      (e.key === 'mode' ? models : (provider ?? models))[e.key] = e.value;
      return;
    case 'delete':
      delete (e.key === 'mode' ? models : (provider ?? models))[e.key];
      return;
    case 'chain':
      defaults.model = { primary: e.refs[0], fallbacks: e.refs.slice(1) };
      return;
    case 'alias': {
      const entries = (defaults.models ??= {}) as Json;
      if (e.alias === null) delete entries[e.ref];
      else entries[e.ref] = { alias: e.alias };
      return;
    }
    case 'model': {
      if (!provider) return;
      const rows = ((provider.models ??= []) as Json[]).filter((m) => m.id !== e.id);
      provider.models = e.remove ? rows : [...rows, { id: e.id, name: e.id, contextWindow: 4096 }];
      return;
    }
    case 'rename':
      if (providerId && !(e.to in providers)) {
        models.providers = Object.fromEntries(
          Object.entries(providers).map(([k, v]) => [k === providerId ? e.to : k, v]),
        );
      }
      return;
  }
}

/** Saves each random edit in turn, as the store would; `check` sees every intermediate text. */
function applyAll(base: string, edits: RandomEdit[], check?: (text: string, intended: Json) => void): string {
  let text = base;
  for (const e of edits) {
    const before = parseJson5Text(text) as Json;
    const after = structuredClone(before);
    applyRandom(after, e);
    text = rewriteJson5(text, before, after);
    check?.(text, after);
  }
  return text;
}

describe('lossless JSON5 rewrite: properties', () => {
  const bases = [
    'seed-hybrid.json5',
    'corpus/everything.json5',
    'corpus/json-plain.json',
    'corpus/tabs-single-line.json5',
  ].map(read);

  it('every saved text re-parses to the intended object, after any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bases, ...bases.map(toCrlf)),
        fc.array(editArb, { minLength: 1, maxLength: 8 }),
        (base, edits) => {
          applyAll(base, edits, (text, intended) => expect(deepEqual(parseJson5Text(text), intended)).toBe(true));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('comments outside the edited values survive any sequence of edits', () => {
    const base = read('corpus/everything.json5');
    const survivors = [
      '// OpenClaw config — hand-written',
      '/* Block comment before the root. */',
      '// trailing comma inside',
      '// hex',
      '// trailing comment at the end of the root',
      '// after the root',
    ];
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (edits) => {
        const text = applyAll(base, edits);
        for (const comment of survivors) expect(text).toContain(comment);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a row added to an empty list inside a one-line object', () => {
  it('stays on that line instead of leaving the object half broken open (`] },`)', () => {
    const text =
      '{\n  models: {\n    providers: {\n      lmstudio: { baseUrl: "http://x", models: [] },\n    },\n  },\n}\n';
    const old = parseJson5Text(text) as { models: { providers: { lmstudio: { models: unknown[] } } } };
    const next = structuredClone(old);
    next.models.providers.lmstudio.models.push({ id: 'qwen3', contextWindow: 32768 });
    const out = rewriteJson5(text, old, next);
    expect(out).toBe(
      '{\n  models: {\n    providers: {\n      lmstudio: { baseUrl: "http://x", models: [ { id: "qwen3", contextWindow: 32768 } ] },\n    },\n  },\n}\n',
    );
    // In a multi-line object the empty list still opens up, one key per line.
    const open = text.replace(
      '{ baseUrl: "http://x", models: [] }',
      '{\n        baseUrl: "http://x",\n        models: [],\n      }',
    );
    expect(rewriteJson5(open, parseJson5Text(open), next)).toContain(
      'models: [\n          {\n            id: "qwen3",',
    );
  });
});
