/**
 * What a rule of the book is (its finding code, severity, OpenClaw source, the facts it judges and
 * its judge) and the one way findings are judged from rules: each hit becomes a finding under the
 * rule's code and severity. Rules that share one walk over the config (a family) run it once.
 */
import type { Message } from '../i18n/message';
import type { Finding, FindingFix, Severity } from './finding';

/**
 * The facts a rule judges, for views that show one verdict per fact: `provider` facts are about one
 * provider's server (a finding under `models.providers.<id>`), `anywhere` facts about the whole chain.
 */
export const FACT_SCOPES = {
  server: 'provider',
  'model-presence': 'provider',
  'loaded-context': 'provider',
  'responses-api': 'provider',
  'model-ref': 'anywhere',
} as const;
export type FactKind = keyof typeof FACT_SCOPES;

/** What one rule found at one place; the rule gives the code and (unless the hit says) the severity. */
export interface Hit {
  path: string;
  message: Message;
  fix?: FindingFix;
  /** A hit that is more or less severe than the rule usually is (a context floor only warned about). */
  severity?: Severity;
  ruleLine?: Message;
}

export interface Rule<F> {
  /** The finding code. */
  id: string;
  severity: Severity;
  /** The OpenClaw source it is read from (its releases: rule-ranges.json under the same id); none for servers and this machine. */
  openclaw?: { source: string; whileAbsent?: string };
  /** The facts it judges, when a view shows one verdict per fact (the doctor over the check-up). */
  judges?: readonly FactKind[];
  judge(facts: F): Hit[];
}

/** The rule's metadata, as `family` takes it. */
export type RuleSpec = Omit<Rule<never>, 'judge'>;

/** A coded hit from a family's one walk. */
export type CodedHit = Hit & { code: string };

/**
 * Rules that share one walk (the chain's refs, the alias map): the walk runs once per facts
 * object and each rule keeps its own code's hits. Every code the walk emits must be one of the specs.
 */
export function family<F extends object>(walk: (facts: F) => CodedHit[], specs: readonly RuleSpec[]): Rule<F>[] {
  const runs = new WeakMap<F, CodedHit[]>();
  const known = new Set(specs.map((s) => s.id));
  const run = (facts: F): CodedHit[] => {
    let hits = runs.get(facts);
    if (!hits) {
      hits = walk(facts);
      const stray = hits.find((h) => !known.has(h.code));
      if (stray) throw new Error(`unregistered finding code: ${stray.code}`);
      runs.set(facts, hits);
    }
    return hits;
  };
  return specs.map((spec) => ({
    ...spec,
    judge: (facts: F) => run(facts).filter((h) => h.code === spec.id),
  }));
}

/** Every rule's hits as findings, in the rules' order (each rule's hits in the order it found them). */
export function judgeRules<F>(rules: readonly Rule<F>[], facts: F): Finding[] {
  return rules.flatMap((rule) =>
    rule.judge(facts).map((hit): Finding => {
      const finding: Finding = {
        severity: hit.severity ?? rule.severity,
        code: rule.id,
        path: hit.path,
        message: hit.message,
      };
      if (hit.fix) finding.fix = hit.fix;
      if (hit.ruleLine) finding.ruleLine = hit.ruleLine;
      return finding;
    }),
  );
}
