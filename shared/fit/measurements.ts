/**
 * The measured rows of shared/fit/measurements.json against the estimator: for each row,
 * what the estimator says, what was measured, and the relative error. The test holds
 * every row to ±10 %; `npm run bench` prints them.
 */
import data from './measurements.json';
import { estimateMemory, weightBytesFromParams } from './memory-estimate';

export interface MeasuredRow {
  id: string;
  compare: 'total' | 'weights';
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
}

export function checkRow(row: MeasuredRow): RowCheck {
  const unit = unitBytes(row.unit);
  let estimatedBytes: number;
  if (row.compare === 'weights') {
    estimatedBytes = weightBytesFromParams(row.inputs.params!, row.inputs.bitsPerWeight!);
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
  };
}
