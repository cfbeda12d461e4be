import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, EVENT_CHANNEL, callChannel } from '@shared/api/names';
import type { Dispatcher } from '@node/api/dispatcher';
import { createEventBus } from '@node/services/event-bus';
import { FORBIDDEN_SENDER, forwardEvents, registerIpc, type InvokeEventLike, type IpcMainLike } from './ipc';
import { isTrustedSender, type SenderFrameLike, type TrustedRenderer } from './sender-check';

const indexPath = '/Applications/Claw Control.app/Contents/Resources/app.asar/out/renderer/index.html';
const trusted: TrustedRenderer = { kind: 'file', indexPath };
const appUrl = pathToFileURL(indexPath).toString();
const mainFrame: SenderFrameLike = { url: appUrl, parent: null };

function fakeIpcMain() {
  const handlers = new Map<string, (event: InvokeEventLike, payload: unknown) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
}

function setup() {
  const { ipc, handlers } = fakeIpcMain();
  const dispatcher: Dispatcher = { call: vi.fn(async () => ({ ok: true as const, data: 'done' })) };
  const unregister = registerIpc(ipc, dispatcher, (frame) => isTrustedSender(frame, trusted));
  const invoke = (frame: SenderFrameLike | null, payload: unknown = {}) =>
    handlers.get(callChannel('ping'))!({ senderFrame: frame }, payload);
  return { handlers, dispatcher, invoke, unregister };
}

describe('IPC registration', () => {
  it('registers one handler per contract call and removes them all', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual(CALL_NAMES.map(callChannel).sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('dispatches a call from the app’s own main frame', async () => {
    const { invoke, dispatcher } = setup();
    await expect(invoke(mainFrame, { message: 'x' })).resolves.toEqual({ ok: true, data: 'done' });
    expect(dispatcher.call).toHaveBeenCalledWith('ping', { message: 'x' });
  });

  it.each<[string, SenderFrameLike | null]>([
    ['a null frame (destroyed or navigated away)', null],
    ['a sub-frame of our page', { url: appUrl, parent: { url: appUrl } }],
    ['a foreign origin', { url: 'https://evil.example/index.html', parent: null }],
    ['another local file', { url: pathToFileURL('/tmp/evil/index.html').toString(), parent: null }],
    ['a data: URL', { url: 'data:text/html,<script>1</script>', parent: null }],
    ['an unparsable URL', { url: 'not a url', parent: null }],
  ])('refuses %s without dispatching', async (_label, frame) => {
    const { invoke, dispatcher } = setup();
    await expect(invoke(frame)).resolves.toEqual(FORBIDDEN_SENDER);
    expect(dispatcher.call).not.toHaveBeenCalled();
  });
});

describe('isTrustedSender in development', () => {
  const dev: TrustedRenderer = { kind: 'dev-server', origin: 'http://localhost:5173' };
  it('accepts the dev server origin and nothing else', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/#/models', parent: null }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:5173/', parent: null }, dev)).toBe(false);
  });
});

describe('forwardEvents', () => {
  it('sends service events to the window on the event channel, and skips a destroyed one', () => {
    const bus = createEventBus();
    const send = vi.fn();
    let destroyed = false;
    const stop = forwardEvents(bus, () => ({ isDestroyed: () => destroyed, send }));
    bus.emit('configChanged', { path: '/x', change: 'changed' });
    expect(send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      name: 'configChanged',
      payload: { path: '/x', change: 'changed' },
    });
    destroyed = true;
    bus.emit('configChanged', { path: '/x', change: 'removed' });
    expect(send).toHaveBeenCalledOnce();
    stop();
  });
});
