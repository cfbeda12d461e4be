/**
 * Test before save: the server at a base URL (and key) as they are typed, probed through the one
 * probe service — after a pause in typing, one probe at a time, and an answer for an input that has
 * changed since is dropped (its probe has its own deadline in the service, so none hangs on).
 */
import type { ClawApi, CallOutput } from '@shared/api/contract';
import { failure, type Failure } from '@renderer/stores/failure';

export type Probe = CallOutput<'probeServer'>;
export type Trial =
  | { state: 'idle' }
  | { state: 'checking'; baseUrl: string }
  | { state: 'answered'; baseUrl: string; probe: Probe }
  | { state: 'failed'; baseUrl: string; error: Failure };

/** The pause in typing before a probe starts. */
export const TRY_DELAY_MS = 600;

export interface ServerTrial {
  /** The input now (null: nothing to probe, e.g. a URL that does not parse). */
  update(input: { baseUrl: string; apiKey?: string } | null): void;
  stop(): void;
}

export function createServerTrial(
  api: Pick<ClawApi, 'probeServer'>,
  onChange: (trial: Trial) => void,
  delayMs = TRY_DELAY_MS,
): ServerTrial {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every input: an answer carries the number it was asked under, and a stale one is dropped. */
  let generation = 0;
  let last = '';
  return {
    update(input) {
      const key = input ? JSON.stringify([input.baseUrl, input.apiKey ?? '']) : '';
      if (key === last) return;
      last = key;
      const asked = ++generation;
      clearTimeout(timer);
      if (!input) return onChange({ state: 'idle' });
      onChange({ state: 'checking', baseUrl: input.baseUrl });
      timer = setTimeout(() => {
        const request = {
          baseUrl: input.baseUrl,
          checkResponses: true,
          ...(input.apiKey ? { apiKey: input.apiKey } : {}),
        };
        api.probeServer(request).then(
          (probe) => asked === generation && onChange({ state: 'answered', baseUrl: input.baseUrl, probe }),
          (error: unknown) =>
            asked === generation && onChange({ state: 'failed', baseUrl: input.baseUrl, error: failure(error) }),
        );
      }, delayMs);
    },
    stop() {
      generation++;
      clearTimeout(timer);
    },
  };
}
