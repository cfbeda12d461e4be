/** The machines store against the fake services (the recorded exo pair): load, add, fit, remove, and failures. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { createMachinesStore } from './machines';

let fake: FakeApi;
let store: ReturnType<typeof createMachinesStore>;
beforeEach(() => {
  fake = createFakeApi();
  store = createMachinesStore(fake.api);
});
afterEach(() => fake.expectClean());

const EXO = 'http://10.0.0.5:52415';

describe('machines store', () => {
  it('loads this machine as the only node until another is added', async () => {
    await store.getState().load();
    const { report, busy, error } = store.getState();
    expect(report?.thisMachine?.label).toBe('NVIDIA H100 80GB HBM3');
    expect(report?.machines).toEqual([]);
    expect(report?.clusterSource).toBe('machines');
    expect({ busy, error }).toEqual({ busy: false, error: null });
  });

  it('adds an exo cluster, sizes a model across its nodes, and forgets the fit when the machines change', async () => {
    expect(await store.getState().add({ kind: 'exo', url: EXO, label: 'studio' })).toBe(true);
    expect(store.getState().report?.clusterNodes.map((n) => n.label)).toEqual(['studio-a', 'studio-b']);

    await store.getState().checkFit({ model: 'minimax-m2.1' });
    expect(fake.inputsOf('fitOnCluster')).toEqual([{ model: 'minimax-m2.1' }]);
    expect(store.getState().fit?.clusterSource).toBe('exo');
    expect(store.getState().fit?.fit.verdict).toBe('fits');

    await store.getState().remove('m1');
    expect(store.getState().fit).toBeNull();
    expect(store.getState().report?.machines).toEqual([]);
  });

  it('is busy while a call runs and not after it fails; the failure is shown in the service’s words', async () => {
    await store.getState().load();
    const pending = fake.hold('removeMachine');
    const remove = store.getState().remove('m9');
    await pending.arrived;
    expect(store.getState().busy).toBe(true);
    pending.release(); // the fake services do not know m9: NOT_FOUND
    await expect(remove).resolves.toBeUndefined();
    expect(store.getState().busy).toBe(false);
    expect(store.getState().error).toMatchObject({ code: 'common.unexpected' });
    expect(store.getState().report?.thisMachine).not.toBeNull();
  });

  it('an address the contract refuses is not added: add says so and the error reads as a message', async () => {
    expect(await store.getState().add({ kind: 'panel', url: 'ftp://user:pw@host' })).toBe(false);
    expect(store.getState()).toMatchObject({ busy: false, error: { code: 'common.invalidInput' } });
    expect(fake.services.machines).toEqual([]);
  });

  it('a machine that does not answer is reported, and the next success clears the error', async () => {
    const unreachable = msg('cluster.unreachable', { url: EXO });
    fake.fail('addMachine', { code: 'UNREACHABLE', text: unreachable });
    expect(await store.getState().add({ kind: 'exo', url: EXO })).toBe(false);
    expect(store.getState().error).toEqual(unreachable);
    expect(await store.getState().add({ kind: 'exo', url: EXO })).toBe(true);
    expect(store.getState().error).toBeNull();
  });
});
