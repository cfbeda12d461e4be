/**
 * The check-up as doctor findings: a failed check is an error, a warning is a note (the
 * doctor's own findings already cover the basic warnings), each with its fix. Checks the
 * doctor already reports in its own words (model not on the server, context above the
 * loaded one, no /v1/responses, server down) are left to it.
 */
import type { CheckupReport } from '../../../shared/checkup/types';
import type { Finding } from '../../../shared/config/checks';
import { msg } from '../../../shared/i18n/message';
import type { Translator } from '../../../locales/translate';

const COVERED_BY_DOCTOR: Record<string, readonly string[]> = {
  presence: ['model-not-on-server'],
  context: ['context-above-loaded'],
  endpoint: ['responses-missing'],
  chain: ['server-unreachable', 'server-timeout', 'server-auth', 'server-error', 'server-not-openai', 'ref-unresolved'],
};

export function checkupFindings(report: CheckupReport, existing: readonly Finding[], t: Translator): Finding[] {
  const codes = new Set(existing.map((f) => f.code));
  return report.entries.flatMap((entry) =>
    entry.checks
      .filter((check) => check.status === 'fail' || check.status === 'warn')
      .filter((check) => !(COVERED_BY_DOCTOR[check.id] ?? []).some((code) => codes.has(code)))
      .map((check): Finding => {
        const evidence = check.evidence.map((e) => t.message(e)).join(' ');
        const finding: Finding = {
          severity: check.status === 'fail' ? 'error' : 'info',
          code: `checkup-${check.id}`,
          path: entry.ref,
          message: `${entry.ref} — ${t.message(msg(`checkup.check.${check.id}`))}: ${t.message(check.summary)}${evidence ? ` ${evidence}` : ''}`,
        };
        return check.fix
          ? { ...finding, fix: { label: t.message(check.fix.label), operations: check.fix.operations } }
          : finding;
      }),
  );
}
