import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { createSettingsStore } from './settings';

const machine = (n: number) => ({ id: `m${n}`, kind: 'exo' as const, label: `M${n}`, url: `http://10.0.0.${n}:52415` });

describe('settings: writers take turns', () => {
  it('10 concurrent read-modify-writes (addMachine) are all stored', async () => {
    const dir = await tempDir();
    const store = createSettingsStore(dir);
    await Promise.all(
      Array.from({ length: 10 }, (_, n) => store.update((now) => ({ machines: [...now.machines, machine(n)] }))),
    );
    const stored = JSON.parse(await readFile(path.join(dir, 'settings.json'), 'utf8')) as { machines: unknown[] };
    expect(stored.machines).toHaveLength(10);
  });

  it('two stores of one file (two services in one process) take turns too', async () => {
    const dir = await tempDir();
    const [a, b] = [createSettingsStore(dir), createSettingsStore(dir)];
    await Promise.all(
      Array.from({ length: 6 }, (_, n) =>
        (n % 2 ? a : b).update((now) => ({ keepWarm: [...now.keepWarm, `p/m${n}`] })),
      ),
    );
    expect((await a.get()).keepWarm).toHaveLength(6);
  });

  it('5 concurrent whole-list writes all succeed and the last one is stored', async () => {
    const dir = await tempDir();
    const store = createSettingsStore(dir);
    const lists = Array.from({ length: 5 }, (_, n) => [{ label: `box-${n}`, memoryBytes: (n + 1) * 2 ** 30 }]);
    const results = await Promise.allSettled(lists.map((extraMachines) => store.update({ extraMachines })));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect((await store.get()).extraMachines).toEqual(lists[4]);
  });

  it('a new state folder is created 0700: remote tokens live in it', async () => {
    const dir = path.join(await tempDir(), 'claw-control', 'state');
    await createSettingsStore(dir).update({ menuBarOnly: true });
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('a new settings file is 0600, and a pre-existing 0644 one becomes 0600', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'settings.json');
    const store = createSettingsStore(dir);
    await store.update({ menuBarOnly: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    await writeFile(file, '{"machines":[]}\n');
    await chmod(file, 0o644);
    await store.update({ machines: [{ ...machine(1), kind: 'panel', token: 'remote-token-1234' }] });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });
});
