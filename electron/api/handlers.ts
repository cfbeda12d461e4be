/**
 * Maps each call in the contract to the service that answers it. This is the only
 * place that knows both the contract and the services.
 */
import type { CallInput, CallOutput } from '../../shared/api/contract';
import type { CallName } from '../../shared/api/names';
import type { Services } from '../services';

export type Handlers = {
  [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>>;
};

export function createHandlers(services: Services): Handlers {
  return {
    async getAppInfo() {
      return {
        name: 'Claw Control',
        version: services.options.appVersion,
        platform: process.platform,
        arch: process.arch,
        nodeVersion: process.versions.node,
        electronVersion: services.options.electronVersion,
        host: services.options.host,
      };
    },
    async ping(input) {
      return { pong: true, echo: input.message ?? null, at: new Date().toISOString() };
    },
    getConfigSummary: () => services.config.getSummary(),
  };
}
