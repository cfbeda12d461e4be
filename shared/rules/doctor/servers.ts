/** Rules on each local provider's server as probed: it answers, has /v1/responses where used, lists and loaded the rows at their context. */
import { asObject, providerModels, providersOf } from '../../config/config-access';
import { msg } from '../../i18n/message';
import { serverProblemSchema } from '../../servers/probe-result';
import type { RuleFacts } from '../facts';
import { family, type CodedHit, type RuleSpec } from '../rule';

function walk({ config, servers = [] }: RuleFacts): CodedHit[] {
  const hits: CodedHit[] = [];
  const providers = providersOf(config);
  for (const { providerId, probe } of servers) {
    const path = `models.providers.${providerId}`;
    if (probe.problem) {
      hits.push({
        code: `server-${probe.problem.code}`,
        path,
        message: msg('doctor.serverProblem', {
          provider: providerId,
          problem: probe.problem.message,
          advice: probe.problem.advice,
        }),
      });
      continue;
    }
    const provider = asObject(providers[providerId]) ?? {};
    if (provider.api === 'openai-responses' && probe.responsesApi === false) {
      hits.push({
        code: 'responses-missing',
        path: `${path}.api`,
        message: msg('doctor.responsesMissing', { provider: providerId }),
        fix: {
          label: msg('checks.fix.useApi', { api: 'openai-completions' }),
          operations: [{ op: 'updateProvider', id: providerId, set: { api: 'openai-completions' } }],
        },
      });
    }
    for (const row of providerModels(provider)) {
      const id = String(row.id);
      const ref = `${providerId}/${id}`;
      const served = probe.models.find((m) => m.id === id || m.id.toLowerCase() === id.toLowerCase());
      const rowPath = `${path}.models.${id}`;
      if (!served) {
        hits.push({ code: 'model-not-on-server', path: rowPath, message: msg('doctor.modelNotOnServer', { ref }) });
        continue;
      }
      if (served.loaded === false)
        hits.push({ code: 'model-not-loaded', path: rowPath, message: msg('doctor.modelNotLoaded', { ref }) });
      const window = typeof row.contextWindow === 'number' ? row.contextWindow : null;
      const budgetTokens = typeof row.contextTokens === 'number' ? row.contextTokens : window;
      if (served.loaded && served.contextLength && budgetTokens && budgetTokens > served.contextLength) {
        hits.push({
          code: 'context-above-loaded',
          path: `${rowPath}.contextWindow`,
          message: msg('doctor.contextAboveLoaded', { ref, configured: budgetTokens, loaded: served.contextLength }),
          fix: {
            label: msg('doctor.fix.setContextTokens', { tokens: served.contextLength }),
            operations: [{ op: 'updateModel', provider: providerId, id, set: { contextTokens: served.contextLength } }],
          },
        });
      }
    }
  }
  return hits;
}

const SERVER_PROBLEM_RULES: RuleSpec[] = serverProblemSchema.shape.code.options.map((code) => ({
  id: `server-${code}`,
  severity: 'error',
  judges: ['server'],
}));

export const serverRules = family(walk, [
  ...SERVER_PROBLEM_RULES,
  { id: 'responses-missing', severity: 'error', judges: ['responses-api'] },
  { id: 'model-not-on-server', severity: 'warning', judges: ['model-presence'] },
  { id: 'model-not-loaded', severity: 'warning' },
  { id: 'context-above-loaded', severity: 'warning', judges: ['loaded-context'] },
]);
