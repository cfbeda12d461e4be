/**
 * The check-up, a view of the rule book: for one chain entry, every check-up rule's result in
 * the panel's order (shared/rules/checkup/); a hosted entry gets the chain check and skips the rest.
 */
import { msg } from '../i18n/message';
import { CHECK_RULES } from '../rules/checkup';
import type { JudgeInput } from '../rules/checkup/entry';
import type { CheckResult } from './types';

// The entry resolver, for callers that judge one entry themselves.
export { resolveEntry, type JudgeInput } from '../rules/checkup/entry';

/** Every check for one entry, in the order the panel shows them. */
export function judge(input: JudgeInput): CheckResult[] {
  const hosted = input.entry.location === 'hosted' || !input.entry.provider;
  return CHECK_RULES.map((rule) =>
    hosted && rule.local
      ? { id: rule.id, status: 'skip', summary: msg('checkup.skip.hosted'), evidence: [] }
      : rule.judge(input),
  );
}
