/**
 * The measured rows of shared/fit/measurements.json against the estimator: for each row,
 * what the estimator says, what was measured, and the relative error. The test holds
 * every judged row (not one used to fit a factor) to ±10 %; `npm run bench` prints them all.
 */
import data from './measurements.json';
import { estimateMemory, weightBytesFromParams } from './memory-estimate';

export interface MeasuredRow {
  id: string;
  compare: 'total' | 'weights' | 'kv';
  unit: string;
  inputs: {
    weights?: number;
    params?: number;
    bitsPerWeight?: number;
    kvBytesPerToken?: number;
    context?: number;
    vocab?: number;
  };
  measured: Record<string, number>;
  source: string;
  /** The factor this row was used to fit (memory-estimate.ts): printed, never used to judge the estimate. */
  fitted?: string;
}

export const MEASURED_ROWS: readonly MeasuredRow[] = (data as unknown as { rows: MeasuredRow[] }).rows;

/** Bytes per unit of a row ('GB (as reported)' is read as the source wrote it: only ratios are compared). */
function unitBytes(unit: string): number {
  if (unit.startsWith('MiB')) return 2 ** 20;
  if (unit.startsWith('GiB')) return 2 ** 30;
  return 1e9;
}

export interface RowCheck {
  id: string;
  unit: string;
  measured: number;
  estimated: number;
  /** (estimated − measured) ÷ measured */
  error: number;
  source: string;
  fitted: string | null;
}

/** The rows that judge the estimate: every row not used to fit one of its factors. */
export const JUDGED_ROWS: readonly MeasuredRow[] = MEASURED_ROWS.filter((row) => !row.fitted);

export function checkRow(row: MeasuredRow): RowCheck {
  const unit = unitBytes(row.unit);
  let estimatedBytes: number;
  if (row.compare === 'weights') {
    estimatedBytes = weightBytesFromParams(row.inputs.params!, row.inputs.bitsPerWeight!);
  } else if (row.compare === 'kv') {
    estimatedBytes = estimateMemory({
      weightBytes: 0,
      kvBytesPerToken: row.inputs.kvBytesPerToken!,
      context: row.inputs.context!,
    }).kvBytes;
  } else {
    estimatedBytes = estimateMemory({
      weightBytes: row.inputs.weights! * unit,
      kvBytesPerToken: row.inputs.kvBytesPerToken!,
      context: row.inputs.context!,
      vocab: row.inputs.vocab,
    }).totalBytes;
  }
  const measured = row.measured[row.compare]!;
  const estimated = estimatedBytes / unit;
  return {
    id: row.id,
    unit: row.unit,
    measured,
    estimated,
    error: (estimated - measured) / measured,
    source: row.source,
    fitted: row.fitted ?? null,
  };
}
