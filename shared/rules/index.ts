/**
 * The rule book: every rule, once, in the order its findings are listed within a severity. The
 * config checks, the doctor and the check-up are views of it (shared/config/checks.ts,
 * shared/doctor/doctor.ts, shared/checkup/rules.ts): which rules, over which facts, in what order.
 */
import { CHECK_RULES } from './checkup';
import { aliasRules } from './config/aliases';
import { contextRules } from './config/context';
import { layoutRules } from './config/layout';
import { providerRules } from './config/providers';
import { refRules } from './config/refs';
import { checkupRules } from './doctor/checkup';
import { chainRules } from './doctor/chain';
import { fileRules } from './doctor/file';
import { machineRules } from './doctor/machine';
import { schemaRules } from './doctor/schema';
import { serverRules } from './doctor/servers';
import type { RuleFacts } from './facts';
import type { FactKind, Rule } from './rule';

/** The rules over the config alone: what the editor, `validate` and a save judge. */
export const CONFIG_RULES: readonly Rule<RuleFacts>[] = [
  ...refRules,
  ...aliasRules,
  ...providerRules,
  ...layoutRules,
  ...contextRules,
];

/** The rules over the file before there is a config (missing, unreadable, does not parse). */
export const FILE_RULES = fileRules;

/** The rules over the servers, this machine and the chain as a whole, which only the doctor gathers facts for. */
export const LIVE_RULES: readonly Rule<RuleFacts>[] = [...serverRules, ...chainRules, ...machineRules];

export const SCHEMA_RULES = schemaRules;

const judgesOf = (code: string): readonly FactKind[] => ruleById(code)?.judges ?? [];

/** The check-up's verdicts as findings (one rule per check), judged after every other rule. */
export const CHECKUP_FINDING_RULES: readonly Rule<RuleFacts>[] = checkupRules(judgesOf);

/** Every rule that makes findings. */
export const RULES: readonly Rule<never>[] = [
  ...FILE_RULES,
  ...SCHEMA_RULES,
  ...CONFIG_RULES,
  ...LIVE_RULES,
  ...CHECKUP_FINDING_RULES,
];

const BY_ID = new Map<string, Rule<never>>(RULES.map((rule) => [rule.id, rule]));
// Two rules with one finding code would make findings ambiguous: a programmer error, caught on import.
const repeated = RULES.find((rule, i) => RULES.findIndex((r) => r.id === rule.id) !== i);
if (repeated) throw new Error(`rule id repeated: ${repeated.id}`);

export function ruleById(id: string): Rule<never> | null {
  return BY_ID.get(id) ?? null;
}

export { CHECK_RULES };
