import { chmod, chown, copyFile, link, lstat, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import type { ConfigOperation } from '@shared/config/operations';
import { tempDir } from '@test/helpers/temp-dir';
import { realFs, type WriteFs } from './atomic-write';
import { createConfigStore } from './config-store';
import type { OpenClawValidation } from './openclaw-validator';
import { faultText } from '@test/helpers/fault-text';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/configs');
const SKIPPED: OpenClawValidation = { ran: false, valid: true, issues: [], warnings: [], note: 'not installed' };
const bump = (n: number): ConfigOperation[] => [
  { op: 'updateProvider', id: 'lmstudio', set: { timeoutSeconds: 100 + n } },
];

async function setup(fs?: WriteFs) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await copyFile(path.join(FIXTURES, 'seed-hybrid.json5'), file);
  const store = createConfigStore({
    resolvePath: () => ({ path: file, source: 'flag' }),
    env: {},
    stateDir: path.join(dir, 'state'),
    fs,
    openclawValidate: async () => SKIPPED,
  });
  return { dir, file, store };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

/** Every file in the folder with its bytes (the config, the ring, and any stray temp copy). */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const st = await lstat(path.join(dir, name));
    if (st.isFile()) out[name] = await readFile(path.join(dir, name), 'utf8');
  }
  return out;
}

/**
 * A disk that fills up: once `full` is set, every write of more than 200 bytes (the lock
 * file still fits) to a file that `hits` selects fails with ENOSPC.
 */
