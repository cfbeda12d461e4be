/**
 * A transport carries calls and events between the renderer and the services: over
 * the preload bridge in the desktop app, over HTTP + server-sent events in the
 * headless panel. `createApi` turns either into the typed `ClawApi`.
 */
import type { CallOutput, ClawApi, EventPayload } from '@shared/api/contract';
import { ApiCallError, type Envelope } from '@shared/api/problem';
import { CALL_NAMES, type CallName, type EventName } from '@shared/api/names';
import type { BridgeEvent } from '@shared/api/bridge';

export interface Transport {
  call(name: CallName, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: BridgeEvent) => void): () => void;
}

export function createApi(transport: Transport): ClawApi {
  const api: Record<string, unknown> = {};
  for (const name of CALL_NAMES) {
    api[name] = async (input?: unknown) => {
      const envelope = await transport.call(name, input ?? {});
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.data as CallOutput<typeof name>;
    };
  }
  api.on = <K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void) =>
    transport.subscribe((message) => {
      if (message.name === event) listener(message.payload as EventPayload<K>);
    });
  return api as ClawApi;
}
