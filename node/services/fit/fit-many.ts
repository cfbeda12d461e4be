/**
 * `fitModels`: many names sized at once for the Providers page — a few at a time (each one may
 * ask its server for metadata), each answer kept for a short while so the page's polling does
 * not ask every server again; a name that fails in words is its own problem, not the whole call's.
 */
import type { CallInput, CallOutput } from '@shared/api/contract';
import { problemOf, UNEXPECTED } from '@shared/api/problem';
import { requestKey, type FitRequest } from '@shared/fit/model-facts';
import { fitModel } from './fit-model';

type Deps = Parameters<typeof fitModel>[0];
type Result = CallOutput<'fitModels'>['results'][number];

/** Names sized at the same time. */
export const FIT_MANY_CONCURRENCY = 4;
/** How long an answer is reused (a model's file and the machine change rarely; a load shows on the next look). */
export const FIT_MANY_TTL_MS = 30_000;
const MAX_CACHED = 1000;

const caches = new WeakMap<object, Map<string, { at: number; result: Result }>>();

export async function fitModels(
  deps: Deps,
  input: CallInput<'fitModels'>,
  now: () => number = Date.now,
): Promise<CallOutput<'fitModels'>> {
  const cache = caches.get(deps) ?? new Map<string, { at: number; result: Result }>();
  caches.set(deps, cache);
  const requests = new Map<string, FitRequest>();
  for (const item of input.models) {
    const request = typeof item === 'string' ? { model: item } : item;
    requests.set(requestKey(request), request);
  }
  const names = [...requests.keys()];
  // Sized against the budget: other machines added or removed make every kept answer stale.
  const machines = JSON.stringify((await deps.settings.get()).extraMachines);
  const results = new Map<string, Result>();
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      const { model, context, gguf } = requests.get(name)!;
      const key = JSON.stringify([name, input.kvType ?? null, input.parallel ?? null, machines]);
      const kept = cache.get(key);
      if (kept && now() - kept.at < FIT_MANY_TTL_MS) {
        results.set(name, kept.result);
        continue;
      }
      const result: Result = await fitModel(deps, {
        model,
        ...(context !== undefined ? { context } : {}),
        ...(gguf !== undefined ? { gguf } : {}),
        ...(input.kvType ? { kvType: input.kvType } : {}),
        ...(input.parallel ? { parallel: input.parallel } : {}),
      }).then(
        (fit) => ({ model, fit, problem: null }),
        (error: unknown) => {
          // A fault put into words (an unreadable file, a server that did not answer) is that name's;
          // anything else is a bug the dispatcher logs, not a row to hide it in.
          if (problemOf(error) === UNEXPECTED) throw error;
          return { model, fit: null, problem: problemOf(error) };
        },
      );
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, { at: now(), result });
      results.set(name, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FIT_MANY_CONCURRENCY, names.length) }, worker));
  return { results: names.map((name) => results.get(name)!) };
}
