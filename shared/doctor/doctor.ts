/**
 * The doctor (F8), a view of the rule book (shared/rules/): the guidance's troubleshooting list
 * and every rule there are facts for, most important first — the file found and parseable; valid
 * (ours and OpenClaw's); the config's own rules; local servers reachable, their models listed and
 * loaded at the configured context; the chain's safety net, WhatsApp's API, the primary's fit and
 * compaction; then the check-up's verdicts no other rule already gave. Each finding says what is
 * wrong in one sentence and, where the panel can, how to fix it.
 */
import { CHECKUP_FINDING_RULES, CONFIG_RULES, FILE_RULES, LIVE_RULES, SCHEMA_RULES } from '../rules';
import type { ConfigFileFacts, RuleFacts } from '../rules/facts';
import { bySeverity, type Finding } from '../rules/finding';
import { judgeFindings } from '../rules/judged';
import { judgeRules } from '../rules/rule';

export interface DoctorInput extends Omit<RuleFacts, 'config' | 'openclawVersion' | 'judged'> {
  /** The file, and its value as OpenClaw reads it when it parses. */
  config: ConfigFileFacts & { value: RuleFacts['config'] | null };
  /** The installed OpenClaw's version (null when unknown): rules that do not hold for it are left out. */
  openclawVersion?: string | null;
}

/** What the file's own rules say: one finding when it is missing, unreadable or does not parse, else none. */
export function fileFindings(file: ConfigFileFacts): Finding[] {
  return judgeRules(FILE_RULES, file);
}

export function runDoctor(input: DoctorInput): Finding[] {
  const { config: file, openclawVersion = null } = input;
  if (file.state !== 'ok' || !file.value) {
    const found = fileFindings(file);
    // A file that is "ok" without a value cannot happen; say it does not parse rather than nothing.
    return found.length ? found : fileFindings({ ...file, state: 'malformed' });
  }
  const facts: RuleFacts = { ...input, config: file.value, openclawVersion };
  const rules = [...SCHEMA_RULES, ...CONFIG_RULES, ...LIVE_RULES];
  const found = judgeFindings(judgeRules(rules, facts), openclawVersion);
  const checkup = judgeRules(CHECKUP_FINDING_RULES, { ...facts, judged: found });
  return bySeverity([...found, ...checkup]);
}
