/** Where the panel reads a rule's line; the rule book keeps it (shared/rules/sources.ts). */
export { ruleLine, ruleSource, RULE_SOURCES, type RuleSource } from '../rules/sources';
