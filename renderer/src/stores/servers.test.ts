// @vitest-environment happy-dom
/**
 * The servers store: its keep-warm state (a report asked for before the user's change never
 * undoes it), and against the fake services its statuses, actions, failures, polling and events.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClawApi } from '@shared/api/contract';
import { msg } from '@shared/i18n/message';
import type { KeepWarmReport } from '@shared/servers/keep-warm-types';
import { ApiCallError } from '@shared/api/problem';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { CONFIG_PATH } from '@renderer/test-support/fake-services';
import { createServersStore, HIDDEN_POLL_MS, VISIBLE_POLL_MS } from './servers';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const kept = (ref: string): KeepWarmReport => ({
  kept: [{ ref, method: 'lmstudio-load', lastResult: null, nextAt: null, failures: 0 }],
  log: [],
});
const none: KeepWarmReport = { kept: [], log: [] };

/** An API whose getKeepWarm / setKeepWarm answers are handed out by the test, in the order it chooses. */
function fakeApi() {
  const gets: ReturnType<typeof deferred<KeepWarmReport>>[] = [];
  const sets: ReturnType<typeof deferred<KeepWarmReport>>[] = [];
  const api = {
    getServerStatuses: () => Promise.resolve({ servers: [] }),
    getKeepWarm: () => {
      const d = deferred<KeepWarmReport>();
      gets.push(d);
      return d.promise;
    },
    setKeepWarm: () => {
      const d = deferred<KeepWarmReport>();
      sets.push(d);
      return d.promise;
    },
  } as unknown as ClawApi;
  return { api, gets, sets };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const keptRefs = (store: ReturnType<typeof createServersStore>) => store.getState().keepWarm.kept.map((k) => k.ref);

describe('keep warm in the panel', () => {
  it('a poll that started before the tick and answers after it does not untick the box', async () => {
    const { api, gets, sets } = fakeApi();
    const store = createServersStore(api);
    const poll = store.getState().refresh();
    await tick();
    const toggle = store.getState().setKeepWarm('lmstudio/qwen', true);
    expect(keptRefs(store)).toEqual(['lmstudio/qwen']);
    gets[0]!.resolve(none); // the poll's answer, from before the change
    await poll;
    expect(keptRefs(store)).toEqual(['lmstudio/qwen']);
    sets[0]!.resolve(kept('lmstudio/qwen'));
    await toggle;
    expect(store.getState().keepWarm.kept[0]!.method).toBe('lmstudio-load');
  });

  it('of two quick changes, the answer to the first does not override the second', async () => {
    const { api, sets } = fakeApi();
    const store = createServersStore(api);
    const on = store.getState().setKeepWarm('lmstudio/qwen', true);
    const off = store.getState().setKeepWarm('lmstudio/qwen', false);
    sets[1]!.resolve(none);
    await off;
    sets[0]!.resolve(kept('lmstudio/qwen'));
    await on;
    expect(keptRefs(store)).toEqual([]);
  });

  it('a refused change shows the error and the state the services keep, not the optimistic tick', async () => {
    const { api, gets, sets } = fakeApi();
    const store = createServersStore(api);
    const toggle = store.getState().setKeepWarm('lmstudio/qwen', true);
    const refused = msg('servers.notRef', { ref: 'lmstudio/qwen' });
    sets[0]!.reject(new ApiCallError({ code: 'INVALID_INPUT', message: refused }));
    await tick();
    gets[0]!.resolve(none);
    await toggle;
    expect(store.getState().error).toEqual(refused);
    expect(keptRefs(store)).toEqual([]);
  });
});

describe('servers store against the fake services', () => {
  let fake: FakeApi;
  let store: ReturnType<typeof createServersStore>;
  const LOCAL = 'lmstudio/minimax-m2.1-gs32';
  const down = { code: 'UNREACHABLE', text: msg('cluster.unreachable', { url: 'http://127.0.0.1:1234' }) } as const;
  beforeEach(() => {
    fake = createFakeApi();
    store = createServersStore(fake.api);
  });
  afterEach(() => {
    vi.useRealTimers();
    fake.expectClean();
  });

  it('refresh shows each local provider’s server and what is kept warm', async () => {
    fake.services.keepWarm = kept(LOCAL);
    await store.getState().refresh(true);
    expect(fake.inputsOf('getServerStatuses')).toEqual([{ refresh: true }]);
    expect(store.getState().statuses.map((s) => [s.providerId, s.probe.kind, s.probe.reachable])).toEqual([
      ['lmstudio', 'lmstudio', true],
    ]);
    expect(keptRefs(store)).toEqual([LOCAL]);
    expect(store.getState().error).toBeNull();
  });

  it('a failed refresh is shown in the service’s words and keeps the last statuses; the next one clears it', async () => {
    await store.getState().refresh();
    fake.fail('getServerStatuses', down);
    await expect(store.getState().refresh()).resolves.toBeUndefined();
    expect(store.getState().error).toEqual(down.text);
    expect(store.getState().statuses).toHaveLength(1);
    await store.getState().refresh();
    expect(store.getState().error).toBeNull();
  });

  it('an action goes to the services and probes again; a failed one is shown and not retried', async () => {
    await store.getState().act('unload', LOCAL);
    expect(fake.inputsOf('unloadModel')).toEqual([{ ref: LOCAL }]);
    expect(fake.inputsOf('getServerStatuses')).toEqual([{ refresh: true }]);

    fake.fail('warmModel', down);
    await expect(store.getState().act('warm', LOCAL)).resolves.toBeUndefined();
    expect(store.getState().error).toEqual(down.text);
    expect(fake.inputsOf('getServerStatuses')).toHaveLength(1);
  });

  it('polls every 5 s while visible, and a pushed event reloads what it concerns', async () => {
    vi.useFakeTimers();
    const stop = store.getState().startPolling();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.inputsOf('getServerStatuses')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(VISIBLE_POLL_MS);
    expect(fake.inputsOf('getServerStatuses')).toHaveLength(2);

    // keepWarmLog: the keep-warm state is read again (the services kept a model meanwhile).
    fake.services.keepWarm = kept(LOCAL);
    fake.push('keepWarmLog', sample(LOCAL));
    await vi.advanceTimersByTimeAsync(0);
    expect(keptRefs(store)).toEqual([LOCAL]);

    // configChanged: probe again now, not at the next tick.
    fake.push('configChanged', { path: CONFIG_PATH, change: 'changed' });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.inputsOf('getServerStatuses')).toHaveLength(3);

    stop();
    expect(fake.listenerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(HIDDEN_POLL_MS);
    expect(fake.inputsOf('getServerStatuses')).toHaveLength(3);
  });

  it('with no local provider it does not poll until the config changes', async () => {
    vi.useFakeTimers();
    fake.services.writeOutside({ ...fake.services.config, models: { mode: 'merge', providers: {} } });
    const stop = store.getState().startPolling();
    await vi.advanceTimersByTimeAsync(HIDDEN_POLL_MS * 2);
    expect(fake.inputsOf('getServerStatuses')).toHaveLength(1);
    store.getState().wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.inputsOf('getServerStatuses')).toHaveLength(2);
    stop();
  });
});

function sample(ref: string) {
  return {
    at: '2026-11-27T10:00:00.000Z',
    ref,
    method: 'lmstudio-load' as const,
    result: 'loaded' as const,
    latencyMs: 840,
    detail: 'loaded',
    text: msg('servers.warm.loaded'),
  };
}
