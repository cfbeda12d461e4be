/**
 * Issues #17 and #11: operations on files as people write them — comments travel with
 * their chain entry through every chain operation (property test), shapes OpenClaw would
 * reject are refused instead of overwritten, renames follow every reference, ids are own
 * keys, and a no-op stays a no-op on disk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson5Text } from '../json5/lossless-edit';
import { rewriteConfigText } from './config-text';
import { modelChain, type ConfigObject } from './config-access';
import { applyOperations, OperationError, type ConfigOperation } from './operations';
import type { Message } from '../i18n/message';
import { createTranslator } from '@locales/translate';

/** Applies operations to the text as the store does and returns the new text. */
function save(text: string, ...ops: ConfigOperation[]): { text: string; notes: Message[] } {
  const before = parseJson5Text(text) as ConfigObject;
  const { config, notes } = applyOperations(before, ops);
  return { text: rewriteConfigText(text, before, config), notes };
}

function refusal(text: string, op: ConfigOperation): OperationError {
  try {
    applyOperations(parseJson5Text(text) as ConfigObject, [op]);
  } catch (error) {
    if (error instanceof OperationError) return error;
    throw error;
  }
  throw new Error('the operation was not refused');
}

const REFS = ['lmstudio/qwen', 'lmstudio/gemma', 'anthropic/claude', 'openai/gpt', 'ollama/llama'];
const comment = (ref: string) => `// about ${ref}`;

function chainFile(chain: string[]): string {
  const [primary, ...fallbacks] = chain;
  return `{
  agents: {
    defaults: {
      model: {
        primary: "${primary!}", ${comment(primary!)}
        fallbacks: [
${fallbacks.map((ref) => `          "${ref}", ${comment(ref)}`).join('\n')}
        ],
      },
    },
  },
  models: {
    providers: {
      lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", models: [{ id: "qwen", name: "qwen" }, { id: "gemma", name: "gemma" }] },
      ollama: { baseUrl: "http://127.0.0.1:11434", models: [{ id: "llama", name: "llama" }] },
    },
  },
}
`;
}

