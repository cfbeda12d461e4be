/**
 * The fallback chain kept in an `$include`d file: its comments travel with their entries exactly
 * as in the config itself (shared/json5/comments-travel.test.ts). Real files in a temp folder, the
 * edits the panel (setChain, setPrimary) and the CLI (`models fallbacks move|add|remove`) make,
 * through the same API, and the bytes of both files on disk, compared with the same chain inline.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '@shared/api/contract';
import type { ConfigOperation } from '@shared/config/operations';
import { cli } from '@test/helpers/cli';
import { describeWithOpenClaw } from '@test/helpers/describe-openclaw';
import { assertOpenClawAccepts } from '@test/helpers/openclaw';
import { tempDir } from '@test/helpers/temp-dir';
import { apiOnFile } from '@test/helpers/api-on-file';

/** agents.defaults.model, a comment on each entry (above, on its line, before it). */
const MODEL = `{
  primary: "anthropic/claude-opus-4-5", // hosted, the best
  fallbacks: [
    // the Mac Studio
    "lmstudio/qwen3-coder-30b",
    "ollama/llama3", // the laptop
    /* spare */ "openai/gpt-5",
    "ollama/mistral",
  ],
}`;
const HEADER = '// kept apart from openclaw.json5\n';

/** `text` as the value of `key` in an object, indented one level. */
const nest = (text: string, key: string) => `{\n  ${key}: ${text.replace(/\n/g, '\n  ')},\n}`;
const unnest = (text: string) =>
  text
    .replace(/^\{\n {2}[a-z]+: /, '')
    .replace(/,\n\}$/, '')
    .replace(/\n {2}/g, '\n');
const nestAll = (text: string, keys: readonly string[]) => keys.reduceRight(nest, text);

/** Where the include sits: the keys above it and the key it fills. */
const SHAPES: [string, string[], string][] = [
  ['agents', [], 'agents'],
  ['agents.defaults', ['agents'], 'defaults'],
  ['agents.defaults.model', ['agents', 'defaults'], 'model'],
];
/** The included file's value (without the header) for an include at `above` + `key`. */
const includedValue = (above: string[]) => nestAll(MODEL, ['agents', 'defaults', 'model'].slice(above.length + 1));
const mainText = (above: string[], key: string) =>
  `// Main config.\n${nestAll('{ $include: "./included.json5" }', [...above, key])}\n`;

