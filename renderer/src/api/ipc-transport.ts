/** The desktop transport: the preload's `window.clawControl` bridge. */
import type { ClawBridge } from '@shared/api/bridge';
import type { Envelope } from '@shared/api/problem';
import type { Transport } from './transport';

export function ipcTransport(bridge: ClawBridge): Transport {
  return {
    call: (name, input) => (bridge[name] as (input: unknown) => Promise<Envelope<unknown>>)(input),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
