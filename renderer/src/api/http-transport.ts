/**
 * The headless panel's transport: `POST /api/<call>` on the page's own origin (the
 * token travels as an HttpOnly cookie named after the panel's port) and one
 * EventSource for service events.
 */
import { problem, type Envelope } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { isEventName } from '@shared/api/names';
import type { BridgeEvent } from '@shared/api/bridge';
import type { Transport } from './transport';

export function httpTransport(base = ''): Transport {
  const listeners = new Set<(event: BridgeEvent) => void>();
  let source: EventSource | null = null;

  const ensureStream = () => {
    if (source) return;
    source = new EventSource(`${base}/api/events`);
    source.onmessage = (message) => {
      let event: { name?: unknown; payload?: unknown };
      try {
        event = JSON.parse(message.data as string) as typeof event;
      } catch {
        return;
      }
      if (!isEventName(event.name)) return;
      for (const listener of listeners) listener({ name: event.name, payload: event.payload });
    };
  };

  return {
    async call(name, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: problem('UNREACHABLE', msg('panel.unreachable')) };
      }
      if (response.status === 401) {
        return { ok: false, error: problem('FORBIDDEN', msg('panel.sessionExpired')) };
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return { ok: false, error: problem('INTERNAL', msg('panel.unexpectedAnswer', { status: response.status })) };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      ensureStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}
