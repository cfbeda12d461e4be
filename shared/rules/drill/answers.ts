/**
 * Drill rule 3, a real answer: the entry's own model answers a 1-token completion within the entry's
 * own timeout. A server whose /health says "ok" while completions get 500 (llama.cpp#27309) fails here;
 * so does a completion that outlasts the timeout. Hosted models are not asked (a request costs money).
 * Which failures OpenClaw hands to the next entry: docs/concepts/model-failover.md, src/agents/failover-policy.ts.
 */
import { msg } from '../../i18n/message';
import type { DrillRule } from './rule';
import { step } from './rule';

export const answersRule: DrillRule = {
  id: 'answers',
  openclaw: { source: 'docs/concepts/model-failover.md, src/agents/failover-policy.ts', versions: '>=2026.1.29' },
  judge({ entries }, index) {
    const { entry, ask } = entries[index]!;
    if (entry.location === 'hosted' || !entry.provider) return step('answers', 'skip', msg('drill.answers.hosted'));
    if (!ask) return step('answers', 'skip', msg('drill.answers.notAsked'));
    const seconds = ask.timeoutSeconds;
    switch (ask.outcome) {
      case 'answers':
        return step('answers', 'pass', msg('drill.answers.ok', { seconds }));
      case 'timeout':
        return step('answers', 'fail', msg('drill.answers.timeout', { seconds }), [msg('drill.answers.timeoutAdvice')]);
      case 'unreachable':
        return step('answers', 'fail', msg('drill.answers.unreachable'), [
          msg('drill.answers.said', { error: ask.error ?? '' }),
        ]);
      case 'error': {
        const status = ask.status ?? 0;
        const summary =
          status === 401 || status === 403
            ? msg('drill.answers.refused', { status })
            : status === 404
              ? msg('drill.answers.notFound')
              : msg('drill.answers.error', { status });
        const evidence = [msg('drill.answers.said', { error: ask.error ?? '' })];
        if (status >= 500) evidence.push(msg('drill.answers.healthyButFailing'));
        return step('answers', 'fail', summary, evidence);
      }
    }
  },
};
