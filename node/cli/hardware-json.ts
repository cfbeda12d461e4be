/** What `hardware --json` prints: the report, the added machines and the total budget (one shape for the full and the quick start). */
import type { HardwareReport } from '@shared/hardware/report';

export function hardwareJson(
  report: HardwareReport,
  extraMachines: readonly unknown[],
  totalBudgetBytes: number | null,
  cluster: unknown = null,
) {
  return { ...report, extraMachines, totalBudgetBytes, ...(cluster ? { cluster } : {}) };
}
