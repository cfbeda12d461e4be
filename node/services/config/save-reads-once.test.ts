// A save of an edit made against the document in memory reads the config once (its compare-and-swap) and writes it once.
import path from 'node:path';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { bundledSchemaValidate } from '@test/helpers/schema';
import { tempDir } from '@test/helpers/temp-dir';
import { realFs, type WriteFs } from './atomic-write';
import { createConfigStore } from './config-store';

/** Every file opened or read through node:fs/promises, counted by path (the config reader opens through it). */
const asyncReads = vi.hoisted(() => new Map<string, number>());
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof FsPromises>();
  const count = (file: unknown) => {
    if (typeof file === 'string') asyncReads.set(file, (asyncReads.get(file) ?? 0) + 1);
  };
  const open = (...args: Parameters<typeof original.open>) => {
    count(args[0]);
    return original.open(...args);
  };
  const readFile = (...args: Parameters<typeof original.readFile>) => {
    count(args[0]);
    return original.readFile(...args);
  };
  return { ...original, readFile, open };
});

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/configs');

async function setup() {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await copyFile(path.join(FIXTURES, 'seed-hybrid.json5'), file);
  const counts = { syncReads: 0, asyncReads: 0, renames: 0 };
  const fs: WriteFs = {
    ...realFs,
    readFileSync: ((p: string, ...rest: []) => {
      if (p === file) counts.syncReads++;
      return realFs.readFileSync(p, ...rest);
    }) as WriteFs['readFileSync'],
    readFile: ((p: string, ...rest: []) => {
      if (p === file) counts.asyncReads++;
      return realFs.readFile(p, ...rest);
    }) as WriteFs['readFile'],
    renameSync: (from, to) => {
      if (to === file) counts.renames++;
      realFs.renameSync(from, to);
    },
  };
  const store = createConfigStore({
    resolvePath: () => ({ path: file, source: 'flag' }),
    env: {},
    stateDir: path.join(dir, 'state'),
    fs,
    openclawValidate: async () => ({ ran: false, valid: true, issues: [], warnings: [] }),
    schemaValidate: bundledSchemaValidate,
  });
  return { file, store, counts };
}

describe('one reader, one writer', () => {
  it('a save of an edit previewed against the loaded document reads the config once and writes it once', async () => {
    const { file, store, counts } = await setup();
    const operations = [{ op: 'applyLayout' as const, layout: 'local-first' as const }];
    const preview = await store.preview(operations);
    asyncReads.clear();
    const saved = await store.save(operations, preview.baseHash);
    expect(saved.backup).not.toBeNull();
    expect({ ...counts, reader: asyncReads.get(file) ?? 0 }).toEqual({
      syncReads: 1, // the compare-and-swap right before the rename
      asyncReads: 0,
      renames: 1, // the one write
      reader: 0, // the document was not read again
    });
    expect(await readFile(file, 'utf8')).toBe(preview.text);
    // The save hands back the document of what it wrote: the next edit needs no read either.
    expect(saved.document?.text).toBe(preview.text);
    expect(saved.hash).toBe(saved.document?.hash);
  });

  it('an outside edit after the preview is still caught by that one read, and kept', async () => {
    const { file, store } = await setup();
    const operations = [{ op: 'applyLayout' as const, layout: 'local-first' as const }];
    const preview = await store.preview(operations);
    const outside = (await readFile(file, 'utf8')).replace('mode: "merge"', 'mode: "replace"');
    await writeFile(file, outside);
    await expect(store.save(operations, preview.baseHash)).rejects.toMatchObject({ code: 'CONFIG_CHANGED_ON_DISK' });
    expect(await readFile(file, 'utf8')).toBe(outside);
  });
});
