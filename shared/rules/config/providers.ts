/** Rules on each provider: lower-case ids, a timeout for local servers, the Responses API and /v1 where servers need them. */
import { asObject, providersOf } from '../../config/config-access';
import { effectiveEnv } from '../../config/env-refs';
import { classifyBaseUrl, isLocalLocation, providerLocation } from '../../config/provider-kind';
import { msg } from '../../i18n/message';
import { DEFAULT_PORTS } from '../../servers/defaults';
import type { RuleFacts } from '../facts';
import { family, type CodedHit } from '../rule';

/** Suggested timeout for cold local loads (reference: 300–900 s). */
export const LOCAL_TIMEOUT_SECONDS = 600;

function walk({ config }: RuleFacts): CodedHit[] {
  const hits: CodedHit[] = [];
  const env = effectiveEnv(config);
  for (const [id, value] of Object.entries(providersOf(config))) {
    const provider = asObject(value);
    if (!provider) continue;
    const path = `models.providers.${id}`;
    if (id !== id.toLowerCase())
      hits.push({ code: 'provider-id-case', path, message: msg('checks.providerIdCase', { id: id.toLowerCase() }) });
    const location = providerLocation(id, provider, env);
    if (isLocalLocation(location) && provider.timeoutSeconds === undefined) {
      hits.push({
        code: 'local-no-timeout',
        path: `${path}.timeoutSeconds`,
        message: msg(location === 'lan' ? 'checks.lanNoTimeout' : 'checks.localNoTimeout', { id }),
        fix: {
          label: msg('checks.fix.setTimeout', { seconds: LOCAL_TIMEOUT_SECONDS }),
          operations: [{ op: 'updateProvider', id, set: { timeoutSeconds: LOCAL_TIMEOUT_SECONDS } }],
        },
      });
    }
    const baseUrl = typeof provider.baseUrl === 'string' ? provider.baseUrl : '';
    if (
      provider.api === 'openai-responses' &&
      (/^llama/.test(id) || new RegExp(`:${DEFAULT_PORTS.llamacpp}(/|$)`).test(baseUrl))
    ) {
      hits.push({
        code: 'responses-unsupported',
        path: `${path}.api`,
        message: msg('checks.responsesUnsupported', { id }),
        fix: {
          label: msg('checks.fix.useApi', { api: 'openai-completions' }),
          operations: [{ op: 'updateProvider', id, set: { api: 'openai-completions' } }],
        },
      });
    }
    const urlLocation = baseUrl ? classifyBaseUrl(baseUrl, env) : null;
    if (urlLocation && isLocalLocation(urlLocation) && !/\/v1\/?$/.test(baseUrl) && provider.api !== 'ollama')
      hits.push({ code: 'base-url-no-v1', path: `${path}.baseUrl`, message: msg('checks.baseUrlNoV1', { baseUrl }) });
  }
  return hits;
}

export const providerRules = family(walk, [
  {
    id: 'provider-id-case',
    severity: 'warning',
    openclaw: { source: 'packages/model-catalog-core/src/provider-id.ts' },
  },
  {
    id: 'local-no-timeout',
    severity: 'warning',
    openclaw: { source: 'src/config/zod-schema.core.ts (ModelProviderSchema.timeoutSeconds)' },
  },
  { id: 'responses-unsupported', severity: 'warning' },
  { id: 'base-url-no-v1', severity: 'info' },
]);
