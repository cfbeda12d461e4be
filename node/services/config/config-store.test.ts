import { copyFile, lstat, readdir, readFile, stat, symlink, writeFile, chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { AppError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import type { ConfigOperation } from '@shared/config/operations';
import { bundledSchemaValidate } from '@test/helpers/schema';
import { asUnprivileged } from '@test/helpers/as-unprivileged';
import { tempDir } from '@test/helpers/temp-dir';
import { realFs, type WriteFs } from './atomic-write';
import { createConfigStore, hashText } from './config-store';
import type { OpenClawValidation } from './openclaw-validator';
import { faultText } from '@test/helpers/fault-text';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/configs');
const LOCAL_FIRST: ConfigOperation[] = [{ op: 'applyLayout', layout: 'local-first' }];
const SKIPPED: OpenClawValidation = { ran: false, valid: true, issues: [], warnings: [], note: 'not installed' };

async function setup(
  options: {
    fixture?: string;
    env?: Record<string, string>;
    fs?: WriteFs;
    validate?: (file: string) => Promise<OpenClawValidation>;
  } = {},
) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  if (options.fixture) await copyFile(path.join(FIXTURES, options.fixture), file);
  const store = createConfigStore({
    resolvePath: () => ({ path: file, source: 'flag' }),
    env: options.env ?? {},
    stateDir: path.join(dir, 'state'),
    fs: options.fs,
    openclawValidate: options.validate ?? (async () => SKIPPED),
    schemaValidate: bundledSchemaValidate,
  });
  return { dir, file, store };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe('config store: preview', () => {
  it('shows the unified diff of the exact text that would be written, and writes nothing', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5' });
    const before = await readFile(file, 'utf8');
    const preview = await store.preview(LOCAL_FIRST);
    expect(preview.diff).toContain(
      '-        primary: "anthropic/claude-sonnet-4-5",\n-        fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"]\n+        primary: "lmstudio/minimax-m2.1-gs32",\n+        fallbacks: ["anthropic/claude-sonnet-4-5", "anthropic/claude-opus-4-5"]\n',
    );
    expect(preview.diff.split('\n').filter((l) => /^[+-][^+-]/.test(l))).toHaveLength(4);
    expect(preview.blockers).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('lists what blocks a save: errors against OpenClaw’s schema and newly broken refs', async () => {
    const { store } = await setup({ fixture: 'seed-hybrid.json5' });
    const preview = await store.preview([
      { op: 'updateModel', provider: 'lmstudio', id: 'minimax-m2.1-gs32', set: { contextWindow: 0 } },
    ]);
    expect(preview.blockers).toEqual([
      msg('config.issue', {
        path: 'models.providers.lmstudio.models.0.contextWindow',
        detail: msg('schemaIssue.moreThan', { limit: 0 }),
      }),
    ]);
    const broken = await store.preview([{ op: 'updateProvider', id: 'lmstudio', set: { api: 'openai-chat' } }]);
    expect(createTranslator('en').message(broken.blockers[0]!)).toMatch(
      /^models\.providers\.lmstudio\.api: must be one of: openai-completions, /,
    );
  });
});

describe('config store: save', () => {
  it('writes only the changed lines, keeps comments, and keeps the previous version in .bak', async () => {
    const { file, store } = await setup({ fixture: 'corpus/everything.json5' });
    const before = await readFile(file, 'utf8');
    const result = await store.save(LOCAL_FIRST, hashText(before));
    const after = await readFile(file, 'utf8');
    expect(after).toContain('// OpenClaw config — hand-written');
    // Each comment travels with its model (issue #11): the swap swaps the comments too.
    expect(after).toContain('primary: "lmstudio/minimax-m2.1-gs32", // the Mac Studio');
    expect(after).toContain('"anthropic/claude-sonnet-4-5", // hosted first');
    expect(after.split('\n').length).toBe(before.split('\n').length);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(before);
    expect(result).toMatchObject({ path: file, hash: hashText(after), backup: `${file}.bak` });
  });

  it('rotates the backup ring like OpenClaw: .bak, .bak.1 … .bak.4', async () => {
    const { file, dir, store } = await setup({ fixture: 'seed-hybrid.json5' });
    const versions: string[] = [await readFile(file, 'utf8')];
    for (let i = 1; i <= 6; i++) {
      await store.save([{ op: 'updateProvider', id: 'lmstudio', set: { timeoutSeconds: 100 * i } }]);
      versions.push(await readFile(file, 'utf8'));
    }
    const backups = (await readdir(dir)).filter((f) => f.includes('.bak')).sort();
    expect(backups).toEqual([
      'openclaw.json.bak',
      'openclaw.json.bak.1',
      'openclaw.json.bak.2',
      'openclaw.json.bak.3',
      'openclaw.json.bak.4',
    ]);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(versions[5]);
    expect(await readFile(`${file}.bak.4`, 'utf8')).toBe(versions[1]);
  });

  it('creates a missing config with mode 0600 and keeps the mode of an existing one', async () => {
    const { file, store } = await setup();
    await store.save([
      { op: 'addProvider', id: 'lmstudio', provider: { baseUrl: 'http://127.0.0.1:1234/v1', timeoutSeconds: 600 } },
    ]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readFile(file, 'utf8')).toBe(
      '{\n  models: {\n    providers: {\n      lmstudio: {\n        baseUrl: "http://127.0.0.1:1234/v1",\n        timeoutSeconds: 600\n      }\n    }\n  }\n}\n',
    );
    await chmod(file, 0o640);
    await store.save([{ op: 'setMode', mode: 'merge' }]);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('writes a symlinked config through to its target and keeps the link', async () => {
    const { dir, file, store } = await setup();
    const target = path.join(dir, 'dotfiles', 'openclaw.json5');
    await mkdir(path.dirname(target));
    await copyFile(path.join(FIXTURES, 'seed-hybrid.json5'), target);
    await symlink(target, file);
    await store.save(LOCAL_FIRST);
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toContain('primary: "lmstudio/minimax-m2.1-gs32"');
  });

  it('refuses to overwrite an outside edit made since the file was loaded', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5' });
    const loaded = await store.load();
    await writeFile(file, (await readFile(file, 'utf8')).replace('mode: "merge"', 'mode: "replace"'));
    const outside = await readFile(file, 'utf8');
    const error = await expectCode(store.save(LOCAL_FIRST, loaded.hash), 'CONFIG_CHANGED_ON_DISK');
    expect(faultText(error)).toMatch(/changed on disk since it was loaded/);
    expect(await readFile(file, 'utf8')).toBe(outside);
  });

  it('refuses an edit that lands while OpenClaw validates', async () => {
    const { file, store } = await setup({
      fixture: 'seed-hybrid.json5',
      validate: async () => {
        await writeFile(file, '{ models: { mode: "replace" } }');
        return { ran: true, valid: true, issues: [], warnings: [] };
      },
    });
    await expectCode(store.save(LOCAL_FIRST), 'CONFIG_CHANGED_ON_DISK');
    expect(await readFile(file, 'utf8')).toBe('{ models: { mode: "replace" } }');
  });

  it('refuses what OpenClaw itself rejects, and writes nothing', async () => {
    const { file, store } = await setup({
      fixture: 'seed-hybrid.json5',
      validate: async () => ({
        ran: true,
        valid: false,
        issues: [{ path: 'models.providers.lmstudio', message: 'Unrecognized key: "future"' }],
        warnings: [],
      }),
    });
    const before = await readFile(file, 'utf8');
    const error = await expectCode(store.save(LOCAL_FIRST), 'CONFIG_INVALID');
    expect(faultText(error)).toBe(
      'Not saved: OpenClaw rejects the result: models.providers.lmstudio: unknown key “future”: OpenClaw does not read it',
    );
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(path.dirname(file))).sort()).toEqual(['openclaw.json']);
  });

  it('refuses an invalid result and a newly broken reference, byte-identical afterwards', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5' });
    const before = await readFile(file, 'utf8');
    await expectCode(
      store.save([{ op: 'updateModel', provider: 'lmstudio', id: 'minimax-m2.1-gs32', set: { input: ['vision'] } }]),
      'CONFIG_INVALID',
    );
    await expectCode(store.save([{ op: 'setPrimary', ref: 'nosuch/model' }]), 'INVALID_INPUT');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('leaves the old file intact when the save is interrupted between temp write and rename', async () => {
    const failingRename: WriteFs = {
      ...realFs,
      renameSync: () => {
        throw Object.assign(new Error('simulated crash'), { code: 'EIO' });
      },
    };
    const { file, dir, store } = await setup({ fixture: 'seed-hybrid.json5', fs: failingRename });
    const before = await readFile(file, 'utf8');
    const error = await expectCode(store.save(LOCAL_FIRST), 'IO_ERROR');
    expect(faultText(error)).toMatch(/simulated crash\. The config and its backups were left as they were/);
    expect(await readFile(file, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives a clear error for a folder it may not write, and loses nothing', async () => {
    const denied: WriteFs = {
      ...realFs,
      open: async () => {
        throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      },
    };
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5', fs: denied });
    const before = await readFile(file, 'utf8');
    const error = await expectCode(store.save(LOCAL_FIRST), 'IO_ERROR');
    // Said with the folder and the fix, not node's "EACCES" (issue #24).
    expect(faultText(error)).toContain(`this user may not write in ${path.dirname(file)}`);
    expect(faultText(error)).not.toContain('EACCES');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('with real permissions: a read-only folder is refused cleanly (as an ordinary user, also under root)', async () => {
    const { file, dir, store } = await setup({ fixture: 'seed-hybrid.json5' });
    const before = await readFile(file, 'utf8');
    await asUnprivileged([dir], async () => {
      await chmod(dir, 0o500);
      try {
        await expectCode(store.save(LOCAL_FIRST), 'IO_ERROR');
      } finally {
        await chmod(dir, 0o700);
      }
    });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('honours OPENCLAW_CONFIG_READONLY=1', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5', env: { OPENCLAW_CONFIG_READONLY: '1' } });
    const before = await readFile(file, 'utf8');
    await expectCode(store.save(LOCAL_FIRST), 'CONFIG_READONLY');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('refuses a malformed file with its line and column, and never touches it', async () => {
    const { file, store } = await setup({ fixture: 'seed-curly-quotes.json5' });
    const before = await readFile(file, 'utf8');
    const error = await expectCode(store.save(LOCAL_FIRST), 'CONFIG_MALFORMED');
    expect(faultText(error)).toMatch(/line 4, column 19/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('never flattens $include: edits to an included subtree are refused, others go through', async () => {
    const { file, store } = await setup({ fixture: 'corpus/include-models.json5' });
    const before = await readFile(file, 'utf8');
    const error = await expectCode(store.save([{ op: 'setMode', mode: 'merge' }]), 'CONFIG_INVALID');
    expect(createTranslator('en').message(error.problem.message)).toMatch(/models\.mode comes from an \$include file/);
    expect(await readFile(file, 'utf8')).toBe(before);
    await store.save([{ op: 'setChain', refs: ['anthropic/claude-opus-4-5'] }]);
    const after = await readFile(file, 'utf8');
    expect(after).toContain('models: { $include: "./models.json5" },');
    expect(after).toContain('model: { primary: "anthropic/claude-opus-4-5", fallbacks: [] },');
  });

  it('keeps ${VAR} strings and SecretRefs exactly as written', async () => {
    const { file, store } = await setup({ fixture: 'corpus/everything.json5' });
    await store.save([{ op: 'renameProvider', from: 'my-proxy', to: 'proxy' }]);
    const after = await readFile(file, 'utf8');
    expect(after).toContain('baseUrl: "${LOCAL_BASE}",');
    expect(after).toContain("apiKey: '${PROXY_KEY}',");
    expect(after).toContain('apiKey: { source: "env", provider: "default", id: "ANTHROPIC_API_KEY" },');
    expect(after).toContain('      proxy: {\n');
  });
});

describe('config store: undo', () => {
  it('restores the version before the last save, atomically, once', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5' });
    const original = await readFile(file, 'utf8');
    await store.save(LOCAL_FIRST);
    const undone = await store.undo();
    expect(await readFile(file, 'utf8')).toBe(original);
    expect(undone.diff).toContain('+        primary: "anthropic/claude-sonnet-4-5",');
    await expectCode(store.undo(), 'NOT_FOUND');
  });

  it('refuses when the backup is not the version the save replaced (the backup-hash check)', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5' });
    const original = await readFile(file, 'utf8');
    await store.save(LOCAL_FIRST);
    const saved = await readFile(file, 'utf8');
    // Another tool's save put a different version at .bak meanwhile: undoing would restore that one.
    await writeFile(`${file}.bak`, original.replace('anthropic/claude-sonnet-4-5', 'openai/gpt-4o'));
    await expectCode(store.undo(), 'CONFIG_CHANGED_ON_DISK');
    expect(await readFile(file, 'utf8')).toBe(saved);
  });

  it('refuses when the file changed after the last save', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5' });
    await store.save(LOCAL_FIRST);
    await writeFile(file, `${await readFile(file, 'utf8')}// edited by hand\n`);
    const edited = await readFile(file, 'utf8');
    await expectCode(store.undo(), 'CONFIG_CHANGED_ON_DISK');
    expect(await readFile(file, 'utf8')).toBe(edited);
  });
});

describe('config store: typographic quotes', () => {
  it('explains the curly-quote parse error in plain words, suggests no .bak that does not exist, and repairs it in one step', async () => {
    const { file, store } = await setup({ fixture: 'seed-curly-quotes.json5' });
    const before = await readFile(file, 'utf8');
    const error = await expectCode(store.load(), 'CONFIG_MALFORMED');
    expect(faultText(error)).toMatch(/typographic quotes/);
    expect(faultText(error)).not.toMatch(/\.bak|restore/);
    expect(error.details).toMatchObject({ typographicQuotes: { code: 'openclaw.curlyQuotes' }, backup: null });

    const preview = await store.previewQuoteRepair();
    expect(preview.diff).toContain('+model: { primary: "lmstudio/minimax-m2.1-gs32" },');
    expect(await readFile(file, 'utf8')).toBe(before);

    await expectCode(store.repairQuotes('stale'), 'CONFIG_CHANGED_ON_DISK');
    const saved = await store.repairQuotes(preview.baseHash);
    expect(saved.backup).toBe(`${file}.bak`);
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(before);
    const loaded = await store.load();
    expect(loaded.config).toMatchObject({ agents: { defaults: { model: { primary: 'lmstudio/minimax-m2.1-gs32' } } } });
    // The repair is a save like any other: undo puts the file back as it was.
    await store.undo();
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('names the backup only when one exists', async () => {
    const { file, store } = await setup({ fixture: 'seed-hybrid.json5' });
    await writeFile(file, '{ broken');
    expect(faultText(await expectCode(store.load(), 'CONFIG_MALFORMED'))).not.toMatch(/\.bak/);
    await writeFile(`${file}.bak`, '{}');
    expect(faultText(await expectCode(store.load(), 'CONFIG_MALFORMED'))).toContain(`restore ${file}.bak`);
  });

  it('refuses the repair on a read-only config (OPENCLAW_CONFIG_READONLY=1) and leaves it byte-identical', async () => {
    const { file, store } = await setup({ fixture: 'seed-curly-quotes.json5', env: { OPENCLAW_CONFIG_READONLY: '1' } });
    const before = await readFile(file, 'utf8');
    const { baseHash } = await store.previewQuoteRepair();
    await expectCode(store.repairQuotes(baseHash), 'CONFIG_READONLY');
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
