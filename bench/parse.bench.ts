/**
 * Reading a large config: parseJson5Fast (JSON5 transcoded to JSON, built by JSON.parse) against
 * json5's own parser on the same 50 providers × 200 models text, measured in the same run.
 * Target: at least twice as fast (every page, the doctor and every CLI command read the config).
 */
import JSON5 from 'json5';
import { parseJson5Fast } from '@shared/json5/fast-parse';
import { largeConfigText } from './config-save.bench';
import { medianMs, printSection } from './harness';

export function runParseBench(): void {
  const text = largeConfigText(50, 200);
  const json5 = medianMs(() => JSON5.parse(text), 7, 2);
  const fast = medianMs(() => parseJson5Fast(text), 7, 2);
  const ratio = json5 / fast;
  printSection(`Parse a ${(text.length / 1024 / 1024).toFixed(1)} MB config (50 providers × 200 models, median of 7)`, [
    {
      name: 'parseJson5Fast vs json5',
      value: `${fast.toFixed(0)} ms vs ${json5.toFixed(0)} ms: ${ratio.toFixed(1)}× faster${ratio >= 2 ? ', PASS (≥ 2×)' : ', FAIL (< 2×)'}`,
    },
  ]);
}
