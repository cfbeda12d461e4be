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
import { isLocalRef } from '../config/local-refs';
import { parseModelRef } from '../config/model-ref';
import { issueDetail } from '../config/issue-detail';
import type { ConfigIssue } from '../config/validate';
import { msg, type Message } from '../i18n/message';
import type { FitResult } from '../fit/advisor';
import type { ServerProbe } from '../servers/probe-result';
import { judgeFindings } from './judge-findings';

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
  /** The installed OpenClaw's version (null when unknown): rules that do not hold for it are left out. */
  openclawVersion?: string | null;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function finding(
  severity: Finding['severity'],
  code: string,
  path: string,
  message: Message,
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
          msg('doctor.serverProblem', {
            provider: providerId,
            problem: probe.problem.message,
            advice: probe.problem.advice,
          }),
        ),
      );
      continue;
    }
    const provider = asObject(providers[providerId]) ?? {};
    if (provider.api === 'openai-responses' && probe.responsesApi === false) {
      out.push(
        finding('error', 'responses-missing', `${path}.api`, msg('doctor.responsesMissing', { provider: providerId }), {
          label: msg('checks.fix.useApi', { api: 'openai-completions' }),
          operations: [{ op: 'updateProvider', id: providerId, set: { api: 'openai-completions' } }],
        }),
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
            msg('doctor.modelNotOnServer', { ref: `${providerId}/${id}` }),
          ),
        );
        continue;
      }
      if (served.loaded === false) {
        out.push(
          finding('warning', 'model-not-loaded', rowPath, msg('doctor.modelNotLoaded', { ref: `${providerId}/${id}` })),
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
            msg('doctor.contextAboveLoaded', {
              ref: `${providerId}/${id}`,
              configured: budgetTokens,
              loaded: served.contextLength,
            }),
            {
              label: msg('doctor.fix.setContextTokens', { tokens: served.contextLength }),
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
    out.push(finding('warning', 'no-primary', 'agents.defaults.model.primary', msg('doctor.noPrimary')));
    return out;
  }
  const localPrimary = isLocalRef(config, primary);
  if (localPrimary && !fallbacks.some((f) => !isLocalRef(config, f))) {
    out.push(
      finding(
        'warning',
        'no-hosted-fallback',
        'agents.defaults.model.fallbacks',
        msg('doctor.noHostedFallback', { ref: primary }),
      ),
    );
  }
  const whatsapp = asObject(asObject(config.channels)?.whatsapp);
  if (whatsapp) {
    const provider = parseModelRef(primary)?.provider;
    const api = provider ? asObject(providersOf(config)[provider])?.api : undefined;
    if (localPrimary && api !== 'openai-responses') {
      out.push(
        finding('warning', 'whatsapp-responses', `models.providers.${provider!}.api`, msg('doctor.whatsappResponses'), {
          label: msg('checks.fix.useApi', { api: 'openai-responses' }),
          operations: [{ op: 'updateProvider', id: provider!, set: { api: 'openai-responses' } }],
        }),
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
          msg(fit.budgetKind === 'ram' ? 'doctor.primaryDoesNotFitRam' : 'doctor.primaryDoesNotFit', { ref: primary }),
        ),
      );
    if (fit.freeNowBytes !== null && fit.totalBytes !== null)
      out.push(
        finding(
          'warning',
          'primary-not-free-now',
          'agents.defaults.model.primary',
          msg('doctor.primaryNotFreeNow', {
            ref: primary,
            free: `${(fit.freeNowBytes / 1e9).toFixed(1)} GB`,
            needs: `${(fit.totalBytes / 1e9).toFixed(1)} GB`,
          }),
        ),
      );
    if (fit.verdict === 'fits-smaller-context' && fit.maxContext) {
      const ref = parseModelRef(primary)!;
      out.push(
        finding(
          'warning',
          'primary-context-too-large',
          'agents.defaults.model.primary',
          msg('doctor.primaryContextTooLarge', { ref: primary, max: fit.maxContext, configured: fit.context }),
          {
            label: msg('doctor.fix.setContextTokens', { tokens: fit.maxContext }),
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
      finding('info', 'compaction-off', 'agents.defaults.compaction', msg('doctor.compactionOff'), {
        label: msg('doctor.fix.enableCompaction'),
        operations: [{ op: 'enableCompaction' }],
      }),
    );
  }
  return out;
}

export function runDoctor(input: DoctorInput): Finding[] {
  const { config } = input;
  if (config.state === 'missing') {
    return [finding('error', 'config-missing', config.path, msg('doctor.configMissing', { path: config.path }))];
  }
  if (config.state === 'unreadable')
    return [
      finding(
        'error',
        'config-unreadable',
        config.path,
        msg('doctor.configUnreadable', { path: config.path, detail: config.parseError?.message ?? '' }),
      ),
    ];
  if (config.state === 'malformed' || !config.value) {
    const error = config.parseError;
    return [
      finding(
        'error',
        'config-malformed',
        config.path,
        error?.line
          ? msg(error.typographicQuotes ? 'doctor.configQuotesAt' : 'doctor.configMalformedAt', {
              path: config.path,
              line: error.line,
              column: error.column,
              detail: error.message,
              backup: error.backup ?? null,
            })
          : msg('doctor.configMalformed', { path: config.path, detail: error?.message ?? '' }),
      ),
    ];
  }
  const value = config.value;
  const findings: Finding[] = [
    ...input.issues.map((issue) =>
      finding('error', 'schema', issue.path, msg('doctor.schema', { path: issue.path, detail: issueDetail(issue) })),
    ),
    ...(input.openclaw?.ran && !input.openclaw.valid
      ? input.openclaw.issues.map((issue) =>
          finding(
            'error',
            'openclaw-invalid',
            issue.path,
            msg('doctor.openclawInvalid', { path: issue.path, detail: issueDetail(issue) }),
          ),
        )
      : []),
    ...checkConfig(value, input.openclawVersion ?? null),
    ...serverFindings(value, input.servers),
    ...chainFindings(value, input.primaryFit),
  ];
  // One finding per code and path (the checks and the doctor can see the same thing).
  const seen = new Set<string>();
  const unique = findings.filter((f) =>
    seen.has(`${f.code}@${f.path}`) ? false : (seen.add(`${f.code}@${f.path}`), true),
  );
  return judgeFindings(unique, input.openclawVersion ?? null).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
