/**
 * Fit verdicts from the services, one estimate for every view (a Providers row, the server's
 * list, the chain, the guidance): each view asks for a model by name — with its draft context
 * and the GGUF file the user pointed it at — and the asks of one render go out as one `fitModels` call.
 */
import { create } from 'zustand';
import type { CallOutput, ClawApi } from '@shared/api/contract';
import { FIT_MODELS_MAX, requestKey, type FitRequest } from '@shared/fit/model-facts';
import { failure, type Failure } from './failure';

export type FitAnswer = CallOutput<'fitModels'>['results'][number];

/** How long an answer is shown before a view's next ask sizes it again (the services keep theirs as long). */
export const FIT_ANSWER_TTL_MS = 30_000;

export interface FitsState {
  /** Answers by request key (`requestKey`). */
  answers: Record<string, { at: number; answer: FitAnswer }>;
  /** A call that failed as a whole, by request key. */
  errors: Record<string, Failure>;
  /** GGUF files the user pointed models at, by `provider/model` (for this session). */
  gguf: Record<string, string>;
  /** Bumped when every answer is stale (the budget or the saved config changed): views ask again. */
  generation: number;
  /** Drops every answer (another machine added, the config saved or changed on disk). */
  invalidate(): void;
  /** Asks for these (answers still fresh and asks in flight are not sent again). */
  request(requests: readonly FitRequest[]): void;
  /** Points a model at a GGUF file and sizes it from that file; resolves to the problem, or null. */
  pointAtGguf(request: FitRequest & { gguf: string }): Promise<Failure | null>;
}

export function createFitsStore(api: ClawApi, now: () => number = Date.now) {
  const inFlight = new Set<string>();
  let queue: FitRequest[] = [];

  return create<FitsState>((set, get) => {
    const send = async (batch: FitRequest[]) => {
      const generation = get().generation;
      // An answer sized before an invalidation is stale: dropped (the views have asked again).
      const stale = () => get().generation !== generation;
      try {
        const { results } = await api.fitModels({ models: batch });
        if (stale()) return;
        const at = now();
        set((state) => {
          const answers = { ...state.answers };
          const errors = { ...state.errors };
          batch.forEach((request, i) => {
            const key = requestKey(request);
            if (results[i]) answers[key] = { at, answer: results[i] };
            delete errors[key];
          });
          return { answers, errors };
        });
      } catch (error) {
        if (stale()) return;
        const problem = failure(error);
        set((state) => {
          const errors = { ...state.errors };
          for (const request of batch) errors[requestKey(request)] = problem;
          return { errors };
        });
      } finally {
        if (!stale()) for (const request of batch) inFlight.delete(requestKey(request));
      }
    };

    const flush = () => {
      const pending = queue;
      queue = [];
      for (let i = 0; i < pending.length; i += FIT_MODELS_MAX) void send(pending.slice(i, i + FIT_MODELS_MAX));
    };

    return {
      answers: {},
      errors: {},
      gguf: {},
      generation: 0,
      invalidate() {
        inFlight.clear();
        set((state) => ({ answers: {}, errors: {}, generation: state.generation + 1 }));
      },
      request(requests) {
        const { answers } = get();
        const fresh = (key: string) => {
          const kept = answers[key];
          return kept !== undefined && now() - kept.at < FIT_ANSWER_TTL_MS;
        };
        const wasEmpty = queue.length === 0;
        for (const request of requests) {
          const key = requestKey(request);
          if (inFlight.has(key) || fresh(key)) continue;
          inFlight.add(key);
          queue.push(request);
        }
        // The asks of one render (every row's effect) go out together.
        if (wasEmpty && queue.length > 0) queueMicrotask(flush);
      },
      async pointAtGguf(request) {
        try {
          const { results } = await api.fitModels({ models: [request] });
          const answer = results[0];
          if (!answer) return null;
          if (answer.problem) return answer.problem.message;
          set((state) => ({
            answers: { ...state.answers, [requestKey(request)]: { at: now(), answer } },
            gguf: { ...state.gguf, [request.model]: request.gguf },
          }));
          return null;
        } catch (error) {
          return failure(error);
        }
      },
    };
  });
}
