/** The hardware store against the fake services (the recorded H100): load, refresh, other machines, failures. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { createHardwareStore } from './hardware';

let fake: FakeApi;
let store: ReturnType<typeof createHardwareStore>;
beforeEach(() => {
  fake = createFakeApi();
  store = createHardwareStore(fake.api);
});
afterEach(() => fake.expectClean());

const timeout = { code: 'TIMEOUT', text: msg('common.timeout', { what: 'nvidia-smi', seconds: 5 }) } as const;

describe('hardware store', () => {
  it('loads the report (cached) and refreshes it on demand', async () => {
    await store.getState().load();
    expect(store.getState().report?.gpus.map((g) => g.model)).toEqual(['NVIDIA H100 80GB HBM3']);
    expect(store.getState().report?.budget.freeBytes).toBe(41516269568);
    await store.getState().load(true);
    expect(fake.inputsOf('getHardware')).toEqual([{ refresh: false }, { refresh: true }]);
    expect(store.getState()).toMatchObject({ loading: false, error: null });
  });

  it('is loading while the probe runs; a failed probe shows its words, keeps the last report and is not left loading', async () => {
    await store.getState().load();
    const pending = fake.hold('getHardware');
    const load = store.getState().load(true);
    await pending.arrived;
    expect(store.getState().loading).toBe(true);
    pending.fail(timeout);
    await expect(load).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ loading: false, error: timeout.text });
    expect(store.getState().report?.gpus).toHaveLength(1);

    await store.getState().load();
    expect(store.getState().error).toBeNull();
  });

  it('saves other machines; a refused save shows why and keeps the list', async () => {
    await store.getState().setExtraMachines([{ label: 'spare', memoryBytes: 64e9 }]);
    expect(store.getState().extraMachines).toEqual([{ label: 'spare', memoryBytes: 64e9 }]);
    expect(fake.services.extraMachines).toHaveLength(1);

    const refused = msg('common.unexpected', { detail: 'settings are read-only' });
    fake.fail('setExtraMachines', { code: 'IO_ERROR', text: refused });
    await store.getState().setExtraMachines([]);
    expect(store.getState()).toMatchObject({ error: refused, extraMachines: [{ label: 'spare', memoryBytes: 64e9 }] });
  });
});
