/**
 * The config checks, a view of the rule book (shared/rules/): the rules over the config alone,
 * judged for the installed OpenClaw release, most important first — what the editor, `validate`
 * and a save show. Each finding says what is wrong and, where the panel can fix it, which operations do.
 */
import { CONFIG_RULES } from '../rules';
import { bySeverity, type Finding } from '../rules/finding';
import { judgeFindings } from '../rules/judged';
import { judgeRules } from '../rules/rule';
import type { ConfigObject } from './config-access';

/**
 * The config's findings judged for the installed OpenClaw release (null: none found, the pinned
 * release's rules): rules that do not hold there are left out, as the doctor leaves them out.
 */
export function checkConfig(config: ConfigObject, openclawVersion: string | null): Finding[] {
  return bySeverity(judgeFindings(judgeRules(CONFIG_RULES, { config, openclawVersion }), openclawVersion));
}

/** The findings `after` has that `before` did not (by code and path): what an edit introduced. */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  // A finding that only moved (a broken fallback now one place lower) is not new: positions are left out.
  const identity = (f: Finding) =>
    `${f.code}@${f.path.replace(/\.\d+/g, '.#')}@${JSON.stringify(f.message).replace(/\d+/g, '#')}`;
  const seen = new Set(before.map(identity));
  return after.filter((f) => !seen.has(identity(f)));
}
