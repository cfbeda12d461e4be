/** Rules on the chain as a whole: a primary, a hosted safety net for a local one, WhatsApp's API, its fit, compaction. */
import { formatGB } from '../../units/memory';
import { agentDefaults, asObject, modelChain, providersOf, type ConfigObject } from '../../config/config-access';
import { isLocalRef } from '../../config/local-refs';
import { parseModelRef } from '../../config/model-ref';
import { msg } from '../../i18n/message';
import type { RuleFacts } from '../facts';
import type { Hit, Rule } from '../rule';

const PRIMARY = 'agents.defaults.model.primary';

/** The primary when it is served locally (the rules below are about local primaries). */
function localPrimary(config: ConfigObject): string | null {
  const { primary } = modelChain(config);
  return primary && isLocalRef(config, primary) ? primary : null;
}

/**
 * Every agent of the roster names its own model (`agents.entries.*.model`, or the old
 * `agents.list[].model` OpenClaw migrates to it): the defaults' primary is then never asked for.
 * Source: OpenClaw docs/concepts/model-failover.md (a per-agent primary is that agent's model).
 */
function everyAgentNamesModel(config: ConfigObject): boolean {
  const agents = asObject(config.agents);
  const roster = Array.isArray(agents?.list) ? agents.list : Object.values(asObject(agents?.entries) ?? {});
  const named = (model: unknown) =>
    (typeof model === 'string' && model.trim() !== '') || typeof asObject(model)?.primary === 'string';
  return roster.length > 0 && roster.every((agent) => named(asObject(agent)?.model));
}

const gb = formatGB;

function whatsapp({ config }: RuleFacts): Hit[] {
  const primary = localPrimary(config);
  if (!primary || !asObject(asObject(config.channels)?.whatsapp)) return [];
  const provider = parseModelRef(primary)?.provider;
  const api = provider ? asObject(providersOf(config)[provider])?.api : undefined;
  if (!provider || api === 'openai-responses') return [];
  return [
    {
      path: `models.providers.${provider}.api`,
      message: msg('doctor.whatsappResponses'),
      fix: {
        label: msg('checks.fix.useApi', { api: 'openai-responses' }),
        operations: [{ op: 'updateProvider', id: provider, set: { api: 'openai-responses' } }],
      },
    },
  ];
}

function contextTooLarge({ config, primaryFit: fit }: RuleFacts): Hit[] {
  const primary = localPrimary(config);
  if (!primary || fit?.verdict !== 'fits-smaller-context' || !fit.maxContext) return [];
  const ref = parseModelRef(primary)!;
  return [
    {
      path: PRIMARY,
      message: msg('doctor.primaryContextTooLarge', { ref: primary, max: fit.maxContext, configured: fit.context }),
      fix: {
        label: msg('doctor.fix.setContextTokens', { tokens: fit.maxContext }),
        operations: [
          { op: 'updateModel', provider: ref.provider, id: ref.model, set: { contextTokens: fit.maxContext } },
        ],
      },
    },
  ];
}

export const chainRules: Rule<RuleFacts>[] = [
  {
    id: 'no-primary',
    severity: 'warning',
    judge: ({ config }) =>
      modelChain(config).primary || everyAgentNamesModel(config)
        ? []
        : [{ path: PRIMARY, message: msg('doctor.noPrimary') }],
  },
  {
    id: 'no-hosted-fallback',
    severity: 'warning',
    judge: ({ config }) => {
      const primary = localPrimary(config);
      if (!primary || modelChain(config).fallbacks.some((f) => !isLocalRef(config, f))) return [];
      return [{ path: 'agents.defaults.model.fallbacks', message: msg('doctor.noHostedFallback', { ref: primary }) }];
    },
  },
  { id: 'whatsapp-responses', severity: 'warning', judge: whatsapp },
  {
    id: 'primary-does-not-fit',
    severity: 'error',
    judge: ({ config, primaryFit: fit }) => {
      const primary = localPrimary(config);
      if (!primary || fit?.verdict !== 'does-not-fit') return [];
      const code = fit.budgetKind === 'ram' ? 'doctor.primaryDoesNotFitRam' : 'doctor.primaryDoesNotFit';
      return [{ path: PRIMARY, message: msg(code, { ref: primary }) }];
    },
  },
  {
    id: 'primary-not-free-now',
    severity: 'warning',
    judge: ({ config, primaryFit: fit }) => {
      const primary = localPrimary(config);
      if (!primary || !fit || fit.freeNowBytes === null || fit.totalBytes === null) return [];
      return [
        {
          path: PRIMARY,
          message: msg('doctor.primaryNotFreeNow', {
            ref: primary,
            free: gb(fit.freeNowBytes),
            needs: gb(fit.totalBytes),
          }),
        },
      ];
    },
  },
  { id: 'primary-context-too-large', severity: 'warning', judge: contextTooLarge },
  {
    id: 'compaction-off',
    severity: 'info',
    judge: ({ config }) =>
      localPrimary(config) && agentDefaults(config).compaction === undefined
        ? [
            {
              path: 'agents.defaults.compaction',
              message: msg('doctor.compactionOff'),
              fix: { label: msg('doctor.fix.enableCompaction'), operations: [{ op: 'enableCompaction' }] },
            },
          ]
        : [],
  },
];
