/**
 * The check-up as doctor findings: a failed check is an error, a warning is a note (the
 * doctor's own findings already cover the basic warnings), each with its fix. Checks the
 * doctor already reports in its own words (model not on the server, context above the
 * loaded one, no /v1/responses, server down) are left to it.
 */
import type { CheckupReport } from '@shared/checkup/types';
import type { Finding } from '@shared/config/checks';
import { msg } from '@shared/i18n/message';

const COVERED_BY_DOCTOR: Record<string, readonly string[]> = {
  presence: ['model-not-on-server'],
  context: ['context-above-loaded'],
  endpoint: ['responses-missing'],
  chain: ['server-unreachable', 'server-timeout', 'server-auth', 'server-error', 'server-not-openai', 'ref-unresolved'],
};

export function checkupFindings(report: CheckupReport, existing: readonly Finding[]): Finding[] {
  /** The doctor said it already: the same kind of finding, about this entry's provider (or anywhere, for refs). */
  const covered = (entry: CheckupReport['entries'][number], id: string) =>
    existing.some(
      (f) =>
        (COVERED_BY_DOCTOR[id] ?? []).includes(f.code) &&
        (f.code === 'ref-unresolved' ||
          f.path.toLowerCase().startsWith(`models.providers.${(entry.providerId ?? '').toLowerCase()}`)),
    );
  return report.entries.flatMap((entry) =>
    entry.checks
      .filter((check) => check.status === 'fail' || check.status === 'warn')
      .filter((check) => !covered(entry, check.id))
      .map((check): Finding => {
        const finding: Finding = {
          severity: check.status === 'fail' ? 'error' : 'info',
          code: `checkup-${check.id}`,
          path: entry.ref,
          // Messages nest: the check's name and its verdict are translated where the finding is shown.
          message: msg('checkup.doctorFinding', {
            ref: entry.ref,
            check: msg(`checkup.check.${check.id}`),
            summary: check.summary,
          }),
        };
        return check.fix ? { ...finding, fix: { label: check.fix.label, operations: check.fix.operations } } : finding;
      }),
  );
}