async function setup(files: Record<string, string>) {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const file = path.join(dir, 'openclaw.json5');
  const { api } = apiOnFile(dir, file);
  const bytes = (name: string) => readFile(path.join(dir, name), 'utf8');
  /** Saves as the panel does: the document's hash, then the operations. */
  const save = async (operations: ConfigOperation[]) => {
    const document = await api.call('getConfigDocument', {});
    if (!document.ok) throw new Error(JSON.stringify(document.error));
    const saved = await api.call('saveConfigEdit', {
      operations,
      baseHash: (document.data as CallOutput<'getConfigDocument'>).hash,
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    return saved.data as CallOutput<'saveConfigEdit'>;
  };
  return { dir, file, bytes, save };
}

/** The same edit on the chain inline in openclaw.json5: what the included file must become. */
async function inlineResult(operations: ConfigOperation[], depth: number) {
  const flat = await setup({ 'openclaw.json5': `${HEADER}${nestAll(MODEL, ['agents', 'defaults', 'model'])}\n` });
  await flat.save(operations);
  let value = (await flat.bytes('openclaw.json5')).slice(HEADER.length).trimEnd();
  for (let i = 0; i < depth; i++) value = unnest(value);
  return `${HEADER}${value}\n`;
}

const CHAIN = [
  'anthropic/claude-opus-4-5',
  'lmstudio/qwen3-coder-30b',
  'ollama/llama3',
  'openai/gpt-5',
  'ollama/mistral',
];
const EDITS: [string, ConfigOperation[]][] = [
  [
    'the panel drags a fallback down',
    [{ op: 'setChain', refs: [CHAIN[0]!, CHAIN[2]!, CHAIN[1]!, CHAIN[3]!, CHAIN[4]!] }],
  ],
  [
    'the panel makes a fallback primary',
    [{ op: 'setChain', refs: [CHAIN[2]!, CHAIN[0]!, CHAIN[1]!, CHAIN[3]!, CHAIN[4]!] }],
  ],
  ['the panel puts an uncommented fallback first', [{ op: 'setChain', refs: [CHAIN[4]!, ...CHAIN.slice(0, 4)] }]],
  ['a new primary takes the slot', [{ op: 'setPrimary', ref: 'ollama/qwen3' }]],
  ['a new model replaces a fallback', [{ op: 'setChain', refs: [CHAIN[0]!, 'ollama/qwen3', ...CHAIN.slice(2)] }]],
  ['models fallbacks move', [{ op: 'moveFallback', ref: 'openai/gpt-5', position: 1 }]],
  ['models fallbacks add', [{ op: 'addFallback', ref: 'ollama/qwen3', position: 2 }]],
  ['models fallbacks remove', [{ op: 'removeFallback', ref: 'lmstudio/qwen3-coder-30b' }]],
  ['models fallbacks remove (an uncommented one follows)', [{ op: 'removeFallback', ref: 'openai/gpt-5' }]],
  ['the panel removes the primary', [{ op: 'setChain', refs: CHAIN.slice(1) }]],
];

/** An edit that changes only the fallbacks (so it can be written into a fallbacks-only include). */
const keepsPrimary = (op: ConfigOperation) =>
  op.op.endsWith('Fallback') || (op.op === 'setChain' && op.refs[0] === CHAIN[0]);
/** The fallbacks list of a model object's text, one level less indented. */
const list = (text: string) => /fallbacks: (\[[^\]]*\])/.exec(text)![1]!.replace(/\n {2}/g, '\n');
const LIST_MAIN = `${nestAll('{ primary: "anthropic/claude-opus-4-5", fallbacks: { $include: "./included.json5" } }', ['agents', 'defaults', 'model'])}\n`;

describe('comments travel with the chain entries in an $include`d file', () => {
  describe.each(SHAPES)('the include is %s', (_name, above, key) => {
    it.each(EDITS)('%s: the included file gets what the config itself gets', async (_edit, operations) => {
      const main = mainText(above, key);
      const included = `${HEADER}${includedValue(above)}\n`;
      const { file, bytes, save } = await setup({ 'openclaw.json5': main, 'included.json5': included });
      const saved = await save(operations);
      expect(saved.file).toBe(path.join(path.dirname(file), 'included.json5'));
      expect(await bytes('openclaw.json5')).toBe(main);
      expect(await bytes('included.json5')).toBe(await inlineResult(operations, above.length + 1));
    });
  });

  it.each(EDITS.filter(([, ops]) => ops.every(keepsPrimary)))(
    'the include is agents.defaults.model.fallbacks (a list): %s gets what the config itself gets',
    async (_edit, operations) => {
      const main = LIST_MAIN;
      const included = `${list(MODEL)}\n`;
      const { bytes, save } = await setup({ 'openclaw.json5': main, 'included.json5': included });
      await save(operations);
      expect(await bytes('openclaw.json5')).toBe(main);
      expect(await bytes('included.json5')).toBe(`${list(await inlineResult(operations, 3))}\n`);
    },
  );

  it('a reorder moves each comment with its entry and changes no other byte of agents.json5', async () => {
    const main = '{\n  agents: { $include: "./agents.json5" },\n}\n';
    const agents = `${HEADER}${nestAll(MODEL, ['defaults', 'model'])}\n`;
    const { bytes, save } = await setup({ 'openclaw.json5': main, 'agents.json5': agents });
    await save([{ op: 'setChain', refs: [CHAIN[2]!, CHAIN[0]!, CHAIN[3]!, CHAIN[1]!, CHAIN[4]!] }]);
    expect(await bytes('openclaw.json5')).toBe(main);
    expect(await bytes('agents.json5')).toBe(`${HEADER}{
  defaults: {
    model: {
      primary: "ollama/llama3", // the laptop
      fallbacks: [
        "anthropic/claude-opus-4-5", // hosted, the best
        /* spare */ "openai/gpt-5",
        // the Mac Studio
        "lmstudio/qwen3-coder-30b",
        "ollama/mistral",
      ],
    },
  },
}
`);
  });

  it('a model that takes a commented slot does not inherit the comment (setPrimary, replace)', async () => {
    const main = '{\n  agents: { $include: "./agents.json5" },\n}\n';
    const agents = `${nestAll(MODEL, ['defaults', 'model'])}\n`;
    const { bytes, save } = await setup({ 'openclaw.json5': main, 'agents.json5': agents });
    await save([{ op: 'setPrimary', ref: 'ollama/mistral' }]);
    await save([{ op: 'setChain', refs: ['ollama/mistral', 'ollama/qwen3', ...CHAIN.slice(2, 4)] }]);
    const after = await bytes('agents.json5');
    expect(after).toContain('      primary: "ollama/mistral",\n');
    expect(after).toContain('      fallbacks: [\n        "ollama/qwen3",\n        "ollama/llama3", // the laptop\n');
    expect(after).not.toContain('the best');
    expect(after).not.toContain('the Mac Studio');
    expect(await bytes('openclaw.json5')).toBe(main);
  });

  it('nested includes: the chain in the innermost file gets the same treatment, the outer files stay', async () => {
    const main = '{\n  agents: { $include: "./agents.json5" },\n}\n';
    const agents = '{\n  defaults: {\n    model: { $include: "./included.json5" },\n  },\n}\n';
    const included = `${HEADER}${MODEL}\n`;
    const { bytes, save } = await setup({ 'openclaw.json5': main, 'agents.json5': agents, 'included.json5': included });
    const operations: ConfigOperation[] = [{ op: 'setPrimary', ref: 'ollama/qwen3' }];
    await save(operations);
    expect(await bytes('openclaw.json5')).toBe(main);
    expect(await bytes('agents.json5')).toBe(agents);
    expect(await bytes('included.json5')).toBe(await inlineResult(operations, 3));
    expect(await bytes('included.json5')).not.toContain('the best');
  });

  it('claw-control models fallbacks move takes the comment along in the included file', async () => {
    const main = '{\n  agents: { $include: "./agents.json5" },\n}\n';
    const agents = `${nestAll(MODEL, ['defaults', 'model'])}\n`;
    const { dir, file, bytes } = await setup({ 'openclaw.json5': main, 'agents.json5': agents });
    const env = { HOME: dir, PATH: '', CLAW_CONTROL_STATE_DIR: path.join(dir, 'state') };
    const moved = await cli(['--config', file, 'models', 'fallbacks', 'move', 'ollama/mistral', '1'], env);
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    const removed = await cli(['--config', file, 'models', 'fallbacks', 'remove', 'ollama/llama3'], env);
    expect(removed.code).toBe(0);
    expect(await bytes('openclaw.json5')).toBe(main);
    expect(await bytes('agents.json5')).toBe(
      agents
        .replace(
          '      fallbacks: [\n        // the Mac Studio\n        "lmstudio/qwen3-coder-30b",\n        "ollama/llama3", // the laptop\n',
          '      fallbacks: [\n        "ollama/mistral",\n        // the Mac Studio\n        "lmstudio/qwen3-coder-30b",\n',
        )
        .replace('/* spare */ "openai/gpt-5",\n        "ollama/mistral",\n', '/* spare */ "openai/gpt-5",\n'),
    );
  });
});

describeWithOpenClaw('an included chain after the edit, with the real OpenClaw', () => {
  it.each(SHAPES)(
    'OpenClaw accepts the config whose %s include was reordered',
    async (_name, above, key) => {
      const included = `${HEADER}${includedValue(above)}\n`;
      const { file, bytes, save } = await setup({ 'openclaw.json5': mainText(above, key), 'included.json5': included });
      await save([{ op: 'setChain', refs: [CHAIN[1]!, CHAIN[0]!, CHAIN[4]!, CHAIN[2]!, CHAIN[3]!] }]);
      expect(await bytes('included.json5')).toContain('primary: "lmstudio/qwen3-coder-30b",');
      await assertOpenClawAccepts(file);
    },
    300_000,
  );

  it('OpenClaw accepts the config whose fallbacks list is an include, after a move', async () => {
    const { file, bytes, save } = await setup({ 'openclaw.json5': LIST_MAIN, 'included.json5': `${list(MODEL)}\n` });
    await save([{ op: 'moveFallback', ref: 'ollama/mistral', position: 1 }]);
    expect(await bytes('included.json5')).toMatch(/^\[\n {2}"ollama\/mistral",\n {2}\/\/ the Mac Studio\n/);
    await assertOpenClawAccepts(file);
  }, 300_000);
});
