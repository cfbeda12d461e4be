/**
 * The headless panel's transport: `POST /api/<call>` on the page's own origin and one event
 * stream (`GET /api/events`, read with fetch), each carrying this tab's session as
 * `Authorization: Bearer …` — never a cookie, which the browser would also send to other local ports.
 */
import { problem, type Envelope } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { isEventName } from '@shared/api/names';
import type { BridgeEvent } from '@shared/api/bridge';
import type { Transport } from './transport';

export interface HttpTransportOptions {
  base?: string;
  /** This tab's session (see panel-session.ts); null: none, the panel will answer 401. */
  session?: () => Promise<string | null>;
  fetch?: typeof fetch;
  /** Wait before the event stream reconnects after it broke (as EventSource would). */
  reconnectMs?: number;
}

/** Each `data:` frame of a server-sent event stream, as the text it carries. */
async function readFrames(
  body: ReadableStream<Uint8Array>,
  onData: (data: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const reader = body.getReader();
  signal.addEventListener(
    'abort',
    () =>
      void reader
        .cancel()
        .catch((error: unknown) => console.warn('[panel] the event stream did not close cleanly:', error)),
    { once: true },
  );
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = frame
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''));
      if (data.length) onData(data.join('\n'));
    }
  }
}

export function httpTransport(options: HttpTransportOptions = {}): Transport {
  const base = options.base ?? '';
  const session = options.session ?? (() => Promise.resolve(null));
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const reconnectMs = options.reconnectMs ?? 3000;
  const listeners = new Set<(event: BridgeEvent) => void>();
  let stream: AbortController | null = null;

  const authorization = async (): Promise<Record<string, string>> => {
    const current = await session();
    return current ? { Authorization: `Bearer ${current}` } : {};
  };

  const deliver = (data: string) => {
    let event: { name?: unknown; payload?: unknown };
    try {
      event = JSON.parse(data) as typeof event;
    } catch {
      return;
    }
    if (!isEventName(event.name)) return;
    for (const listener of listeners) listener({ name: event.name, payload: event.payload });
  };

  const ensureStream = () => {
    if (stream) return;
    const controller = new AbortController();
    stream = controller;
    void (async () => {
      while (!controller.signal.aborted) {
        try {
          const response = await doFetch(`${base}/api/events`, {
            headers: await authorization(),
            credentials: 'omit',
            cache: 'no-store',
            signal: controller.signal,
          });
          if (response.ok && response.body) await readFrames(response.body, deliver, controller.signal);
        } catch {
          // The stream broke (the panel restarted, the tunnel dropped): the calls report it; the stream retries.
        }
        if (controller.signal.aborted) return;
        await new Promise((resolve) => setTimeout(resolve, reconnectMs));
      }
    })();
  };

  return {
    async call(name, input) {
      let response: Response;
      try {
        response = await doFetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...(await authorization()) },
          credentials: 'omit',
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
        if (listeners.size === 0 && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}
