import { chmod, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { cleanOrphans, ReadOnlyFileError, realFs, resolveTarget, writeFileAtomic, type WriteFs } from './atomic-write';

const DEAD_PID = 2 ** 22 + 777; // above Linux's pid_max

async function file(content?: string) {
  const dir = await tempDir();
  const f = path.join(dir, 'openclaw.json');
  if (content !== undefined) await writeFile(f, content);
  return { dir, f };
}

describe('writeFileAtomic', () => {
  it('creates a new file 0600 and keeps the mode of an existing one', async () => {
    const { f } = await file();
    await writeFileAtomic(f, 'one');
    expect((await stat(f)).mode & 0o777).toBe(0o600);
    await chmod(f, 0o640);
    await writeFileAtomic(f, 'two');
    expect(await readFile(f, 'utf8')).toBe('two');
    expect((await stat(f)).mode & 0o777).toBe(0o640);
  });

  it('a copy that does not read back as written is never renamed into place', async () => {
    const { dir, f } = await file('old');
    const lying: WriteFs = {
      ...realFs,
      readFile: (async () => Buffer.from('something else')) as unknown as WriteFs['readFile'],
    };
    await expect(writeFileAtomic(f, 'new', lying)).rejects.toThrow(/did not read back/);
    expect(await readFile(f, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['openclaw.json']);
  });

  it('the last check can stop the commit; nothing changes and no temp file stays', async () => {
    const { dir, f } = await file('old');
    await expect(
      writeFileAtomic(f, 'new', realFs, {
        checkSync: () => {
          throw new Error('changed on disk');
        },
      }),
    ).rejects.toThrow('changed on disk');
    expect(await readFile(f, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['openclaw.json']);
  });

  it('refuses a read-only file without touching it', async () => {
    const { f } = await file('old');
    await chmod(f, 0o444);
    await expect(writeFileAtomic(f, 'new')).rejects.toBeInstanceOf(ReadOnlyFileError);
    expect(await readFile(f, 'utf8')).toBe('old');
    expect((await stat(f)).mode & 0o777).toBe(0o444);
  });

  it('fsyncs the folder after the rename', async () => {
    const { dir, f } = await file('old');
    const opened: string[] = [];
    const spy: WriteFs = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        opened.push(String(args[0]));
        return realFs.open(...args);
      }) as WriteFs['open'],
    };
    await writeFileAtomic(f, 'new', spy);
    expect(opened.at(-1)).toBe(dir);
  });
});

describe('resolveTarget', () => {
  it('follows a chain of links, also a dangling one, to the file to create', async () => {
    const { dir } = await file();
    const real = path.join(dir, 'store', 'real.json5');
    await symlink(real, path.join(dir, 'b'));
    await symlink(path.join(dir, 'b'), path.join(dir, 'a'));
    expect(await resolveTarget(path.join(dir, 'a'))).toBe(real);
    expect(await resolveTarget(path.join(dir, 'plain.json'))).toBe(path.join(dir, 'plain.json'));
  });
});

describe('writeFileAtomic: durability', () => {
  it('fsyncs the new copy before the rename that puts it in place, then the folder', async () => {
    const { dir, f } = await file('old');
    const events: string[] = [];
    const spy: WriteFs = {
      ...realFs,
      open: (async (...args: Parameters<typeof realFs.open>) => {
        const handle = await realFs.open(...args);
        const name = path.basename(String(args[0]));
        return new Proxy(handle, {
          get(target, prop, receiver) {
            const value = Reflect.get(target, prop, receiver) as unknown;
            if (typeof value !== 'function') return value;
            return (...a: unknown[]) => {
              if (prop === 'sync') events.push(`sync ${name}`);
              return (value as (...x: unknown[]) => unknown).apply(target, a);
            };
          },
        });
      }) as WriteFs['open'],
      renameSync: (from, to) => {
        events.push(`rename ${path.basename(String(from))}`);
        return realFs.renameSync(from, to);
      },
    };
    await writeFileAtomic(f, 'new', spy);
    const rename = events.findIndex((e) => e.startsWith('rename '));
    const temp = events[rename]!.slice('rename '.length);
    expect(events.indexOf(`sync ${temp}`)).toBeGreaterThanOrEqual(0);
    expect(events.indexOf(`sync ${temp}`)).toBeLessThan(rename);
    expect(events.slice(rename + 1)).toContain(`sync ${path.basename(dir)}`);
  });
});

describe('cleanOrphans', () => {
  it('removes leftovers of dead writers for this file only, keeps live ones, others and prepared backup copies', async () => {
    const { dir, f } = await file('x');
    const names = {
      dead: `.openclaw.json.${DEAD_PID}.deadbeef.tmp`,
      deadBak: `.openclaw.json.bak.${DEAD_PID}.deadbeef.tmp`,
      deadCandidate: `.openclaw.json.candidate-${DEAD_PID}.json5`,
      live: `.openclaw.json.${process.pid}.0badf00d.tmp`,
      otherFile: `.other.json.${DEAD_PID}.deadbeef.tmp`,
    };
    for (const name of Object.values(names)) await writeFile(path.join(dir, name), 'k');
    expect((await cleanOrphans(f)).sort()).toEqual([names.dead, names.deadCandidate].sort());
    // A prepared backup copy may hold the only copy of a version: recoverBackups (backups.ts) decides.
    expect((await readdir(dir)).sort()).toEqual(['openclaw.json', names.deadBak, names.live, names.otherFile].sort());
  });
});
