/** A clock whose time only moves when a test says so; timers fire in order as it advances. */
import type { Clock } from '@node/services/servers/keep-warm';

export function manualClock(start = Date.UTC(2026, 10, 21, 9, 0, 0)) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock & { advance(ms: number): void; pending(): number[] } = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    /** Moves time forward, firing every timer that comes due (in order). */
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
      }
      now = end;
    },
    /** When the waiting timers are due, relative to now. */
    pending: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
  };
  return clock;
}
