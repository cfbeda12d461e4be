/**
 * Where each rule of the book about OpenClaw's behaviour comes from: the OpenClaw releases it
 * holds for (rule-ranges.json, probed from the published packages) and the source file (or schema
 * path) it was read from (the rule's own `openclaw`), keyed by finding code; and the rule line the
 * CLI and the panel show. Rules about servers (LM Studio, llama.cpp, Ollama) or this machine have none.
 */
import { msg, type Message } from '../i18n/message';
import { RULES } from './index';
import { ruleVerdict, ruleVersions } from './ranges';

export interface RuleSource {
  /** The OpenClaw releases the rule holds for (ranges over OpenClaw's calendar versions, `||` between them). */
  versions: string;
  /** OpenClaw source file (in the openclaw/openclaw repository) or schema path the rule is read from. */
  source: string;
  /** The rule holds only while this config key is absent. */
  whileAbsent?: string;
}

/** Every rule of the book read from OpenClaw's source, with its versions from rule-ranges.json under the same code. */
export const RULE_SOURCES: Readonly<Record<string, RuleSource>> = Object.fromEntries(
  RULES.flatMap((rule) => {
    if (!rule.openclaw) return [];
    const versions = ruleVersions(rule.id);
    if (versions === null) throw new Error(`rule-ranges.json lacks ${rule.id}`);
    return [[rule.id, { versions, ...rule.openclaw }]];
  }),
);

export const ruleSource = (code: string): RuleSource | null => RULE_SOURCES[code] ?? null;

/**
 * The rule line for the CLI and the panel (`OpenClaw >=2026.4.20 · src/… (while … is absent)`),
 * naming the installed version when known: "yours" where the rule holds for it, "not verified"
 * where that release was never probed. Null for findings that are not OpenClaw rules.
 */
export function ruleLine(code: string, installedVersion: string | null = null): Message | null {
  const rule = ruleSource(code);
  if (!rule) return null;
  const verdict = ruleVerdict(code, installedVersion);
  const versions =
    installedVersion === null || verdict === 'unknown'
      ? msg('rules.versions', { range: rule.versions })
      : verdict === 'unverified'
        ? msg('rules.versionsUnverified', { range: rule.versions, version: installedVersion })
        : msg('rules.versionsInstalled', { range: rule.versions, version: installedVersion });
  return rule.whileAbsent
    ? msg('rules.lineWhileAbsent', { versions, source: rule.source, key: rule.whileAbsent })
    : msg('rules.line', { versions, source: rule.source });
}