function fullDisk(hits: (file: string) => boolean = () => true): { fs: WriteFs; setFull(full: boolean): void } {
  let full = false;
  const fs: WriteFs = {
    ...realFs,
    open: (async (...args: Parameters<typeof realFs.open>) => {
      const handle = await realFs.open(...args);
      if (!full || !hits(String(args[0]))) return handle;
      return new Proxy(handle, {
        get(target, prop, receiver) {
          if (prop === 'writeFile')
            return async (data: string, ...rest: unknown[]) => {
              if (data.length > 200) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
              return (target.writeFile as (...a: unknown[]) => Promise<void>)(data, ...rest);
            };
          const value = Reflect.get(target, prop, receiver) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    }) as WriteFs['open'],
  };
  return { fs, setFull: (f) => (full = f) };
}

describe('safe saves: failures change nothing', () => {
  it.each([
    ['every write', () => true],
    ['only the new config (the backup copy was already written)', (f: string) => !f.includes('.bak.')],
  ])('five failed saves on a full disk (%s) leave the config and every backup as they were', async (_label, hits) => {
    const disk = fullDisk(hits);
    const { dir, store } = await setup(disk.fs);
    for (let i = 1; i <= 5; i++) await store.save(bump(i));
    const before = await snapshot(dir);
    expect(Object.keys(before).filter((n) => n.includes('.bak'))).toHaveLength(5);
    disk.setFull(true);
    for (let i = 6; i <= 10; i++) {
      const error = await store.save(bump(i)).catch((e: AppError) => e);
      expect((error as AppError).code).toBe('IO_ERROR');
      expect(faultText(error)).toMatch(/the disk holding .* is full\. Free some space.*left as they were/);
    }
    expect(await snapshot(dir)).toEqual(before);
    disk.setFull(false);
    await store.save(bump(11));
    await store.undo();
    expect((await snapshot(dir))['openclaw.json']).toBe(before['openclaw.json']);
  });

  it('a failed rename leaves the ring untouched too', async () => {
    let failing = false;
    const fs: WriteFs = {
      ...realFs,
      renameSync: (from, to) => {
        if (failing && String(to).endsWith('openclaw.json')) throw Object.assign(new Error('EIO'), { code: 'EIO' });
        return realFs.renameSync(from, to);
      },
    };
    const { dir, store } = await setup(fs);
    await store.save(bump(1));
    const before = await snapshot(dir);
    failing = true;
    expect(await codeOf(store.save(bump(2)))).toBe('IO_ERROR');
    expect(await snapshot(dir)).toEqual(before);
  });

  it.each([0o444, 0o400])('refuses a read-only file (%o): says so, never chmods, bytes identical', async (mode) => {
    const { dir, file, store } = await setup();
    await chmod(file, mode);
    const before = await snapshot(dir);
    const error = await store.save(bump(1)).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CONFIG_READONLY');
    expect(faultText(error)).toMatch(/read-only \(mode 0[0-7]{3}\).*does not change permissions/);
    expect((await stat(file)).mode & 0o777).toBe(mode);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('safe saves: what is kept', () => {
  it.skipIf(process.getuid?.() !== 0)(
    'a save run as root keeps the owner of the user’s config and backups',
    async () => {
      const { file, store } = await setup();
      await chown(file, 1000, 1000);
      await store.save(bump(1));
      expect(await stat(file)).toMatchObject({ uid: 1000, gid: 1000 });
      expect(await stat(`${file}.bak`)).toMatchObject({ uid: 1000, gid: 1000 });
    },
  );

  it('writes through a hard link: both names see the new bytes', async () => {
    const { dir, file, store } = await setup();
    const other = path.join(dir, 'other-name.json5');
    await link(file, other);
    await store.save(bump(1));
    expect(await readFile(other, 'utf8')).toBe(await readFile(file, 'utf8'));
    expect((await stat(file)).nlink).toBe(2);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a dangling symlink: the file is created at the link’s target and the link stays a link', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    const target = path.join(dir, 'real.json5');
    await symlink(target, file);
    const store = createConfigStore({
      resolvePath: () => ({ path: file, source: 'flag' }),
      env: {},
      stateDir: path.join(dir, 'state'),
      openclawValidate: async () => SKIPPED,
    });
    await store.save([{ op: 'setMode', mode: 'merge' }]);
    expect((await lstat(file)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toContain('mode: "merge"');
  });

  it('removes temp and candidate copies left by a writer that crashed, keeps other files', async () => {
    const { dir, store } = await setup();
    const deadPid = 2 ** 22 + 12345; // above Linux's pid_max: no such process
    const orphans = [
      `.openclaw.json.${deadPid}.0123abcd.tmp`,
      `.openclaw.json.bak.${deadPid}.89abcdef.tmp`,
      `.openclaw.json.candidate-${deadPid}.json5`,
    ];
    for (const name of orphans) await writeFile(path.join(dir, name), '{apiKey: "sk-leaked"}');
    await writeFile(path.join(dir, 'notes.tmp'), 'mine');
    await store.save(bump(1));
    const names = await readdir(dir);
    for (const name of orphans) expect(names).not.toContain(name);
    expect(names).toContain('notes.tmp');
  });
});

describe('safe saves: confirm before a destructive save (issue #11)', () => {
  it('a save that shrinks the file by more than half needs confirm; with it the save goes through', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    const models = Array.from({ length: 30 }, (_, i) => `{ id: "model-${i}", name: "Model ${i}" }`).join(', ');
    await writeFile(
      file,
      `{\n  gateway: { mode: "local" },\n  models: { mode: "merge", providers: { big: { baseUrl: "http://127.0.0.1:9/v1", models: [${models}] } } },\n}\n`,
    );
    const store = createConfigStore({
      resolvePath: () => ({ path: file, source: 'flag' }),
      env: {},
      stateDir: path.join(dir, 'state'),
      openclawValidate: async () => SKIPPED,
    });
    const before = await readFile(file, 'utf8');
    const ops: ConfigOperation[] = [{ op: 'removeProvider', id: 'big' }];
    const preview = await store.preview(ops);
    expect(preview.confirmations.map((m) => m.code)).toEqual(['safety.needsConfirmShrinks']);
    expect(await codeOf(store.save(ops))).toBe('CONFIRM_REQUIRED');
    expect(await readFile(file, 'utf8')).toBe(before);
    await store.save(ops, undefined, true);
    expect(await readFile(file, 'utf8')).not.toContain('model-0');
  });
});
