import { stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { createEventBus } from '../event-bus';
import { readConfig } from './config-reader';
import { createConfigService } from './config-service';
import { createConfigStore } from './config-store';
import { memoByValue } from './parsed-cache';

const MODELS = ['one', 'two', 'three', 'four', 'five'].map((id) => `{ id: "${id}", name: "${id}" }`).join(', ');
const config = (primary: string) =>
  `{ agents: { defaults: { model: { primary: "${primary}" } } }, models: { providers: { a: { baseUrl: "http://127.0.0.1:1234/v1", models: [${MODELS}] } } } }\n`;

async function setup(text: string) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(file, text);
  const env = { HOME: dir, OPENCLAW_CONFIG_PATH: file };
  return { dir, file, env };
}

describe('parsed config cache', () => {
  it('parses unchanged bytes once: repeated reads share one frozen value', async () => {
    const { file, env } = await setup(config('a/one'));
    const first = await readConfig(file, env);
    const second = await readConfig(file, env);
    expect(first.state).toBe('ok');
    if (first.state !== 'ok' || second.state !== 'ok') return;
    expect(second.config).toBe(first.config);
    expect(Object.isFrozen(first.config)).toBe(true);
    expect(() => {
      (first.config as Record<string, unknown>).added = 1;
    }).toThrow(TypeError);
  });

  it('sees an outside edit on the next read, even one that keeps the size and restores the mtime', async () => {
    const { file, env } = await setup(config('a/one'));
    const service = createConfigService({ env, events: createEventBus() });
    expect((await service.getSummary()).summary?.primary).toBe('a/one');
    const before = await stat(file);
    await writeFile(file, config('a/two')); // same length
    await utimes(file, before.atimeMs / 1000, before.mtimeMs / 1000);
    const after = await stat(file);
    expect([after.size, Math.trunc(after.mtimeMs)]).toEqual([before.size, Math.trunc(before.mtimeMs)]);
    expect((await service.getSummary()).summary?.primary).toBe('a/two');
    const read = await service.read();
    expect(read.state === 'ok' && read.text).toBe(config('a/two'));
  });

  it('a save is seen by the next load, and its compare-and-swap still refuses a stale base', async () => {
    const { dir, env } = await setup(config('a/one'));
    const store = createConfigStore({
      resolvePath: () => ({ path: env.OPENCLAW_CONFIG_PATH, source: 'OPENCLAW_CONFIG_PATH' }),
      env,
      stateDir: path.join(dir, 'state'),
      openclawValidate: async () => ({ ran: false, valid: true, issues: [], warnings: [] }),
    });
    const loaded = await store.load();
    await store.save([{ op: 'setPrimary', ref: 'a/three' }], loaded.hash);
    const reloaded = await store.load();
    expect(reloaded.config).toMatchObject({ agents: { defaults: { model: { primary: 'a/three' } } } });
    await writeFile(env.OPENCLAW_CONFIG_PATH, config('a/four'));
    await expect(store.save([{ op: 'setPrimary', ref: 'a/five' }], reloaded.hash)).rejects.toMatchObject({
      code: 'CONFIG_CHANGED_ON_DISK',
    });
    expect((await store.load()).config).toMatchObject({ agents: { defaults: { model: { primary: 'a/four' } } } });
  });

  it('memoises a derivation of a cached (frozen) value, never of a value that can change', () => {
    let calls = 0;
    const count = memoByValue((value: { n: number }) => (calls++, value.n));
    const frozen = Object.freeze({ n: 1 });
    expect([count(frozen), count(frozen)]).toEqual([1, 1]);
    expect(calls).toBe(1);
    const open = { n: 1 };
    count(open);
    open.n = 2;
    expect(count(open)).toBe(2);
    expect(calls).toBe(3);
  });
});
