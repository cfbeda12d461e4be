/** The fits store against the fake services: one call for the asks of a turn, no second ask while one is out or fresh, a failed call kept per ask, a GGUF file pointed at. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { requestKey } from '@shared/fit/model-facts';
import { createFakeApi, nextTurn, type FakeApi } from '@renderer/test-support/fake-api';
import { createFitsStore, FIT_ANSWER_TTL_MS } from './fits';

let fake: FakeApi;
let clock: number;
let store: ReturnType<typeof createFitsStore>;
beforeEach(() => {
  fake = createFakeApi();
  clock = 1_000_000;
  store = createFitsStore(fake.api, () => clock);
});
afterEach(() => fake.expectClean());

const qwen = { model: 'lmstudio/qwen3-8b', context: 32768 };
const gemma = { model: 'lmstudio/gemma-3-12b' };

describe('fits store', () => {
  it('sends the asks of one turn in one call and keeps each answer by its ask', async () => {
    store.getState().request([qwen]);
    store.getState().request([gemma, qwen]);
    await nextTurn();
    expect(fake.inputsOf('fitModels')).toEqual([{ models: [qwen, gemma] }]);
    const answers = store.getState().answers;
    expect(answers[requestKey(qwen)]?.answer.fit?.context).toBe(32768);
    expect(answers[requestKey(gemma)]?.answer.model).toBe('lmstudio/gemma-3-12b');
  });

  it('does not ask again while an answer is fresh or an ask is out; asks again once it has aged', async () => {
    const pending = fake.hold('fitModels');
    store.getState().request([qwen]);
    await pending.arrived;
    store.getState().request([qwen]);
    pending.release();
    await nextTurn();
    store.getState().request([qwen]);
    await nextTurn();
    expect(fake.inputsOf('fitModels')).toHaveLength(1);
    clock += FIT_ANSWER_TTL_MS;
    store.getState().request([qwen]);
    await nextTurn();
    expect(fake.inputsOf('fitModels')).toHaveLength(2);
  });

  it('keeps a failed call as each ask’s failure, and asks again next time', async () => {
    const down = msg('common.unexpected', { detail: 'the panel’s service is not running' });
    fake.fail('fitModels', { code: 'IO_ERROR', text: down });
    store.getState().request([qwen]);
    await nextTurn();
    await nextTurn();
    expect(store.getState().errors[requestKey(qwen)]).toEqual(down);
    store.getState().request([qwen]);
    await nextTurn();
    await nextTurn();
    expect(fake.inputsOf('fitModels')).toHaveLength(2);
    expect(store.getState().errors[requestKey(qwen)]).toBeUndefined();
  });

  it('points a model at a GGUF file: sized from it and kept for the model; a file it cannot read is handed back', async () => {
    const request = { ...gemma, gguf: '/models/gemma-3-12b-Q4_K_M.gguf' };
    expect(await store.getState().pointAtGguf(request)).toBeNull();
    expect(fake.inputsOf('fitModels')).toEqual([{ models: [request] }]);
    expect(store.getState().gguf).toEqual({ 'lmstudio/gemma-3-12b': '/models/gemma-3-12b-Q4_K_M.gguf' });
    expect(store.getState().answers[requestKey(request)]).toBeDefined();

    const unreadable = msg('fit.unknownModel', { model: 'x' });
    fake.answer('fitModels', {
      results: [{ model: 'x', fit: null, problem: { code: 'NOT_FOUND', message: unreadable } }],
    });
    expect(await store.getState().pointAtGguf({ model: 'lmstudio/x', gguf: '/models/x.bin' })).toEqual(unreadable);
    expect(Object.keys(store.getState().gguf)).toEqual(['lmstudio/gemma-3-12b']);
  });

  it('drops every answer when the budget or the config changes, and an answer sized before that is not kept', async () => {
    store.getState().request([qwen]);
    await nextTurn();
    const pending = fake.hold('fitModels');
    store.getState().invalidate();
    expect(store.getState().answers).toEqual({});
    store.getState().request([qwen]);
    await pending.arrived;
    store.getState().invalidate();
    pending.release();
    await nextTurn();
    expect(store.getState().answers).toEqual({});
    store.getState().request([qwen]);
    await nextTurn();
    expect(fake.inputsOf('fitModels')).toHaveLength(3);
    expect(store.getState().answers[requestKey(qwen)]).toBeDefined();
  });
});
