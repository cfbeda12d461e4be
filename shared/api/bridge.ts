/**
 * The raw bridge the preload puts on `window.clawControl`: one function per call that
 * resolves to an envelope (errors cannot cross contextBridge as classes), plus onEvent.
 */
import type { CallInput, CallOutput } from './contract';
import type { Envelope } from './problem';
import type { CallName, EventName } from './names';

export type BridgeEvent = { name: EventName; payload: unknown };

export type ClawBridge = {
  [K in CallName]: (input?: CallInput<K>) => Promise<Envelope<CallOutput<K>>>;
} & {
  onEvent(listener: (event: BridgeEvent) => void): () => void;
};
