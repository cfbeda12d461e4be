/** Rules on model rows' context: contextTokens above contextWindow, and a context under the OpenClaw release's floor. */
import { providerModels, providersOf } from '../../config/config-access';
import { PINNED_OPENCLAW_VERSION } from '../../config/openclaw-release';
import { msg } from '../../i18n/message';
import { contextMinimumVerdict } from '../context-minimum';
import type { RuleFacts } from '../facts';
import type { Hit, Rule } from '../rule';

function aboveWindow({ config }: RuleFacts): Hit[] {
  const hits: Hit[] = [];
  for (const [id, value] of Object.entries(providersOf(config))) {
    providerModels(value).forEach((row, i) => {
      const { contextTokens, contextWindow } = row;
      if (typeof contextTokens !== 'number' || typeof contextWindow !== 'number' || contextTokens <= contextWindow)
        return;
      hits.push({
        path: `models.providers.${id}.models.${i}.contextTokens`,
        message: msg('checks.contextTokensAboveWindow', {
          ref: `${id}/${String(row.id)}`,
          tokens: contextTokens,
          window: contextWindow,
        }),
        fix: {
          label: msg('checks.fix.setContextTokens', { tokens: contextWindow }),
          operations: [
            { op: 'updateModel', provider: id, id: String(row.id), set: { contextTokens: Math.floor(contextWindow) } },
          ],
        },
      });
    });
  }
  return hits;
}

/**
 * A model row whose context (the smaller of contextTokens and contextWindow) is under the floor of
 * the OpenClaw release judged for (rule-ranges.json `context-window-minimum`, applied as the
 * check-up does: ../context-minimum.ts; the pinned release's when no OpenClaw was found). A
 * warning, not an error: OpenClaw's own validation accepts the file, it refuses the model when it runs.
 */
function underFloor({ config, openclawVersion }: RuleFacts): Hit[] {
  const hits: Hit[] = [];
  // One verdict per context size (a 50 × 200 config has a handful): judging each of 10,000 rows
  // against the version ranges again cost the Providers page a fifth of a second.
  const verdicts = new Map<number, ReturnType<typeof contextMinimumVerdict>>();
  const verdictFor = (tokens: number) => {
    let verdict = verdicts.get(tokens);
    // No OpenClaw found: the pinned release's floor, as the editor says it judges for (judgedForLine).
    if (!verdict)
      verdicts.set(tokens, (verdict = contextMinimumVerdict(tokens, openclawVersion ?? PINNED_OPENCLAW_VERSION)));
    return verdict;
  };
  for (const [id, value] of Object.entries(providersOf(config))) {
    providerModels(value).forEach((row, i) => {
      const sizes = [row.contextTokens, row.contextWindow].filter(
        (n): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0,
      );
      if (sizes.length === 0) return;
      const tokens = Math.min(...sizes);
      const floor = verdictFor(tokens);
      if (floor.status === 'pass') return;
      const [unverified, verdict] = floor.evidence.length > 1 ? floor.evidence : [undefined, floor.evidence[0]];
      hits.push({
        severity: floor.status === 'fail' ? 'warning' : 'info',
        path: `models.providers.${id}.models.${i}.${row.contextTokens === tokens ? 'contextTokens' : 'contextWindow'}`,
        message: msg('judged.contextFloor', { ref: `${id}/${String(row.id)}`, verdict: verdict! }),
        ...(unverified ? { ruleLine: unverified } : {}),
      });
    });
  }
  return hits;
}

export const contextRules: Rule<RuleFacts>[] = [
  {
    id: 'context-tokens-above-window',
    severity: 'warning',
    openclaw: {
      source: 'src/agents/context-window-guard.ts; src/config/zod-schema.core.ts (ModelDefinitionSchema)',
    },
    judge: aboveWindow,
  },
  { id: 'context-window-minimum', severity: 'warning', judge: underFloor },
];