describe('comments travel with their chain entry (#11)', () => {
  const opArb = fc.oneof(
    fc.record({ op: fc.constant('setPrimary' as const), ref: fc.constantFrom(...REFS) }),
    fc.record({
      op: fc.constant('moveFallback' as const),
      ref: fc.constantFrom(...REFS),
      position: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({ op: fc.constant('removeFallback' as const), ref: fc.constantFrom(...REFS) }),
    fc.record({
      op: fc.constant('addFallback' as const),
      ref: fc.constantFrom(...REFS),
      position: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({
      op: fc.constant('applyLayout' as const),
      layout: fc.constantFrom('local-first' as const, 'hosted-primary' as const),
    }),
  );

  it('after any sequence of chain operations, every comment still sits on its own entry’s line', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(REFS, { minLength: 2 }),
        fc.array(opArb, { minLength: 1, maxLength: 6 }),
        (chain, ops) => {
          let text = chainFile(chain);
          for (const op of ops) {
            try {
              text = save(text, op).text;
            } catch (error) {
              if (!(error instanceof OperationError)) throw error;
            }
            const lines = text.split('\n');
            for (const ref of REFS) {
              const holders = lines.filter((line) => line.includes(comment(ref)));
              // A comment is never on another entry's line, and never duplicated.
              expect(holders.length).toBeLessThanOrEqual(1);
              for (const line of holders) expect(line).toContain(`"${ref}"`);
            }
            // Every entry that came from the original file still carries its comment.
            const { primary, fallbacks } = modelChain(parseJson5Text(text) as ConfigObject);
            for (const ref of [primary, ...fallbacks]) {
              if (ref && chain.includes(ref) && text.includes(comment(ref)) === false) {
                // Only an entry that was removed and added back may have lost it.
                expect(
                  ops.some((o) => o.op === 'removeFallback' || o.op === 'addFallback' || o.op === 'setPrimary'),
                ).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 250 },
    );
  });

  it('the README hero: local-first moves each comment with its model', () => {
    const text = chainFile(['anthropic/claude', 'lmstudio/qwen', 'openai/gpt']);
    const out = save(text, { op: 'applyLayout', layout: 'local-first' }).text;
    expect(out).toContain(`primary: "lmstudio/qwen", ${comment('lmstudio/qwen')}`);
    expect(out).toContain(`"anthropic/claude", ${comment('anthropic/claude')}`);
    expect(out).toContain(`"openai/gpt", ${comment('openai/gpt')}`);
    const back = save(out, { op: 'applyLayout', layout: 'hosted-primary' }).text;
    expect(back).toBe(text);
  });

  it('a model moved and renamed in the same save keeps its comment', () => {
    const text = chainFile(['anthropic/claude', 'lmstudio/qwen', 'openai/gpt']);
    const out = save(
      text,
      { op: 'applyLayout', layout: 'local-first' },
      { op: 'renameProvider', from: 'lmstudio', to: 'studio' },
    ).text;
    expect(out).toContain(`primary: "studio/qwen", ${comment('lmstudio/qwen')}`);
    expect(out).toContain(`"anthropic/claude", ${comment('anthropic/claude')}`);
  });
});

describe('shape mismatches are refused, never overwritten (#17)', () => {
  it.each([
    ['agents as a list', '{ agents: [{ id: "main" }] }', { op: 'setPrimary', ref: 'anthropic/claude' }, 'agents'],
    [
      'models.providers as a list',
      '{ models: { providers: [{ id: "x" }] } }',
      { op: 'addProvider', id: 'lmstudio', provider: { baseUrl: 'http://127.0.0.1:1234/v1' } },
      'models.providers',
    ],
    [
      'agents.defaults.models as a list',
      '{ agents: { defaults: { models: ["anthropic/claude"] } } }',
      { op: 'setAlias', ref: 'anthropic/claude', alias: 'C' },
      'agents.defaults.models',
    ],
    [
      'fallbacks as a string',
      '{ agents: { defaults: { model: { primary: "anthropic/claude", fallbacks: "openai/gpt" } } } }',
      { op: 'addFallback', ref: 'openai/gpt-5' },
      'agents.defaults.model.fallbacks',
    ],
  ] as [string, string, ConfigOperation, string][])('%s', (_name, text, op, path) => {
    const error = refusal(text, op);
    expect(error.detail?.code).toBe('json5.wrongShape');
    expect(error.detail?.params?.path).toBe(path);
    expect(createTranslator('en').message(error.text)).toMatch(/is written as .+, but OpenClaw expects .+/);
    expect(createTranslator('zh-CN').message(error.text)).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+/);
  });
});

describe('renames, ids and no-ops (#17)', () => {
  it('a provider named "constructor" is an ordinary id', () => {
    const { text } = save('{\n  models: {\n    providers: {},\n  },\n}\n', {
      op: 'addProvider',
      id: 'constructor',
      provider: { baseUrl: 'http://127.0.0.1:1234/v1' },
    });
    expect(text).toContain('constructor: {');
    expect(() => save(text, { op: 'updateProvider', id: 'constructor', set: { timeoutSeconds: 600 } })).not.toThrow();
  });

  it('a provider named "null" is written quoted and the file stays editable', () => {
    const { text } = save('{\n  models: {\n    providers: {},\n  },\n}\n', {
      op: 'addProvider',
      id: 'null',
      provider: {},
    });
    expect(text).toContain('"null": {}');
    expect(() => save(text, { op: 'addProvider', id: 'true', provider: {} })).not.toThrow();
  });

  it('a no-op primary leaves model: "x" as it is', () => {
    const text = '{\n  agents: { defaults: { model: "anthropic/claude" } },\n}\n';
    expect(save(text, { op: 'setPrimary', ref: 'anthropic/claude' }).text).toBe(text);
    expect(save(text, { op: 'setPrimary', ref: 'openai/gpt' }).text).toBe(
      '{\n  agents: { defaults: { model: "openai/gpt" } },\n}\n',
    );
    expect(save(text, { op: 'clearFallbacks' }).text).toBe(text);
  });

  it('renaming a provider follows every reference OpenClaw reads and reports the rest', () => {
    const text = `{
  agents: {
    defaults: {
      model: { fallbacks: ["lmstudio/qwen", /* spare */ "anthropic/claude"] },
      imageModel: "lmstudio/qwen", // vision
      heartbeat: { model: "lmstudio/qwen" },
      models: { "lmstudio/qwen": { alias: "Q" } },
    },
    list: [{ id: "main", model: { primary: "lmstudio/qwen" } }],
  },
  tools: { media: { models: [{ model: "lmstudio/qwen" }] } },
  models: { providers: { lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", models: [{ id: "qwen", name: "qwen" }] } } },
}
`;
    const { text: out, notes } = save(text, { op: 'renameProvider', from: 'lmstudio', to: 'studio' });
    expect(out).toContain('fallbacks: ["studio/qwen", /* spare */ "anthropic/claude"]');
    expect(out).toContain('imageModel: "studio/qwen", // vision');
    expect(out).toContain('heartbeat: { model: "studio/qwen" }');
    expect(out).toContain('"studio/qwen": { alias: "Q" }');
    expect(out).toContain('list: [{ id: "main", model: { primary: "studio/qwen" } }]');
    expect(out).toContain('studio: { baseUrl');
    // Not a field OpenClaw documents as a chat model ref: left alone, and said so.
    expect(out).toContain('tools: { media: { models: [{ model: "lmstudio/qwen" }] } }');
    expect(notes.find((n) => n.code === 'editNotes.refsRemaining')?.params?.refs).toContain(
      'tools.media.models.0.model',
    );
  });

  it('renaming keeps the comments on fallback lines', () => {
    const text = `{
  agents: { defaults: { model: {
    primary: "anthropic/claude",
    fallbacks: [
      "lmstudio/qwen", // the Mac Studio
      "lmstudio/gemma", // small and fast
    ],
  } } },
  models: { providers: { lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", models: [{ id: "qwen", name: "q" }, { id: "gemma", name: "g" }] } } },
}
`;
    const out = save(text, { op: 'renameProvider', from: 'lmstudio', to: 'studio' }).text;
    expect(out).toContain('"studio/qwen", // the Mac Studio');
    expect(out).toContain('"studio/gemma", // small and fast');
  });
});

describe('a pre-existing problem does not block an unrelated edit (#17)', () => {
  it('inserting a fallback before a broken one introduces no new finding', async () => {
    const { checkConfig, newFindings } = await import('./checks');
    const text = '{ agents: { defaults: { model: { primary: "anthropic/claude", fallbacks: ["nowhere/x"] } } } }';
    const before = parseJson5Text(text) as ConfigObject;
    const { config } = applyOperations(before, [{ op: 'addFallback', ref: 'openai/gpt', position: 1 }]);
    const was = checkConfig(before, null).filter((f) => f.severity === 'error');
    expect(was.length).toBeGreaterThan(0);
    expect(
      newFindings(checkConfig(before, null), checkConfig(config, null)).filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });
});
