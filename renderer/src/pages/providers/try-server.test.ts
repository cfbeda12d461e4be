/** Test before save: a probe only after a pause in typing, with the key typed; an answer for an input changed since is dropped. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '@renderer/test-support/fake-api';
import { createServerTrial, TRY_DELAY_MS, type Trial } from './try-server';

afterEach(() => {
  vi.useRealTimers();
});

const URL_A = 'http://127.0.0.1:1234/v1';
const URL_B = 'http://127.0.0.1:5678/v1';

describe('trying a server as it is typed', () => {
  it('probes once after the pause, with the key and the /v1/responses check', async () => {
    vi.useFakeTimers();
    const fake = createFakeApi();
    const seen: Trial[] = [];
    const trial = createServerTrial(fake.api, (t) => seen.push(t));
    trial.update({ baseUrl: 'http://127.0.0.1:1', apiKey: 'k' });
    trial.update({ baseUrl: URL_A, apiKey: 'lmstudio' });
    await vi.advanceTimersByTimeAsync(TRY_DELAY_MS - 1);
    expect(fake.inputsOf('probeServer')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();
    expect(fake.inputsOf('probeServer')).toEqual([{ baseUrl: URL_A, apiKey: 'lmstudio', checkResponses: true }]);
    expect(seen.at(-1)).toMatchObject({ state: 'answered', baseUrl: URL_A, probe: { kind: 'lmstudio' } });
    trial.stop();
  });

  it('drops the answer for a URL that was changed while it was being probed', async () => {
    vi.useFakeTimers();
    const fake = createFakeApi();
    const held = fake.hold('probeServer');
    const seen: Trial[] = [];
    const trial = createServerTrial(fake.api, (t) => seen.push(t));
    trial.update({ baseUrl: URL_A });
    await vi.advanceTimersByTimeAsync(TRY_DELAY_MS);
    await held.arrived;
    trial.update({ baseUrl: URL_B });
    held.release();
    await vi.runAllTimersAsync();
    expect(seen.filter((t) => t.state === 'answered').map((t) => t.baseUrl)).toEqual([URL_B]);
    expect(seen.at(-1)).toMatchObject({ state: 'answered', baseUrl: URL_B });
    trial.stop();
  });

  it('nothing to probe (a URL that does not parse) is idle, and asks nothing', async () => {
    vi.useFakeTimers();
    const fake = createFakeApi();
    const seen: Trial[] = [];
    const trial = createServerTrial(fake.api, (t) => seen.push(t));
    trial.update({ baseUrl: URL_A });
    trial.update(null);
    await vi.runAllTimersAsync();
    expect(seen.at(-1)).toEqual({ state: 'idle' });
    expect(fake.inputsOf('probeServer')).toEqual([]);
  });
});
