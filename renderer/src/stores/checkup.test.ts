/** The check-up store against the fake services: saved results, a run of the chain or of one ref, and a failed run. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { createCheckupStore } from './checkup';

let fake: FakeApi;
let store: ReturnType<typeof createCheckupStore>;
beforeEach(() => {
  fake = createFakeApi();
  store = createCheckupStore(fake.api);
});
afterEach(() => fake.expectClean());

const LOCAL = 'lmstudio/minimax-m2.1-gs32';
const CHAIN = ['anthropic/claude-sonnet-4-5', LOCAL, 'anthropic/claude-opus-4-5'];
const down = { code: 'UNREACHABLE', text: msg('cluster.unreachable', { url: 'http://127.0.0.1:1234' }) } as const;

describe('check-up store', () => {
  it('loads the results the services kept (they survive a reload of the page)', async () => {
    await fake.api.runCheckup({ refs: [LOCAL] });
    await store.getState().load();
    expect(Object.keys(store.getState().entries)).toEqual([LOCAL]);
    expect(store.getState().error).toBeNull();
  });

  it('runs the whole chain as "*" while it runs, then keeps one result per ref', async () => {
    const pending = fake.hold('runCheckup');
    const run = store.getState().run();
    expect(await pending.arrived).toEqual({});
    expect(store.getState().running).toEqual(['*']);
    pending.release();
    await run;
    expect(store.getState().running).toEqual([]);
    expect(Object.keys(store.getState().entries).sort()).toEqual([...CHAIN].sort());
  });

  it('checking one ref replaces only that ref’s result', async () => {
    await store.getState().run();
    const before = store.getState().entries['anthropic/claude-opus-4-5'];
    fake.answer('runCheckup', ({ refs }) => ({
      checkedAt: '2026-11-28T00:00:00.000Z',
      entries: (refs ?? []).map((ref) => ({ ...before!, ref, checkedAt: '2026-11-28T00:00:00.000Z' })),
    }));
    await store.getState().run([LOCAL]);
    expect(fake.inputsOf('runCheckup').at(-1)).toEqual({ refs: [LOCAL] });
    expect(store.getState().entries[LOCAL]?.checkedAt).toBe('2026-11-28T00:00:00.000Z');
    expect(store.getState().entries['anthropic/claude-opus-4-5']).toEqual(before);
  });

  it('a failed run is shown in the service’s words and no ref stays "running"', async () => {
    fake.fail('runCheckup', down);
    await expect(store.getState().run([LOCAL])).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ running: [], error: down.text, entries: {} });
  });

  it('a failed load is shown, and a later load clears it', async () => {
    fake.fail('getCheckup', down);
    await store.getState().load();
    expect(store.getState().error).toEqual(down.text);
    await store.getState().load();
    expect(store.getState().error).toBeNull();
  });
});
