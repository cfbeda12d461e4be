/**
 * Issue #17: comments attach to the nearest token and travel with it; containers keep
 * their comments when they gain or lose their first or last element; every shape json5
 * accepts can be edited; deep and huge input get a limit message.
 */
import { describe, expect, it } from 'vitest';
import { deepEqual } from './deep-equal';
import { LosslessEditError, parseJson5Text, rewriteJson5 } from './lossless-edit';

type Json = Record<string, unknown>;

function edit(text: string, mutate: (value: Json) => void): string {
  const before = parseJson5Text(text) as Json;
  const after = structuredClone(before);
  mutate(after);
  const out = rewriteJson5(text, before, after);
  expect(deepEqual(parseJson5Text(out), after)).toBe(true);
  return out;
}

const chain = (c: Json) => ((c.agents as Json).defaults as Json).model as Json;

describe('comments inside containers that gain or lose their first or last element', () => {
  it('keeps a comment in an empty fallbacks list when a fallback is added', () => {
    const text = '{\n  model: {\n    primary: "a/1",\n    fallbacks: [ /* local models go here */ ],\n  },\n}\n';
    const out = edit(text, (c) => ((c.model as Json).fallbacks = ['lmstudio/qwen']));
    expect(out).toBe(
      '{\n  model: {\n    primary: "a/1",\n    fallbacks: [ /* local models go here */ "lmstudio/qwen" ],\n  },\n}\n',
    );
  });

  it('keeps commented-out providers in an empty providers object when a provider is added', () => {
    const text =
      '{\n  models: {\n    providers: {\n      // ollama: { baseUrl: "http://127.0.0.1:11434/v1" },\n    },\n  },\n}\n';
    const out = edit(text, (c) => (((c.models as Json).providers as Json).lmstudio = { baseUrl: 'x' }));
    expect(out).toContain('      // ollama: { baseUrl: "http://127.0.0.1:11434/v1" },\n      lmstudio: {');
  });

  it('keeps a comment in an empty agents.defaults.models when an alias is set', () => {
    const text =
      '{\n  agents: {\n    defaults: {\n      models: {\n        // aliases go here\n      },\n    },\n  },\n}\n';
    const out = edit(text, (c) => {
      ((c.agents as Json).defaults as Json).models = { 'lmstudio/qwen': { alias: 'Qwen' } };
    });
    expect(out).toContain('// aliases go here\n        "lmstudio/qwen": {');
  });

  it('a cleared list keeps the comment that describes it (bracket line, or set apart by a blank line)', () => {
    const text =
      '{\n  fallbacks: [ // tried in order\n    // hosted\n    "a/1", // fast\n\n    // spare\n\n    "b/2",\n  ],\n}\n';
    const out = edit(text, (c) => (c.fallbacks = []));
    expect(out).toContain('// tried in order');
    expect(out).toContain('// spare');
    expect(out).not.toContain('// hosted');
    expect(out).not.toContain('// fast');
  });

  it('keeps a comment on the last element when an element is added after it', () => {
    const text = '[\n    false // true\n]';
    expect(rewriteJson5(text, [false], [false, 1])).toBe('[\n    false, // true\n    1\n]');
  });

  it('keeps an inline comment after an array element that is edited', () => {
    const text = '[\n    false // true\n]';
    expect(rewriteJson5(text, [false], [true])).toBe('[\n    true // true\n]');
  });

  it.each([
    ['\r', '{\r    // This comment is terminated with `\\r`.\r}\r'],
    ['\r\n', '{\r\n    // This comment is terminated with `\\r\\n`.\r\n}\r\n'],
    ['\n', '{\n    // This comment is terminated with `\\n`.\n}\n'],
  ])('keeps a comment terminated by %j when a key is added', (_nl, text) => {
    const out = rewriteJson5(text, {}, { a: 1 });
    expect(out).toContain(text.split(/\r\n|\r|\n/)[1]!);
    expect(parseJson5Text(out)).toEqual({ a: 1 });
  });
});

