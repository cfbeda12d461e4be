/**
 * The doctor (F8): the guidance's troubleshooting list and every check the other
 * features know, in order of importance — config found and parseable; valid (ours and
 * OpenClaw's); references resolve; local servers reachable, their models listed and
 * loaded; context window vs the loaded context; the Responses API where it is used (and
 * required for WhatsApp); merge mode and a hosted safety net for a local primary;
 * cold-load timeouts; the primary's hardware fit; compaction for a local primary. Each
 * finding says what is wrong in one sentence and, where the panel can, how to fix it.
 */
import { checkConfig, type Finding } from '../config/checks';
import {
  agentDefaults,
  asObject,
  modelChain,
  providerModels,
  providersOf,
  type ConfigObject,
} from '../config/config-access';
import { isLocalRef } from '../config/layouts';
import { parseModelRef } from '../config/model-ref';
import type { ConfigIssue } from '../config/validate';
import type { FitResult } from '../fit/advisor';
import type { ServerProbe } from '../servers/probe-result';

export interface DoctorInput {
  config: {
    path: string;
    state: 'ok' | 'missing' | 'malformed' | 'unreadable';
    parseError?: {
      line: number | null;
      column: number | null;
      message: string;
      /** Set when typographic quotes cause the error (a one-click fix exists). */
      typographicQuotes?: unknown;
      /** The backup to suggest, only when one exists. */
      backup?: string | null;
    } | null;
    value: ConfigObject | null;
  };
  issues: ConfigIssue[];
  openclaw: { ran: boolean; valid: boolean; issues: ConfigIssue[]; note?: string } | null;
  servers: { providerId: string; probe: ServerProbe }[];
  /** The primary's fit on this machine (null when the primary is hosted or unknown). */
  primaryFit: FitResult | null;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function finding(
  severity: Finding['severity'],
  code: string,
  path: string,
  message: string,
  fix?: Finding['fix'],
): Finding {
  return fix ? { severity, code, path, message, fix } : { severity, code, path, message };
}

function serverFindings(config: ConfigObject, servers: DoctorInput['servers']): Finding[] {
  const out: Finding[] = [];
  const providers = providersOf(config);
  for (const { providerId, probe } of servers) {
    const path = `models.providers.${providerId}`;
    if (probe.problem) {
      out.push(
        finding(
          'error',
          `server-${probe.problem.code}`,
          path,
          `${providerId}: ${probe.problem.message}. ${probe.problem.advice}`,
        ),
      );
      continue;
    }
    const provider = asObject(providers[providerId]) ?? {};
    if (provider.api === 'openai-responses' && probe.responsesApi === false) {
      out.push(
        finding(
          'error',
          'responses-missing',
          `${path}.api`,
          `${providerId}'s server has no /v1/responses, but the provider uses api "openai-responses".`,
          {
            label: 'Use openai-completions',
            operations: [{ op: 'updateProvider', id: providerId, set: { api: 'openai-completions' } }],
          },
        ),
      );
    }
    for (const row of providerModels(provider)) {
      const id = String(row.id);
      const served = probe.models.find((m) => m.id === id || m.id.toLowerCase() === id.toLowerCase());
      const rowPath = `${path}.models.${id}`;
      if (!served) {
        out.push(
          finding(
            'warning',
            'model-not-on-server',
            rowPath,
            `${providerId}/${id} is not listed by its server: load or download it there, or fix the id (it must match exactly).`,
          ),
        );
        continue;
      }
      if (served.loaded === false) {
        out.push(
          finding(
            'warning',
            'model-not-loaded',
            rowPath,
            `${providerId}/${id} is not loaded: the first request will wait for a cold load (the usual "hang"). Warm it now, or keep it warm.`,
          ),
        );
      }
      const window = typeof row.contextWindow === 'number' ? row.contextWindow : null;
      const budgetTokens = typeof row.contextTokens === 'number' ? row.contextTokens : window;
      if (served.loaded && served.contextLength && budgetTokens && budgetTokens > served.contextLength) {
        out.push(
          finding(
            'warning',
            'context-above-loaded',
            `${rowPath}.contextWindow`,
            `${providerId}/${id} is configured for ${budgetTokens} tokens but the server loaded it with ${served.contextLength}: context errors follow. Lower contextTokens, or raise the server's context length.`,
            {
              label: `Set contextTokens to ${served.contextLength}`,
              operations: [
                { op: 'updateModel', provider: providerId, id, set: { contextTokens: served.contextLength } },
              ],
            },
          ),
        );
      }
    }
  }
  return out;
}

function chainFindings(config: ConfigObject, fit: FitResult | null): Finding[] {
  const out: Finding[] = [];
  const { primary, fallbacks } = modelChain(config);
  if (!primary) {
    out.push(
      finding(
        'warning',
        'no-primary',
        'agents.defaults.model.primary',
        'No primary model is set: OpenClaw falls back to its default provider.',
      ),
    );
    return out;
  }
  const localPrimary = isLocalRef(config, primary);
  if (localPrimary && !fallbacks.some((f) => !isLocalRef(config, f))) {
    out.push(
      finding(
        'warning',
        'no-hosted-fallback',
        'agents.defaults.model.fallbacks',
        `The primary ${primary} is local and no hosted model follows it: when the local server is down, nothing answers. Add a hosted fallback (local first, hosted safety net).`,
      ),
    );
  }
  const whatsapp = asObject(asObject(config.channels)?.whatsapp);
  if (whatsapp) {
    const provider = parseModelRef(primary)?.provider;
    const api = provider ? asObject(providersOf(config)[provider])?.api : undefined;
    if (localPrimary && api !== 'openai-responses') {
      out.push(
        finding(
          'warning',
          'whatsapp-responses',
          `models.providers.${provider}.api`,
          'A WhatsApp channel is configured: use the Responses API for the local primary so only the final text is sent.',
          {
            label: 'Use openai-responses',
            operations: [{ op: 'updateProvider', id: provider!, set: { api: 'openai-responses' } }],
          },
        ),
      );
    }
  }
  if (localPrimary && fit) {
    if (fit.verdict === 'does-not-fit')
      out.push(
        finding(
          'error',
          'primary-does-not-fit',
          'agents.defaults.model.primary',
          `The primary ${primary} does not fit this machine's GPU memory, even at 8K context.`,
        ),
      );
    if (fit.verdict === 'fits-smaller-context' && fit.maxContext) {
      const ref = parseModelRef(primary)!;
      out.push(
        finding(
          'warning',
          'primary-context-too-large',
          'agents.defaults.model.primary',
          `The primary ${primary} fits only up to ${fit.maxContext} tokens of context on this machine (configured: ${fit.context}).`,
          {
            label: `Set contextTokens to ${fit.maxContext}`,
            operations: [
              { op: 'updateModel', provider: ref.provider, id: ref.model, set: { contextTokens: fit.maxContext } },
            ],
          },
        ),
      );
    }
  }
  if (localPrimary && agentDefaults(config).compaction === undefined) {
    out.push(
      finding(
        'info',
        'compaction-off',
        'agents.defaults.compaction',
        'Local models skip provider-side filters: keep agents narrow and turn compaction on to limit prompt injection.',
        {
          label: 'Turn compaction on',
          operations: [{ op: 'enableCompaction' }],
        },
      ),
    );
  }
  return out;
}

export function runDoctor(input: DoctorInput): Finding[] {
  const { config } = input;
  if (config.state === 'missing') {
    return [
      finding(
        'error',
        'config-missing',
        config.path,
        `No OpenClaw config at ${config.path}: run \`openclaw onboard\`, or add a provider in Claw Control and save.`,
      ),
    ];
  }
  if (config.state === 'unreadable')
    return [finding('error', 'config-unreadable', config.path, `${config.path} cannot be read.`)];
  if (config.state === 'malformed' || !config.value) {
    const where = config.parseError?.line
      ? ` (line ${config.parseError.line}, column ${config.parseError.column})`
      : '';
    return [
      finding(
        'error',
        'config-malformed',
        config.path,
        `${config.path} does not parse${where}: ${config.parseError?.message ?? ''}. ${
          config.parseError?.typographicQuotes
            ? 'It uses typographic quotes (“ ” ‘ ’) where JSON5 needs straight ones; the panel can straighten them in one click.'
            : config.parseError?.backup
              ? `Fix it by hand or restore ${config.parseError.backup}.`
              : 'Fix it by hand.'
        }`,
      ),
    ];
  }
  const value = config.value;
  const findings: Finding[] = [
    ...input.issues.map((issue) => finding('error', 'schema', issue.path, `${issue.path}: ${issue.message}`)),
    ...(input.openclaw?.ran && !input.openclaw.valid
      ? input.openclaw.issues.map((issue) =>
          finding('error', 'openclaw-invalid', issue.path, `OpenClaw rejects ${issue.path}: ${issue.message}`),
        )
      : []),
    ...checkConfig(value),
    ...serverFindings(value, input.servers),
    ...chainFindings(value, input.primaryFit),
  ];
  // One finding per code and path (the checks and the doctor can see the same thing).
  const seen = new Set<string>();
  return findings
    .filter((f) => (seen.has(`${f.code}@${f.path}`) ? false : (seen.add(`${f.code}@${f.path}`), true)))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
