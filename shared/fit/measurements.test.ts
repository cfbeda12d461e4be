import { describe, expect, it } from 'vitest';
import { JUDGED_ROWS, MEASURED_ROWS, checkRow } from './measurements';
import { computeBufferBytes } from './memory-estimate';

describe('the fit estimator against published measurements (shared/fit/measurements.json)', () => {
  it('a row used to fit a factor does not judge it; at least two rows do', () => {
    expect(JUDGED_ROWS.length).toBeGreaterThanOrEqual(2);
    expect(JUDGED_ROWS.some((row) => row.fitted)).toBe(false);
    expect(MEASURED_ROWS.find((row) => row.id.startsWith('llama.cpp fit-params'))?.fitted).toBe('COMPUTE_PER_LOGITS');
  });

  it.each(JUDGED_ROWS.map((row) => [row.id, row] as const))('%s: within ±10 %', (_id, row) => {
    const check = checkRow(row);
    expect(
      Math.abs(check.error),
      `${check.estimated.toFixed(2)} vs ${check.measured} ${check.unit}`,
    ).toBeLessThanOrEqual(0.1);
  });

  it('the compute buffer is part of the estimate (without it the fit-params row is short by 898 MiB)', () => {
    const qwen = MEASURED_ROWS.find((row) => row.id.startsWith('llama.cpp fit-params'))!;
    const computeMiB = computeBufferBytes(qwen.inputs.vocab) / 2 ** 20;
    expect(Math.abs(computeMiB - qwen.measured.compute!) / qwen.measured.compute!).toBeLessThan(0.02);
  });
});
