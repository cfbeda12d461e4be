/**
 * Repair in the panel, on real files: the backup ring listed with times, a backup restored
 * through the safe writer (the broken file it replaces becomes a backup itself, undo takes the
 * restore back), the bad line shown with its neighbours, and whether undo can run asked of the
 * undo record (so a reload of the panel keeps it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import { tempDir } from '@test/helpers/temp-dir';
import { backupPath } from './backups';
import { createConfigStore, hashText } from './config-store';
import { repairView } from './repair-view';

const GOOD = '{\n  // mine\n  models: { mode: "merge" },\n}\n';
const BROKEN = '{\n  models: {\n    mode: "merge",\n    apiKey: "sk-very-secret-123456"\n    providers: {},\n  },\n}\n';

async function setup() {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  const store = createConfigStore({
    resolvePath: () => ({ path: file, source: 'flag' }),
    env: {},
    stateDir: path.join(dir, 'state'),
    openclawValidate: async () => ({ ran: false, valid: true, issues: [], warnings: [], note: 'not installed' }),
  });
  return { dir, file, store };
}

describe('repair: the backup ring and restore', () => {
  it('lists each backup newest first with its time and whether it parses', async () => {
    const { file, store } = await setup();
    await writeFile(file, BROKEN);
    await writeFile(backupPath(file, 0), GOOD);
    await writeFile(backupPath(file, 2), '{ nope');
    const list = await store.listBackups();
    expect(list.map((b) => [b.index, b.parses])).toEqual([
      [0, true],
      [2, false],
    ]);
    expect(new Date(list[0]!.modifiedAt).getTime()).toBeGreaterThan(0);
    expect(list[0]!.bytes).toBe(Buffer.byteLength(GOOD));
  });

  it('restores a backup over a broken file: the broken file becomes the newest backup, and undo brings it back', async () => {
    const { file, store } = await setup();
    await writeFile(file, BROKEN);
    await writeFile(backupPath(file, 0), GOOD);
    const preview = await store.previewRestore(0);
    expect(preview.baseHash).toBe(hashText(BROKEN));
    expect(preview.diff).toContain('+  // mine');
    // Secrets in the broken file are masked in the diff.
    expect(preview.diff).not.toContain('sk-very-secret-123456');
    const saved = await store.restoreBackup(0, preview.baseHash);
    expect(saved.backup).toBe(backupPath(file));
    expect(await readFile(file, 'utf8')).toBe(GOOD);
    expect(await readFile(backupPath(file, 0), 'utf8')).toBe(BROKEN);
    expect(await readFile(backupPath(file, 1), 'utf8')).toBe(GOOD);
    expect((await store.undoStatus()).available).toBe(true);
    await store.undo();
    expect(await readFile(file, 'utf8')).toBe(BROKEN);
  });

  it('refuses a restore when the file changed since the diff was shown, and a backup that does not parse', async () => {
    const { file, store } = await setup();
    await writeFile(file, BROKEN);
    await writeFile(backupPath(file, 0), GOOD);
    await writeFile(backupPath(file, 1), '{ nope');
    const preview = await store.previewRestore(0);
    await writeFile(file, `${BROKEN}\n// someone else`);
    await expect(store.restoreBackup(0, preview.baseHash)).rejects.toMatchObject({ code: 'CONFIG_CHANGED_ON_DISK' });
    expect(await readFile(file, 'utf8')).toBe(`${BROKEN}\n// someone else`);
    await expect(store.previewRestore(1)).rejects.toBeInstanceOf(AppError);
    await expect(store.restoreBackup(1, hashText(`${BROKEN}\n// someone else`))).rejects.toMatchObject({
      code: 'CONFIG_MALFORMED',
    });
  });
});

describe('repair: the bad line with its neighbours', () => {
  it('shows the parser’s line and three lines either side, secrets masked, with the one wording', async () => {
    const { file } = await setup();
    await writeFile(file, BROKEN);
    const view = await repairView(file);
    expect(view.state).toBe('malformed');
    expect(view.parseError?.line).toBe(5);
    expect(view.excerpt.map((l) => l.number)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(view.excerpt.find((l) => l.number === 5)?.text).toBe('    providers: {},');
    expect(JSON.stringify(view.excerpt)).not.toContain('sk-very-secret-123456');
    expect(view.problem?.code).toBe('config.malformedAt');
  });
});

describe('undo status survives a restart', () => {
  it('a new store (a reload, a restart) still knows the last save can be undone, and stops when the file changed', async () => {
    const { dir, file, store } = await setup();
    await writeFile(file, GOOD);
    await store.save([{ op: 'setMode', mode: 'replace' }], hashText(GOOD));
    const again = createConfigStore({
      resolvePath: () => ({ path: file, source: 'flag' }),
      env: {},
      stateDir: path.join(dir, 'state'),
      openclawValidate: async () => ({ ran: false, valid: true, issues: [], warnings: [] }),
    });
    expect(await again.undoStatus()).toMatchObject({ available: true, file });
    await writeFile(file, `${await readFile(file, 'utf8')}// edited elsewhere\n`);
    expect(await again.undoStatus()).toMatchObject({
      available: false,
      reason: { code: 'config.undoChangedSince' },
    });
  });
});
