/**
 * The keep-warm scheduler (F4): for each model kept warm, one step per interval with the
 * method its server needs; never two requests in flight for one model; exponential
 * backoff with jitter on failure and back to the normal interval on recovery; an
 * immediate check when the machine wakes from sleep (a timer that fires far too late);
 * every action logged; everything stops on quit. The clock is injected so tests drive time.
 */
import type { KeepWarmReport, WarmLogEntry, WarmMethod, WarmState } from '@shared/servers/keep-warm-types';
import { msg, type Message } from '@shared/i18n/message';
import { problemOf, UNEXPECTED } from '@shared/api/problem';
import {
  WarmError,
  reloadModel,
  unloadModel,
  warmOnce,
  warmPlan,
  type WarmOutcome,
  type WarmTarget,
} from './warm-methods';

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface KeepWarmOptions {
  /** Finds where a ref is served (provider base URL, key, server kind). */
  resolveTarget(ref: string): Promise<WarmTarget>;
  clock?: Clock;
  /** Overrides each method's interval (tests, benchmarks). */
  intervalMs?: number;
  maxBackoffMs?: number;
  random?: () => number;
  onLog?(entry: WarmLogEntry): void;
  logSize?: number;
}

interface Slot {
  ref: string;
  method: WarmMethod | null;
  timer: unknown;
  dueAt: number | null;
  failures: number;
  last: WarmLogEntry | null;
}

export function createKeepWarm(options: KeepWarmOptions) {
  const clock = options.clock ?? realClock;
  const random = options.random ?? Math.random;
  const maxBackoff = options.maxBackoffMs ?? 10 * 60_000;
  const slots = new Map<string, Slot>();
  const log: WarmLogEntry[] = [];
  const running = new Set<Promise<void>>();
  /** One request in flight per model, shared by the schedule and the Warm now / Reload / Unload actions. */
  const inFlight = new Map<string, Promise<WarmLogEntry>>();
  let stopped = false;

  const record = (entry: WarmLogEntry) => {
    log.unshift(entry);
    log.length = Math.min(log.length, options.logSize ?? 200);
    options.onLog?.(entry);
    return entry;
  };

  /** Runs one action for a ref, unless one is already in flight (then its result is shared). */
  const run = (
    ref: string,
    action: (target: WarmTarget) => Promise<WarmOutcome>,
    fallback: WarmMethod,
  ): Promise<WarmLogEntry> => {
    const slot = slots.get(ref);
    const current = inFlight.get(ref);
    if (current) return current;
    const started = clock.now();
    const task = (async () => {
      let method: WarmMethod = fallback;
      try {
        const target = await options.resolveTarget(ref);
        method = warmPlan(target).method;
        if (slot) slot.method = method;
        const outcome = await action(target);
        return record({
          at: new Date(clock.now()).toISOString(),
          ref,
          method: outcome.method,
          result: outcome.result,
          latencyMs: clock.now() - started,
          detail: outcome.detail,
          text: outcome.text,
        });
      } catch (error) {
        return record({
          at: new Date(clock.now()).toISOString(),
          ref,
          method: error instanceof WarmError ? error.method : method,
          result: 'error',
          latencyMs: clock.now() - started,
          detail: (error as Error).message,
          text: errorText(error) ?? msg('common.unexpected', { detail: (error as Error).message }),
        });
      }
    })();
    inFlight.set(ref, task);
    void task.finally(() => inFlight.delete(ref)); // the task logs its own failure and does not reject
    return task;
  };

  const intervalFor = async (slot: Slot) => {
    if (options.intervalMs) return options.intervalMs;
    try {
      return warmPlan(await options.resolveTarget(slot.ref)).intervalMs;
    } catch {
      return 60_000;
    }
  };

  const schedule = (slot: Slot, delay: number) => {
    if (stopped || !slots.has(slot.ref)) return;
    clock.clearTimeout(slot.timer);
    slot.dueAt = clock.now() + delay;
    const expected = slot.dueAt;
    slot.timer = clock.setTimeout(() => {
      const pending = tick(slot, expected);
      running.add(pending);
      void pending.finally(() => running.delete(pending)); // a failed warm-up is logged by run(); tick does not reject
    }, delay);
  };

  const tick = async (slot: Slot, expected: number) => {
    if (stopped || !slots.has(slot.ref)) return;
    const interval = await intervalFor(slot);
    // A timer far later than planned means the machine slept: say so, and check at once (now).
    if (clock.now() - expected > interval) {
      record({
        at: new Date(clock.now()).toISOString(),
        ref: slot.ref,
        method: slot.method ?? 'ping',
        result: 'ok',
        latencyMs: null,
        detail: 'resumed after sleep: checking now',
        text: msg('servers.warm.resumed'),
      });
    }
    const entry = await run(slot.ref, warmOnce, 'ping');
    slot.last = entry;
    if (entry.result === 'error') {
      slot.failures += 1;
      const backoff = Math.min(maxBackoff, interval * 2 ** Math.min(slot.failures - 1, 10));
      schedule(slot, Math.round(backoff * (0.8 + 0.4 * random())));
    } else {
      slot.failures = 0;
      schedule(slot, interval);
    }
  };

  return {
    /** Starts or stops keeping `ref` warm; starting checks it at once. */
    setKept(ref: string, kept: boolean): void {
      const existing = slots.get(ref);
      if (!kept) {
        if (existing) clock.clearTimeout(existing.timer);
        slots.delete(ref);
        return;
      }
      if (existing || stopped) return;
      const slot: Slot = { ref, method: null, timer: null, dueAt: null, failures: 0, last: null };
      slots.set(ref, slot);
      schedule(slot, 0);
    },
    kept(): string[] {
      return [...slots.keys()];
    },
    warmNow: (ref: string) => run(ref, warmOnce, 'ping'),
    reload: (ref: string) => run(ref, reloadModel, 'reload'),
    unload: (ref: string) => run(ref, unloadModel, 'unload'),
    /** After the system wakes: check every kept model now. */
    checkAll(): void {
      for (const slot of slots.values()) schedule(slot, 0);
    },
    /** Resolves once no scheduled step is running (tests and shutdown). */
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    report(): KeepWarmReport {
      const kept: WarmState[] = [...slots.values()].map((slot) => ({
        ref: slot.ref,
        method: slot.method,
        lastResult: slot.last,
        nextAt: slot.dueAt === null ? null : new Date(slot.dueAt).toISOString(),
        failures: slot.failures,
      }));
      return { kept, log: [...log] };
    },
    stop(): void {
      stopped = true;
      for (const slot of slots.values()) clock.clearTimeout(slot.timer);
      slots.clear();
    },
  };
}

export type KeepWarm = ReturnType<typeof createKeepWarm>;

/** The translatable form of a failure, when the error carries a problem (AppError, HttpError, WarmError). */
function errorText(error: unknown): Message | undefined {
  const said = problemOf(error);
  return said === UNEXPECTED ? undefined : said.message;
}
