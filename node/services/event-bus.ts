/**
 * The typed event bus services use to tell the UI that something changed. The IPC
 * layer and the headless panel's event stream both subscribe to it.
 */
import type { EventPayload } from '@shared/api/contract';
import type { EventName } from '@shared/api/names';

export type AnyEvent = { [K in EventName]: { name: K; payload: EventPayload<K> } }[EventName];
type Listener = (event: AnyEvent) => void;

export interface EventBus {
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void;
  subscribe(listener: Listener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<Listener>();
  return {
    emit(name, payload) {
      const event = { name, payload } as AnyEvent;
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch (error) {
          // One broken subscriber (a closed window, a dropped stream) must not stop the others.
          console.error(`[events] listener failed for ${name}:`, (error as Error).message);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
