/**
 * Registers one IPC handler per contract call. Every handler first checks that the
 * sender is our own main frame, then hands the payload to the dispatcher (which
 * validates it). Service events are forwarded to the window on one channel.
 */
import { CALL_NAMES, EVENT_CHANNEL, callChannel } from '@shared/api/names';
import { problem, type Envelope } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import type { Dispatcher } from '@node/api/dispatcher';
import type { EventBus } from '@node/services/event-bus';
import type { SenderFrameLike } from './sender-check';

export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export const FORBIDDEN_SENDER: Envelope<never> = {
  ok: false,
  error: problem('FORBIDDEN', msg('common.ipcForeignSender')),
};

export function registerIpc(
  ipcMain: IpcMainLike,
  dispatcher: Dispatcher,
  isTrusted: (frame: SenderFrameLike | null) => boolean,
): () => void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(callChannel(name), async (event, payload) => {
      if (!isTrusted(event.senderFrame)) return FORBIDDEN_SENDER;
      return dispatcher.call(name, payload);
    });
  }
  return () => CALL_NAMES.forEach((name) => ipcMain.removeHandler(callChannel(name)));
}

export interface WebContentsLike {
  isDestroyed(): boolean;
  send(channel: string, payload: unknown): void;
}

/** Forwards every service event to the window; returns the unsubscribe function. */
export function forwardEvents(events: EventBus, target: () => WebContentsLike | null): () => void {
  return events.subscribe((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
