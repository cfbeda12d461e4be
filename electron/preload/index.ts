/**
 * The preload (CommonJS, sandboxed): exposes `window.clawControl` with exactly one
 * function per contract call plus `onEvent`. No ipcRenderer, no generic invoke, no
 * process. Payloads are validated again in the main process.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CALL_NAMES, EVENT_CHANNEL, callChannel, isEventName } from '@shared/api/names';

const bridge: Record<string, unknown> = {};
for (const name of CALL_NAMES) {
  const channel = callChannel(name);
  bridge[name] = (input?: unknown) => ipcRenderer.invoke(channel, input ?? {});
}

bridge.onEvent = (listener: (event: { name: string; payload: unknown }) => void) => {
  if (typeof listener !== 'function') throw new TypeError('onEvent needs a function');
  const forward = (_event: IpcRendererEvent, message: { name?: unknown; payload?: unknown }) => {
    if (message && isEventName(message.name)) listener({ name: message.name, payload: message.payload });
  };
  ipcRenderer.on(EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  };
};

contextBridge.exposeInMainWorld('clawControl', Object.freeze(bridge));
