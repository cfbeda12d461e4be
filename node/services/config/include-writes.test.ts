/**
 * Writing through a single-file `$include` as OpenClaw 2026.9.6 does (src/config/include-write-boundary.ts,
 * src/config/mutate.ts): real files in a temp folder, the bytes of both files, the backup ring, the
 * read-only and changed-on-disk refusals, undo, and each write OpenClaw refuses.
 */
import { chmod, cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import type { ConfigOperation } from '@shared/config/operations';
import { describeWithOpenClaw } from '@test/helpers/describe-openclaw';
import { validateWithRealOpenClaw } from '@test/helpers/openclaw';
import { bundledSchemaValidate } from '@test/helpers/schema';
import { tempDir } from '@test/helpers/temp-dir';
import { createConfigStore } from './config-store';
import { includeSources } from './include-writes';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/configs/include-providers');
const PROVIDERS_BEFORE = `{
  studio: {
    baseUrl: "http://127.0.0.1:1234/v1",
    apiKey: "lmstudio",
    api: "openai-completions",
    timeoutSeconds: 600,
    models: [{ id: "qwen3-coder-30b", name: "Qwen3 Coder 30B", contextWindow: 65536 }],
  },
}
`;

async function setup(files?: Record<string, string>, env: Record<string, string> = {}) {
  const dir = await tempDir();
  if (files) for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  else await cp(FIXTURE, dir, { recursive: true });
  const file = path.join(dir, files ? 'openclaw.json' : 'openclaw.json5');
  const store = createConfigStore({
    resolvePath: () => ({ path: file, source: 'flag' }),
    env,
    stateDir: path.join(dir, 'state'),
    openclawValidate: async () => ({ ran: false, valid: true, issues: [], warnings: [] }),
    schemaValidate: bundledSchemaValidate,
  });
  const bytes = async (name: string) => readFile(path.join(dir, name), 'utf8');
  return { dir, file, store, bytes };
}

const timeout900: ConfigOperation[] = [{ op: 'updateProvider', id: 'studio', set: { timeoutSeconds: 900 } }];

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe('$include write-through', () => {
  it('writes an edit of an included provider into that file only, losslessly, with its own backup', async () => {
    const { dir, file, store, bytes } = await setup();
    const mainBefore = await readFile(file, 'utf8');
    const loaded = await store.load();
    const preview = await store.preview(timeout900, loaded.hash);
    expect(preview.blockers).toEqual([]);
    expect(preview.file).toBe(path.join(dir, 'providers.json5'));
    // The review names the included file and shows its diff, not the config's.
    expect(preview.diff).toContain(`--- ${path.join(dir, 'providers.json5')}`);
    expect(preview.diff).toContain('-    timeoutSeconds: 600,');
    expect(preview.diff).toContain('+    timeoutSeconds: 900,');
    const saved = await store.save(timeout900, loaded.hash);
    expect(saved.file).toBe(path.join(dir, 'providers.json5'));
    expect(await readFile(file, 'utf8')).toBe(mainBefore);
    expect(await bytes('providers.json5')).toBe(PROVIDERS_BEFORE.replace('timeoutSeconds: 600', 'timeoutSeconds: 900'));
    expect(saved.backup).toBe(path.join(dir, 'providers.json5.bak'));
    expect(await bytes('providers.json5.bak')).toBe(PROVIDERS_BEFORE);
    const left = await readdir(dir);
    expect(left).not.toContain('openclaw.json5.bak');
    expect(left.filter((n) => n.includes('.tmp') || n.endsWith('.lock'))).toEqual([]);
    // The hash handed back is the editor's next base: a second save on it goes through.
    expect(saved.hash).toBe((await store.load()).hash);
    await store.save([{ op: 'updateProvider', id: 'studio', set: { timeoutSeconds: 1200 } }], saved.hash);
    expect(await bytes('providers.json5')).toContain('timeoutSeconds: 1200,');
    expect(await bytes('providers.json5.bak.1')).toBe(PROVIDERS_BEFORE);
  });

  it('adds a provider into the included providers file and keeps the config byte-identical', async () => {
    const { file, store, bytes } = await setup();
    const mainBefore = await readFile(file, 'utf8');
    await store.save([
      {
        op: 'addProvider',
        id: 'vllm',
        provider: {
          baseUrl: 'http://127.0.0.1:8000/v1',
          api: 'openai-completions',
          models: [{ id: 'qwen3', name: 'Qwen3' }],
        },
      },
    ]);
    expect(await readFile(file, 'utf8')).toBe(mainBefore);
    const text = await bytes('providers.json5');
    expect(text.startsWith(PROVIDERS_BEFORE.slice(0, -3))).toBe(true);
    expect(text).toMatch(/vllm: \{\n\s+baseUrl: "http:\/\/127\.0\.0\.1:8000\/v1"/);
  });

  it('writes through a provider object that is itself an include', async () => {
    const lmstudio =
      '// LM Studio on this machine\n{\n  baseUrl: "http://127.0.0.1:1234/v1",\n  api: "openai-completions",\n  models: [{ id: "m", name: "M" }],\n}\n';
    const main =
      '{\n  models: {\n    providers: {\n      lmstudio: { $include: "./lmstudio.json5" },\n    },\n  },\n}\n';
    const { file, store, bytes } = await setup({ 'openclaw.json': main, 'lmstudio.json5': lmstudio });
    await store.save([{ op: 'updateProvider', id: 'lmstudio', set: { baseUrl: 'http://127.0.0.1:1235/v1' } }]);
    expect(await readFile(file, 'utf8')).toBe(main);
    expect(await bytes('lmstudio.json5')).toBe(lmstudio.replace('1234', '1235'));
  });

  it('a main-file edit beside an include leaves the included file alone', async () => {
    const { file, store, bytes } = await setup();
    const mainBefore = await readFile(file, 'utf8');
    const saved = await store.save([{ op: 'setMode', mode: 'replace' }]);
    expect(saved.file).toBe(file);
    expect(await readFile(file, 'utf8')).toBe(mainBefore.replace('mode: "merge"', 'mode: "replace"'));
    expect(await bytes('providers.json5')).toBe(PROVIDERS_BEFORE);
  });

  it('a chain edit naming an included model is written to the config, copying only the changed path', async () => {
    const { file, store, bytes } = await setup();
    await writeFile(
      path.join(path.dirname(file), 'providers.json5'),
      PROVIDERS_BEFORE.replace('contextWindow: 65536 }]', 'contextWindow: 65536 }, { id: "small", name: "Small" }]'),
    );
    const providers = await bytes('providers.json5');
    const mainBefore = await readFile(file, 'utf8');
    const saved = await store.save([{ op: 'addFallback', ref: 'studio/small' }]);
    expect(saved.file).toBe(file);
    expect(await bytes('providers.json5')).toBe(providers);
    const mainAfter = await readFile(file, 'utf8');
    expect(mainAfter).toContain('"studio/small"');
    expect(mainAfter).toContain('providers: { $include: "./providers.json5" },');
    expect(mainAfter.startsWith(mainBefore.split('\n').slice(0, 4).join('\n'))).toBe(true);
  });

  it('writes into the innermost of nested includes, and refuses the outer file that holds an $include', async () => {
    const { dir, file, store, bytes } = await setup({
      'openclaw.json': '{ models: { $include: "./models.json5" } }\n',
      'models.json5': '{ mode: "merge", providers: { $include: "./providers.json5" } }\n',
      'providers.json5': PROVIDERS_BEFORE,
    });
    await store.save(timeout900);
    expect(await bytes('providers.json5')).toBe(PROVIDERS_BEFORE.replace('timeoutSeconds: 600', 'timeoutSeconds: 900'));
    expect(await bytes('models.json5')).toBe('{ mode: "merge", providers: { $include: "./providers.json5" } }\n');
    expect(await readFile(file, 'utf8')).toBe('{ models: { $include: "./models.json5" } }\n');
    const preview = await store.preview([{ op: 'setMode', mode: 'replace' }]);
    expect(preview.blockers.map((b) => b.code)).toContain('openclaw.includeNested');
    expect((await readdir(dir)).filter((n) => n.startsWith('models.json5.bak'))).toEqual([]);
  });

  it('undo restores the included file from its backup', async () => {
    const { file, store, bytes } = await setup();
    const mainBefore = await readFile(file, 'utf8');
    await store.save(timeout900);
    const undone = await store.undo();
    expect(undone.file).toContain('providers.json5');
    expect(undone.diff).toContain('+    timeoutSeconds: 600,');
    expect(await bytes('providers.json5')).toBe(PROVIDERS_BEFORE);
    expect(await readFile(file, 'utf8')).toBe(mainBefore);
  });

  it('refuses a read-only included file and leaves both files and the ring byte-identical', async () => {
    const { dir, file, store, bytes } = await setup();
    const mainBefore = await readFile(file, 'utf8');
    await chmod(path.join(dir, 'providers.json5'), 0o444);
    const error = await refusal(store.save(timeout900));
    expect(error.code).toBe('CONFIG_READONLY');
    expect(error.problem.message).toMatchObject({ code: 'safety.fileReadOnly', params: { mode: '0444' } });
    expect(await bytes('providers.json5')).toBe(PROVIDERS_BEFORE);
    expect(await readFile(file, 'utf8')).toBe(mainBefore);
    expect((await readdir(dir)).filter((n) => n.includes('.bak') || n.includes('.tmp'))).toEqual([]);
  });

  it('refuses when the included file changed since the editor loaded it', async () => {
    const { dir, store, bytes } = await setup();
    const loaded = await store.load();
    const outside = PROVIDERS_BEFORE.replace('lmstudio', 'changed-outside');
    await writeFile(path.join(dir, 'providers.json5'), outside);
    const error = await refusal(store.save(timeout900, loaded.hash));
    expect(error.code).toBe('CONFIG_CHANGED_ON_DISK');
    expect(await bytes('providers.json5')).toBe(outside);
  });

  const refusedCases: [string, Record<string, string>, ConfigOperation[], string, Record<string, string>?][] = [
    [
      'a list of includes',
      {
        'openclaw.json': '{ models: { providers: { $include: ["./a.json5", "./b.json5"] } } }',
        'a.json5':
          '{ a: { baseUrl: "http://127.0.0.1:1/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } }',
        'b.json5':
          '{ b: { baseUrl: "http://127.0.0.1:2/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } }',
      },
      [{ op: 'updateProvider', id: 'a', set: { timeoutSeconds: 5 } }],
      'openclaw.includeList',
    ],
    [
      'a root include',
      {
        'openclaw.json': '{ $include: "./all.json5" }',
        'all.json5':
          '{ models: { providers: { a: { baseUrl: "http://127.0.0.1:1/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } } } }',
      },
      [{ op: 'updateProvider', id: 'a', set: { timeoutSeconds: 5 } }],
      'openclaw.includeRoot',
    ],
    [
      'keys beside an include',
      {
        'openclaw.json':
          '{ models: { providers: { $include: "./p.json5", b: { baseUrl: "http://127.0.0.1:2/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } } } }',
        'p.json5':
          '{ a: { baseUrl: "http://127.0.0.1:1/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } }',
      },
      [{ op: 'updateProvider', id: 'a', set: { timeoutSeconds: 5 } }],
      'openclaw.includeSiblings',
    ],
    [
      'an edit spanning the config and the included file',
      {
        'openclaw.json': '{ models: { mode: "merge", providers: { $include: "./p.json5" } } }',
        'p.json5':
          '{ a: { baseUrl: "http://127.0.0.1:1/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } }',
      },
      [
        { op: 'updateProvider', id: 'a', set: { timeoutSeconds: 5 } },
        { op: 'setMode', mode: 'replace' },
      ],
      'openclaw.includeSpans',
    ],
  ];
  for (const [name, files, operations, code] of refusedCases) {
    it(`refuses what OpenClaw refuses: ${name}, with the reason, writing nothing`, async () => {
      const { dir, store, bytes } = await setup(files);
      const preview = await store.preview(operations);
      expect(preview.blockers.map((b) => b.code)).toContain(code);
      const error = await refusal(store.save(operations));
      expect(error.code).toBe('CONFIG_INVALID');
      for (const [file, text] of Object.entries(files)) expect(await bytes(file)).toBe(text);
      expect((await readdir(dir)).filter((n) => n.includes('.bak'))).toEqual([]);
    });
  }

  it('refuses an include that OPENCLAW_INCLUDE_ROOTS lets OpenClaw read but not write', async () => {
    const outside = await tempDir();
    const provider =
      '{ a: { baseUrl: "http://127.0.0.1:1/v1", api: "openai-completions", models: [{ id: "m", name: "M" }] } }';
    await writeFile(path.join(outside, 'p.json5'), provider);
    const main = `{ models: { providers: { $include: ${JSON.stringify(path.join(outside, 'p.json5'))} } } }`;
    const { store, file } = await setup({ 'openclaw.json': main }, { OPENCLAW_INCLUDE_ROOTS: outside });
    const operations: ConfigOperation[] = [{ op: 'updateProvider', id: 'a', set: { timeoutSeconds: 5 } }];
    const preview = await store.preview(operations);
    expect(preview.blockers.map((b) => b.code)).toContain('openclaw.includeExternal');
    await refusal(store.save(operations));
    expect(await readFile(path.join(outside, 'p.json5'), 'utf8')).toBe(provider);
    expect(await readFile(file, 'utf8')).toBe(main);
  });

  it('tells the editor which file each include is and whether it is written through', async () => {
    const { store } = await setup();
    expect(includeSources(await store.load())).toEqual({
      includes: [],
      sources: [{ path: ['models', 'providers'], files: ['providers.json5'], writable: true }],
    });
    const listed = await setup({
      'openclaw.json': '{ models: { providers: { $include: ["./a.json5"] } } }',
      'a.json5': '{}',
    });
    expect(includeSources(await listed.store.load())).toEqual({
      includes: ['models.providers'],
      sources: [{ path: ['models', 'providers'], files: ['a.json5'], writable: false }],
    });
  });
});

describeWithOpenClaw('$include write-through with the real OpenClaw', () => {
  it('OpenClaw accepts the config and the included file after the write', async () => {
    const { file, store, bytes } = await setup();
    await store.save(timeout900);
    expect(await bytes('providers.json5')).toContain('timeoutSeconds: 900');
    const result = await validateWithRealOpenClaw(file);
    expect(result.issues).toEqual([]);
    expect(result.valid).toBe(true);
  }, 120_000);
});
