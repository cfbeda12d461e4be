/**
 * The fit estimator against published measurements (shared/fit/measurements.json): each
 * row's estimate, the measured value and the error. Target: every judged row within ±10 %; a row
 * used to fit a factor is marked and not judged.
 */
import { MEASURED_ROWS, checkRow } from '@shared/fit/measurements';
import { printSection } from './harness';

export function runFitBench(): void {
  const checks = MEASURED_ROWS.map(checkRow);
  printSection(
    'Fit estimate vs measured memory (target: every judged row within ±10 %)',
    checks.map((check) => ({
      name: check.id,
      value: `estimated ${check.estimated.toFixed(2)} vs measured ${check.measured} ${check.unit}: ${check.error >= 0 ? '+' : ''}${(check.error * 100).toFixed(1)} %${
        check.fitted
          ? `  (fitted ${check.fitted}: not judged)`
          : Math.abs(check.error) <= 0.1
            ? ''
            : '  ← outside ±10 %'
      }`,
    })),
  );
}