describe('comments travel with their chain entry', () => {
  const text = `{
  agents: {
    defaults: {
      model: {
        primary: "lmstudio/qwen", // the Mac Studio
        fallbacks: [
          // safety net
          "anthropic/claude", // hosted
          "openai/gpt", // backup
        ],
      },
    },
  },
}
`;
  it('swapping primary and first fallback swaps their comments', () => {
    const out = edit(text, (c) => {
      chain(c).primary = 'anthropic/claude';
      chain(c).fallbacks = ['lmstudio/qwen', 'openai/gpt'];
    });
    // The comment just above an entry is its own, like the one on its line: both travel.
    expect(out).toContain('// safety net\n        primary: "anthropic/claude", // hosted');
    expect(out).toContain('fallbacks: [\n          "lmstudio/qwen", // the Mac Studio');
    expect(out).toContain('"openai/gpt", // backup');
  });

  it('making a fallback primary takes its comment along and drops nothing else', () => {
    const out = edit(text, (c) => {
      chain(c).primary = 'openai/gpt';
      chain(c).fallbacks = ['anthropic/claude'];
    });
    expect(out).toContain('primary: "openai/gpt", // backup\n');
    expect(out).not.toContain('the Mac Studio');
    expect(out).toContain('// safety net\n          "anthropic/claude", // hosted');
  });

  it('moving a fallback keeps its comment', () => {
    const out = edit(text, (c) => (chain(c).fallbacks = ['openai/gpt', 'anthropic/claude']));
    expect(out).toContain('"openai/gpt", // backup');
    expect(out).toContain('"anthropic/claude", // hosted');
  });

  it('a renamed ref keeps its comment in place', () => {
    const out = edit(text, (c) => (chain(c).fallbacks = ['anthropic/claude', 'oai/gpt']));
    expect(out).toContain('"oai/gpt", // backup');
  });
});

describe('every shape json5 accepts can be edited', () => {
  it('leading-comma style', () => {
    const text = '{ a: 1\n, b: [ "x"\n     , "y"\n     ]\n}';
    const out = edit(text, (c) => {
      c.c = 3;
      (c.b as string[]).push('z');
    });
    expect(out.startsWith('{ a: 1\n, b: [ "x"\n     , "y"')).toBe(true);
    expect(edit(text, (c) => delete c.a)).toContain('"x"');
  });

  it('a comment between a value and its comma', () => {
    const text = '{\n  a: 1 /* one */ ,\n  b: 2 // two\n  ,\n}';
    const out = edit(text, (c) => (c.c = 3));
    expect(out).toContain('/* one */');
    expect(out).toContain('// two');
  });

  it('bare reserved-word keys, and keys written by the tool read back', () => {
    const text = '{ true: 1, null: 2, Infinity: 3, NaN: 4, if: 5 }';
    const out = edit(text, (c) => (c.x = 1));
    expect(out).toBe('{ true: 1, null: 2, Infinity: 3, NaN: 4, if: 5, x: 1 }');
    const named = edit('{\n  providers: {},\n}', (c) => ((c.providers as Json).null = { a: 1 }));
    expect(named).toContain('"null": {');
    edit(named, (c) => ((c.providers as Json).true = {}));
  });
});

describe('limits', () => {
  it('refuses deep nesting with a limit message, never a stack overflow', () => {
    const text = `{ a: 1, deep: ${'['.repeat(3000)}${']'.repeat(3000)} }`;
    let error: unknown;
    try {
      rewriteJson5(text, { a: 1, deep: [] }, { a: 2, deep: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LosslessEditError);
    expect((error as LosslessEditError).detail.code).toBe('json5.tooDeep');
    expect(() => parseJson5Text(text)).toThrow(/more than 512 levels/);
  });

  it('edits beside an 8 MB string', () => {
    const big = 'x'.repeat(8 * 1024 * 1024);
    const text = `{ a: 1, big: "${big}" }`;
    const out = rewriteJson5(text, { a: 1, big }, { a: 2, big });
    expect(out.slice(0, 12)).toBe('{ a: 2, big:');
  });
});
