/**
 * The check-up's verdicts as doctor findings: a failed check is an error, a warning a note, each
 * with its fix. A verdict about facts another rule of the doctor already judged for that entry's
 * provider (or, for the chain's refs, anywhere) is left to that rule: each rule names the facts it
 * judges (`judges`), so no table of duplicates is kept by hand.
 */
import { CHECK_IDS, type CheckId, type CheckupEntry } from '../../checkup/types';
import { msg } from '../../i18n/message';
import { checkRule } from '../checkup';
import type { RuleFacts } from '../facts';
import type { Finding } from '../finding';
import { FACT_SCOPES, type FactKind, type Hit, type Rule } from '../rule';

/** True when `finding` (judged by a rule that judges `facts`) already says what the check says about `entry`. */
function says(finding: Finding, facts: readonly FactKind[], check: readonly FactKind[], entry: CheckupEntry): boolean {
  const provider = `models.providers.${(entry.providerId ?? '').toLowerCase()}`;
  return check.some(
    (kind) =>
      facts.includes(kind) && (FACT_SCOPES[kind] === 'anywhere' || finding.path.toLowerCase().startsWith(provider)),
  );
}

function checkupRule(id: CheckId, judgesOf: (code: string) => readonly FactKind[]): Rule<RuleFacts> {
  const judges = checkRule(id).judges;
  return {
    id: `checkup-${id}`,
    severity: 'error',
    judge: ({ checkup, judged = [] }) =>
      (checkup?.entries ?? []).flatMap((entry): Hit[] =>
        entry.checks
          .filter((check) => check.id === id && (check.status === 'fail' || check.status === 'warn'))
          .filter(() => !judged.some((f) => says(f, judgesOf(f.code), judges, entry)))
          .map((check) => ({
            severity: check.status === 'fail' ? 'error' : 'info',
            path: entry.ref,
            // Messages nest: the check's name and its verdict are translated where the finding is shown.
            message: msg('checkup.doctorFinding', {
              ref: entry.ref,
              check: msg(`checkup.check.${check.id}`),
              summary: check.summary,
            }),
            ...(check.fix ? { fix: { label: check.fix.label, operations: check.fix.operations } } : {}),
          })),
      ),
  };
}

/** One rule per check; `judgesOf` names the facts the rule behind a finding code judges (the registry's). */
export const checkupRules = (judgesOf: (code: string) => readonly FactKind[]): Rule<RuleFacts>[] =>
  CHECK_IDS.map((id) => checkupRule(id, judgesOf));
