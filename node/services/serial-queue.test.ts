import { describe, expect, it } from 'vitest';
import { serialQueue } from './serial-queue';

describe('serialQueue', () => {
  it('runs one task at a time, in order, and a failure reaches its caller without stopping the next', async () => {
    const serial = serialQueue();
    const log: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      serial(async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(`${name} failed`);
        return name;
      });
    const a = step('a', 30);
    const b = step('b', 1, true);
    const c = step('c', 1);
    await expect(a).resolves.toBe('a');
    await expect(b).rejects.toThrow('b failed');
    await expect(c).resolves.toBe('c');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
