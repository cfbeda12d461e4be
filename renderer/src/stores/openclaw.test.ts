/** The OpenClaw store against the fake services: the installed OpenClaw, its schema's help (one request), its path, failures. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { createFakeApi, type FakeApi } from '@renderer/test-support/fake-api';
import { createOpenClawStore } from './openclaw';

let fake: FakeApi;
let store: ReturnType<typeof createOpenClawStore>;
beforeEach(() => {
  fake = createFakeApi();
  store = createOpenClawStore(fake.api);
});
afterEach(() => fake.expectClean());

const broken = { code: 'IO_ERROR', text: msg('common.unexpected', { detail: 'schema unreadable' }) } as const;

describe('OpenClaw store', () => {
  it('loads where OpenClaw is and which release it is', async () => {
    await store.getState().load();
    expect(store.getState().info).toMatchObject({ version: '2026.9.6', source: 'path', configuredPath: null });
    expect(store.getState().error).toBeNull();
  });

  it('asks for the schema help once however many fields ask together, and not again once it has it', async () => {
    await Promise.all([store.getState().loadHelp(), store.getState().loadHelp(), store.getState().loadHelp()]);
    await store.getState().loadHelp();
    expect(fake.inputsOf('getSchemaHelp')).toHaveLength(1);
    expect(store.getState().help?.apis).toContain('openai-responses');
  });

  it('a failed help request is shown and a later field asks again', async () => {
    fake.fail('getSchemaHelp', broken);
    await store.getState().loadHelp();
    expect(store.getState()).toMatchObject({ help: null, error: broken.text });
    await store.getState().loadHelp();
    expect(store.getState().help).not.toBeNull();
    expect(fake.inputsOf('getSchemaHelp')).toHaveLength(2);
  });

  it('setting the path is busy until it answers, takes the new OpenClaw and drops the old schema’s help', async () => {
    await store.getState().loadHelp();
    const pending = fake.hold('setOpenClawPath');
    const set = store.getState().setPath('/opt/openclaw/bin/openclaw');
    await pending.arrived;
    expect(store.getState().busy).toBe(true);
    pending.release();
    await set;
    expect(store.getState()).toMatchObject({ busy: false, help: null, error: null });
    expect(store.getState().info?.configuredPath).toBe('/opt/openclaw/bin/openclaw');
  });

  it('a refused path is shown, keeps the OpenClaw in use, and does not stay busy', async () => {
    await store.getState().load();
    const notFound = msg('common.unexpected', { detail: '/nowhere/openclaw does not exist' });
    fake.fail('setOpenClawPath', { code: 'NOT_FOUND', text: notFound });
    await expect(store.getState().setPath('/nowhere/openclaw')).resolves.toBeUndefined();
    expect(store.getState()).toMatchObject({ busy: false, error: notFound });
    expect(store.getState().info?.path).toBe('/usr/local/bin/openclaw');
  });

  it('a failed load is shown in the service’s words and cleared by the next load', async () => {
    fake.fail('getOpenClawInfo', broken);
    await store.getState().load();
    expect(store.getState().error).toEqual(broken.text);
    await store.getState().load();
    expect(store.getState().error).toBeNull();
  });
});
