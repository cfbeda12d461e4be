/**
 * The fallback drill, a view of the rule book: every drill rule (one module each) judges every chain
 * entry, then the walk decides which entries the chain would reach (an entry that is not reached stops
 * every later one) and names the first that would not be reached, and why.
 */
import { msg, type Message } from '../../i18n/message';
import { allowedRule } from './allowed';
import { answersRule } from './answers';
import { credentialsRule } from './credentials';
import type { DrillFacts } from './facts';
import { reachedRule } from './reached';
import type { DrillEntry, DrillStep } from './report';
import type { DrillRule } from './rule';

/** In the order a request meets them: reached at all, admitted, a key that resolves, an answer. */
export const DRILL_RULES: readonly DrillRule[] = [reachedRule, allowedRule, credentialsRule, answersRule];

const failed = (steps: DrillStep[], id: DrillStep['id']) => steps.find((s) => s.id === id && s.status === 'fail');

/** Every entry's steps and its verdict, and the report's one line. */
export function drillChain(facts: DrillFacts): { entries: DrillEntry[]; verdict: Message } {
  const entries: DrillEntry[] = [];
  let stoppedAt: { ref: string; why: Message } | null = null;
  facts.entries.forEach((e, index) => {
    const steps = DRILL_RULES.map((rule) => rule.judge(facts, index));
    const cut = failed(steps, 'reached') ?? (index > 0 ? failed(steps, 'allowed') : undefined);
    const reached = !stoppedAt && !cut;
    const why: Message | null = stoppedAt
      ? msg('drill.why.after', { ref: stoppedAt.ref })
      : cut
        ? cut.summary
        : (steps.find((s) => s.status === 'fail')?.summary ?? null);
    const noAnswer = steps.some((s) => s.status === 'fail');
    const asked = steps.find((s) => s.id === 'answers')!.status !== 'skip';
    entries.push({
      ref: e.ref,
      role: e.role,
      reached,
      answers: noAnswer ? false : asked ? true : null,
      why,
      steps,
    });
    if (!reached && !stoppedAt) stoppedAt = { ref: e.ref, why: why! };
  });
  const first = entries.find((e) => !e.reached);
  const silent = entries.find((e) => e.reached && e.answers === false);
  const verdict = first
    ? msg('drill.verdict.notReached', { ref: first.ref, why: first.why! })
    : silent
      ? msg('drill.verdict.wontAnswer', { ref: silent.ref, why: silent.why! })
      : entries.length === 0
        ? msg('drill.verdict.noChain')
        : msg('drill.verdict.ok', { count: entries.length });
  return { entries, verdict };
}
