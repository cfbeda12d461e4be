/** A small timing harness for `npm run bench`: median of repeated runs after a warm-up. */
import { performance } from 'node:perf_hooks';

export interface BenchLine {
  name: string;
  value: string;
}

export function medianMs(fn: () => void, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function printSection(title: string, lines: BenchLine[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...lines.map((line) => line.name.length));
  for (const line of lines) console.log(`  ${line.name.padEnd(width)}  ${line.value}`);
}
