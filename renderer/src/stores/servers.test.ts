/** The servers store's keep-warm state: a report asked for before the user's change never undoes it. */
import { describe, expect, it } from 'vitest';
import type { ClawApi } from '@shared/api/contract';
import type { KeepWarmReport } from '@shared/servers/keep-warm-types';
import { ApiCallError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { createServersStore } from './servers';

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
