/**
 * The check-up's judgements (pure): given the config, one chain entry and what its server
 * said (facts.ts), each check's status, evidence and fix. Fixes are ordinary config
 * operations that merge into existing objects (compat, params) so nothing else is lost.
 */
import { asObject, providerModels, providersOf, type ConfigObject } from '../config/config-access';
import { LOCAL_TIMEOUT_SECONDS } from '../config/checks';
import { parseModelRef } from '../config/model-ref';
import { BUNDLED_PROVIDER_IDS } from '../config/openclaw-schema';
import type { ConfigOperation } from '../config/operations';
import { credentialEnvNames, effectiveEnv, type Env } from '../config/env-refs';
import { providerLocation, type ProviderLocation } from '../config/provider-kind';
import { bundledDefaultBaseUrl } from '../servers/defaults';
import type { FitResult } from '../fit/advisor';
import { msg, type Message } from '../i18n/message';
import type { GatheredFacts, HttpAnswer } from './facts';
import { contextMinimumVerdict } from './context-minimum';
import { OPENCLAW_DEFAULT_TIMEOUT_SECONDS, PROVIDERS_WITH_GBNF_CLEANER } from './openclaw-limits';
import { worstStatus, type CheckFix, type CheckId, type CheckResult, type CheckStatus } from './types';

type Obj = Record<string, unknown>;

/** One chain entry resolved against the config. */
export interface ResolvedEntry {
  ref: string;
  providerId: string | null;
  /** The provider's key as written in the config (case kept). */
  providerKey: string | null;
  modelId: string | null;
  provider: Obj | null;
  row: Obj | null;
  location: ProviderLocation | null;
}

/** The ref's provider, row and location; `processEnv` resolves `${VAR}` base URLs where the caller has one. */
export function resolveEntry(config: ConfigObject, ref: string, processEnv: Env = {}): ResolvedEntry {
  const parsed = parseModelRef(ref);
  if (!parsed)
    return { ref, providerId: null, providerKey: null, modelId: null, provider: null, row: null, location: null };
  const providers = providersOf(config);
  const providerKey = Object.keys(providers).find((id) => id.toLowerCase() === parsed.provider) ?? null;
  const provider = providerKey ? (asObject(providers[providerKey]) ?? null) : null;
  const row = provider ? (providerModels(provider).find((m) => m.id === parsed.model) ?? null) : null;
  return {
    ref,
    providerId: parsed.provider,
    providerKey,
    modelId: parsed.model,
    provider,
    row,
    location: providerLocation(parsed.provider, provider ?? undefined, effectiveEnv(config, processEnv)),
  };
}

/** The API an entry is called with: its row's, its provider's, else OpenClaw's default (Ollama's native API). */
export function entryApi(entry: ResolvedEntry): string {
  const api = entry.row?.api ?? entry.provider?.api;
  return typeof api === 'string' ? api : entry.providerId === 'ollama' ? 'ollama' : 'openai-completions';
}

/** The base URL an entry is configured with (row, then provider, `${VAR}`s unresolved), else its bundled default. */
export function entryBaseUrl(entry: ResolvedEntry): string | null {
  const configured = entry.row?.baseUrl ?? entry.provider?.baseUrl;
  return typeof configured === 'string' ? configured : bundledDefaultBaseUrl(entry.providerId ?? '');
}

const result = (
  id: CheckId,
  status: CheckStatus,
  summary: Message,
  evidence: Message[] = [],
  fix?: CheckFix,
  offerKeepWarm?: boolean,
): CheckResult => ({
  id,
  status,
  summary,
  evidence,
  ...(fix ? { fix } : {}),
  ...(offerKeepWarm ? { offerKeepWarm } : {}),
});

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);
const short = (answer: HttpAnswer | null): Message =>
  msg('checkup.evidence.serverAnswer', { status: answer?.status ?? null, body: answer?.body ?? '' });

/** A change at the model row when the row already sets the key, else at the provider. */
function setAt(entry: ResolvedEntry, key: string, value: unknown): ConfigOperation {
  if (entry.row && entry.row[key] !== undefined)
    return { op: 'updateModel', provider: entry.providerKey!, id: entry.modelId!, set: { [key]: value } };
  return { op: 'updateProvider', id: entry.providerKey!, set: { [key]: value } };
}

const updateRow = (entry: ResolvedEntry, set: Obj): ConfigOperation => ({
  op: 'updateModel',
  provider: entry.providerKey!,
  id: entry.modelId!,
  set,
});

// ── 6. Chain sanity ────────────────────────────────────────────────────────────────────

function credentialEvidence(
  entry: ResolvedEntry,
  config: ConfigObject,
  env: Env,
): { status: CheckStatus; evidence: Message[] } {
  const key = entry.provider?.apiKey;
  const resolvable = effectiveEnv(config, env);
  if (key === undefined) {
    return {
      status: 'pass',
      evidence: [
        entry.location === 'hosted'
          ? msg('checkup.chain.keyFromOpenClaw', { provider: entry.providerId })
          : msg('checkup.chain.noKeyLocal'),
      ],
    };
  }
  if (typeof key === 'string') {
    const names = credentialEnvNames(key);
    const unset = names.filter((name) => !resolvable[name]);
    if (unset.length)
      return {
        status: 'fail',
        evidence: [msg('checkup.chain.varUnset', { name: unset.map((n) => `\${${n}}`).join(', ') })],
      };
    return {
      status: 'pass',
      evidence: [
        names.length
          ? msg('checkup.chain.varSet', { name: names.map((n) => `\${${n}}`).join(', ') })
          : msg('checkup.chain.keyPlain'),
      ],
    };
  }
  const ref = asObject(key);
  if (ref?.source === 'env' && typeof ref.id === 'string') {
    return resolvable[ref.id]
      ? { status: 'pass', evidence: [msg('checkup.chain.secretRefSet', { name: ref.id })] }
      : { status: 'fail', evidence: [msg('checkup.chain.secretRefUnset', { name: ref.id })] };
  }
  return {
    status: 'warn',
    evidence: [
      msg('checkup.chain.secretRefOther', { source: typeof ref?.source === 'string' ? ref.source : 'unknown' }),
    ],
  };
}

export function chainCheck(
  entry: ResolvedEntry,
  config: ConfigObject,
  facts: GatheredFacts,
  env: Env,
  fit: FitResult | null,
): CheckResult {
  if (!entry.providerId) return result('chain', 'fail', msg('checkup.chain.badRef', { ref: entry.ref }));
  const bundled = BUNDLED_PROVIDER_IDS.includes(entry.providerId);
  if (!entry.provider && !bundled)
    return result('chain', 'fail', msg('checkup.chain.providerMissing', { provider: entry.providerId }));
  const statuses: CheckStatus[] = [];
  const evidence: Message[] = [];
  if (entry.provider && !entry.row) {
    if (!bundled || providerModels(entry.provider).length > 0) {
      return result('chain', 'fail', msg('checkup.chain.modelMissing', { ref: entry.ref }), [
        msg('checkup.chain.modelsListed', {
          models: providerModels(entry.provider)
            .map((m) => String(m.id))
            .join(', '),
        }),
      ]);
    }
    evidence.push(msg('checkup.chain.bundledCatalog', { provider: entry.providerId }));
  }
  if (!entry.provider) evidence.push(msg('checkup.chain.bundledCatalog', { provider: entry.providerId }));
  const credentials = credentialEvidence(entry, config, env);
  statuses.push(credentials.status);
  evidence.push(...credentials.evidence);
  const server = facts.server;
  if (server) {
    if (server.problem) {
      statuses.push('fail');
      evidence.push(msg('checkup.chain.serverDown', { url: server.baseUrl, problem: server.problem.message }));
    } else evidence.push(msg('checkup.chain.serverUp', { url: server.baseUrl }));
  }
  let fix: CheckFix | undefined;
  if (fit && entry.location === 'local') {
    if (fit.verdict === 'does-not-fit') {
      statuses.push('fail');
      evidence.push(msg('checkup.chain.doesNotFit', { tokens: fit.context }));
    } else if (fit.verdict === 'fits-smaller-context' && fit.maxContext && entry.row) {
      statuses.push('warn');
      evidence.push(msg('checkup.chain.fitsSmaller', { tokens: fit.context, max: fit.maxContext }));
      fix = {
        label: msg('checkup.fix.contextTokens', { tokens: fit.maxContext }),
        operations: [updateRow(entry, { contextTokens: fit.maxContext })],
      };
    } else if (fit.verdict === 'fits') evidence.push(msg('checkup.chain.fits', { tokens: fit.context }));
  }
  const worst = worstStatus(statuses.map((s) => ({ status: s })));
  const status = worst === 'skip' ? 'pass' : worst;
  const summary =
    status === 'pass'
      ? msg('checkup.chain.ok')
      : server?.problem
        ? msg('checkup.chain.serverDownShort')
        : credentials.status === 'fail'
          ? msg('checkup.chain.credentialsMissing')
          : msg('checkup.chain.hardware');
  return result('chain', status, summary, evidence, fix);
}

// ── 1. Endpoint ────────────────────────────────────────────────────────────────────────

function urlParts(raw: string): { origin: string; path: string } | null {
  try {
    const url = new URL(raw.trim());
    return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
  } catch {
    return null;
  }
}

export function endpointCheck(entry: ResolvedEntry, facts: GatheredFacts): CheckResult {
  const server = facts.server;
  if (!server || server.problem || !server.kind || !entry.provider)
    return result('endpoint', 'skip', msg('checkup.skip.noServer'));
  const baseUrl = entryBaseUrl(entry) ?? server.baseUrl;
  const api = entryApi(entry);
  const parts = urlParts(baseUrl);
  const evidence: Message[] = [msg('checkup.endpoint.seen', { kind: server.kind, baseUrl, api })];
  const problems: Message[] = [];
  const set: Obj = {};
  const endsV1 = parts?.path.endsWith('/v1') ?? false;
  if (server.kind === 'ollama') {
    if (api === 'ollama' && endsV1) {
      problems.push(msg('checkup.endpoint.ollamaNoV1'));
      set.baseUrl = parts!.origin;
    } else if (api === 'openai-completions') {
      problems.push(msg('checkup.endpoint.ollamaUseNative'));
      set.api = 'ollama';
      set.baseUrl = parts?.origin ?? baseUrl;
    }
  } else {
    if (api === 'ollama') {
      problems.push(msg('checkup.endpoint.notOllama', { kind: server.kind }));
      set.api = 'openai-completions';
    }
    if (parts && !endsV1 && (server.kind === 'lmstudio' || api.startsWith('openai'))) {
      problems.push(msg('checkup.endpoint.needsV1', { kind: server.kind }));
      set.baseUrl = `${parts.origin}${parts.path}/v1`;
    }
  }
  let failed = problems.length > 0;
  if (api === 'openai-responses' && facts.responses) {
    if (facts.responses.ok) evidence.push(msg('checkup.endpoint.responsesOk'));
    else {
      failed = true;
      problems.push(msg('checkup.endpoint.responsesFailed'));
      evidence.push(
        facts.responses.answer
          ? short(facts.responses.answer)
          : msg('checkup.evidence.error', { error: facts.responses.error }),
      );
      set.api = 'openai-completions';
    }
  }
  if (!failed) return result('endpoint', 'pass', msg('checkup.endpoint.ok', { kind: server.kind }), evidence);
  const operations: ConfigOperation[] = Object.entries(set).map(([key, value]) => setAt(entry, key, value));
  const merged = mergeOperations(operations);
  return result('endpoint', 'fail', problems[0]!, [...evidence, ...problems.slice(1)], {
    label: msg('checkup.fix.endpoint', {
      changes: Object.entries(set)
        .map(([k, v]) => `${k}: ${String(v)}`)
        .join(', '),
    }),
    operations: merged,
  });
}

/** Folds operations on the same target into one. */
function mergeOperations(operations: ConfigOperation[]): ConfigOperation[] {
  const out: ConfigOperation[] = [];
  for (const op of operations) {
    const same = out.find(
      (o) =>
        o.op === op.op &&
        ((o.op === 'updateProvider' && op.op === 'updateProvider' && o.id === op.id) ||
          (o.op === 'updateModel' && op.op === 'updateModel' && o.provider === op.provider && o.id === op.id)),
    ) as (ConfigOperation & { set?: Obj }) | undefined;
    if (same && 'set' in op) same.set = { ...same.set, ...op.set };
    else out.push(structuredClone(op));
  }
  return out;
}

// ── 2. Presence ────────────────────────────────────────────────────────────────────────

export function presenceCheck(entry: ResolvedEntry, facts: GatheredFacts): CheckResult {
  const model = facts.model;
  if (!facts.server || facts.server.problem || !model) return result('presence', 'skip', msg('checkup.skip.noServer'));
  if (!model.present) {
    return result('presence', 'fail', msg('checkup.presence.missing', { id: entry.modelId }), [
      model.near.length
        ? msg('checkup.presence.near', { ids: model.near.join(', ') })
        : msg('checkup.presence.listed', { ids: facts.server.ids.slice(0, 12).join(', ') }),
    ]);
  }
  const evidence: Message[] = [
    msg(
      model.loaded === true
        ? 'checkup.presence.loaded'
        : model.loaded === false
          ? 'checkup.presence.notLoaded'
          : 'checkup.presence.listedOnly',
      {
        id: entry.modelId,
      },
    ),
  ];
  if (model.duplicates.length) {
    return result(
      'presence',
      'warn',
      msg('checkup.presence.duplicates', { id: entry.modelId, count: model.duplicates.length + 1 }),
      [...evidence, msg('checkup.presence.duplicateIds', { ids: model.duplicates.join(', ') })],
    );
  }
  return result('presence', 'pass', msg('checkup.presence.ok', { id: entry.modelId }), evidence);
}

// ── 3. Context ─────────────────────────────────────────────────────────────────────────

/** `openclawVersion`: the installed OpenClaw's (null when unknown); its release's context floor applies. */
export function contextCheck(
  entry: ResolvedEntry,
  facts: GatheredFacts,
  openclawVersion: string | null = null,
): CheckResult {
  const model = facts.model;
  if (!facts.server || facts.server.problem || !model?.present)
    return result('context', 'skip', msg('checkup.skip.noServer'));
  if (!entry.row) return result('context', 'skip', msg('checkup.context.noRow'));
  const window = num(entry.row.contextWindow);
  const tokens = num(entry.row.contextTokens);
  const params = asObject(entry.row.params) ?? {};
  const numCtx = facts.server.kind === 'ollama' ? num(params.num_ctx) : null;
  const configured = numCtx ?? tokens ?? window;
  const loaded = model.loadedContext;
  const evidence: Message[] = [
    msg('checkup.context.configured', {
      values: [
        `contextWindow ${window ?? '—'}`,
        `contextTokens ${tokens ?? '—'}`,
        ...(numCtx !== null ? [`params.num_ctx ${numCtx}`] : []),
      ].join(', '),
    }),
  ];
  if (loaded === null) {
    evidence.push(msg(model.loaded === false ? 'checkup.context.notLoaded' : 'checkup.context.serverSilent'));
    return result('context', 'skip', msg('checkup.context.unknown'), evidence);
  }
  evidence.push(msg('checkup.context.loaded', { tokens: loaded, source: model.loadedContextSource ?? '' }));
  if (model.maxContext) evidence.push(msg('checkup.context.native', { tokens: model.maxContext }));

  const set: Obj = {};
  let status: CheckStatus = 'pass';
  let summary = msg('checkup.context.ok', { configured, loaded });
  if (configured === null) {
    status = 'warn';
    summary = msg('checkup.context.unset', { loaded });
    set.contextTokens = loaded;
    if (!window) set.contextWindow = model.maxContext ?? loaded;
  } else if (configured > loaded) {
    status = 'fail';
    summary = msg('checkup.context.aboveLoaded', { configured, loaded });
    set.contextTokens = loaded;
    if (numCtx !== null) set.params = { ...params, num_ctx: loaded };
  } else if (configured < loaded && facts.server.kind === 'ollama') {
    status = 'warn';
    summary = msg('checkup.context.ollamaReload', { configured, loaded });
    set.contextTokens = loaded;
    if (numCtx !== null) set.params = { ...params, num_ctx: loaded };
  }
  if (window && model.maxContext && window > model.maxContext) {
    if (status === 'pass') {
      status = 'warn';
      summary = msg('checkup.context.windowAboveNative', { window, native: model.maxContext });
    }
    set.contextWindow = model.maxContext;
  }
  const smallest = Math.min(loaded, configured ?? loaded);
  const floor = contextMinimumVerdict(smallest, openclawVersion);
  evidence.push(...floor.evidence);
  if (floor.status === 'fail') status = 'fail';
  else if (floor.status === 'warn' && status === 'pass') status = 'warn';
  if (status !== 'pass' && summary.code === 'checkup.context.ok')
    summary = msg('checkup.context.small', { tokens: smallest });
  const fix: CheckFix | undefined = Object.keys(set).length
    ? {
        label: msg('checkup.fix.context', {
          changes: Object.entries(set)
            .map(([k, v]) => (k === 'params' ? `params.num_ctx: ${loaded}` : `${k}: ${String(v)}`))
            .join(', '),
        }),
        operations: [updateRow(entry, set)],
      }
    : undefined;
  return result('context', status, summary, evidence, fix);
}

// ── 4. Cold load ───────────────────────────────────────────────────────────────────────

/** At least twice the load, rounded up to 30 s. */
export function recommendedTimeout(loadSeconds: number): number {
  return Math.max(60, Math.ceil((2 * loadSeconds) / 30) * 30);
}

export function coldLoadCheck(entry: ResolvedEntry, facts: GatheredFacts, keptWarm: boolean): CheckResult {
  const load = facts.load;
  if (!load || !entry.provider || !facts.model?.present)
    return result('coldLoad', 'skip', msg('checkup.skip.noServer'));
  const configured = num(entry.provider.timeoutSeconds);
  const timeout = configured ?? OPENCLAW_DEFAULT_TIMEOUT_SECONDS;
  const evidence: Message[] = [
    configured
      ? msg('checkup.coldLoad.timeout', { seconds: configured })
      : msg('checkup.coldLoad.noTimeout', { seconds: OPENCLAW_DEFAULT_TIMEOUT_SECONDS }),
  ];
  if (keptWarm) evidence.push(msg('checkup.coldLoad.keptWarm'));
  if (load.method === 'always-loaded')
    return result(
      'coldLoad',
      'pass',
      msg('checkup.coldLoad.alwaysLoaded', { kind: facts.server?.kind ?? '' }),
      evidence,
    );
  if (load.error) {
    return result('coldLoad', 'fail', msg('checkup.coldLoad.failed'), [
      ...evidence,
      msg('checkup.evidence.error', { error: load.error }),
    ]);
  }
  if (load.method === 'none' && facts.model.loaded === false)
    return result(
      'coldLoad',
      configured ? 'pass' : 'warn',
      msg('checkup.coldLoad.notLoaded'),
      evidence,
      undefined,
      !keptWarm,
    );
  if (load.seconds === null) {
    if (configured) return result('coldLoad', 'pass', msg('checkup.coldLoad.notMeasured'), evidence);
    return result(
      'coldLoad',
      'warn',
      msg('checkup.coldLoad.notMeasuredNoTimeout'),
      evidence,
      {
        label: msg('checkup.fix.timeout', { seconds: LOCAL_TIMEOUT_SECONDS }),
        operations: [{ op: 'updateProvider', id: entry.providerKey!, set: { timeoutSeconds: LOCAL_TIMEOUT_SECONDS } }],
      },
      !keptWarm,
    );
  }
  const seconds = Math.round(load.seconds * 10) / 10;
  evidence.unshift(
    msg(load.method === 'explicit' ? 'checkup.coldLoad.measured' : 'checkup.coldLoad.firstRequest', { seconds }),
  );
  const need = Math.ceil(2 * load.seconds);
  const offer = !keptWarm && load.seconds >= 5;
  if (timeout >= need)
    return result('coldLoad', 'pass', msg('checkup.coldLoad.ok', { seconds, timeout }), evidence, undefined, offer);
  const recommended = recommendedTimeout(load.seconds);
  return result(
    'coldLoad',
    'fail',
    msg('checkup.coldLoad.tooShort', { seconds, timeout, need }),
    evidence,
    {
      label: msg('checkup.fix.timeout', { seconds: recommended }),
      operations: [{ op: 'updateProvider', id: entry.providerKey!, set: { timeoutSeconds: recommended } }],
    },
    !keptWarm,
  );
}

// ── 5. Tool calling ────────────────────────────────────────────────────────────────────

export function toolsCheck(entry: ResolvedEntry, facts: GatheredFacts): CheckResult {
  const tools = facts.tools;
  if (!tools && facts.model?.present && facts.model.loaded === false)
    return result('tools', 'skip', msg('checkup.skip.notLoaded'));
  if (!tools || !facts.model?.present) return result('tools', 'skip', msg('checkup.skip.noServer'));
  const route = tools.route === 'responses' ? '/v1/responses' : '/v1/chat/completions';
  const answer = tools.answer ? [short(tools.answer)] : [];
  if (tools.error)
    return result('tools', 'fail', msg('checkup.tools.error', { route }), [
      msg('checkup.evidence.error', { error: tools.error }),
    ]);
  if (tools.schemaRejected) {
    const builtIn = (PROVIDERS_WITH_GBNF_CLEANER as readonly string[]).includes(entry.providerId ?? '');
    const evidence = [...answer];
    if (tools.cleanedSchemaWorks) evidence.push(msg('checkup.tools.cleanedWorks'));
    if (builtIn) evidence.push(msg('checkup.tools.builtInCleaner', { provider: entry.providerId }));
    const compat = asObject(entry.row?.compat) ?? {};
    const fix: CheckFix | undefined =
      !builtIn && entry.row && tools.cleanedSchemaWorks
        ? {
            label: msg('checkup.fix.toolSchemaProfile'),
            operations: [updateRow(entry, { compat: { ...compat, toolSchemaProfile: 'llamacpp' } })],
          }
        : undefined;
    return result('tools', 'fail', msg('checkup.tools.schemaRejected', { route }), evidence, fix);
  }
  if (tools.answer && tools.answer.status >= 400)
    return result('tools', 'fail', msg('checkup.tools.httpError', { route, status: tools.answer.status }), answer);
  if (!tools.called) return result('tools', 'warn', msg('checkup.tools.notCalled', { route }), answer);
  if (!tools.argumentsOk) {
    const fix: CheckFix | undefined =
      tools.route === 'responses' && tools.chatCompletionsWorks
        ? {
            label: msg('checkup.fix.api', { api: 'openai-completions' }),
            operations: [setAt(entry, 'api', 'openai-completions')],
          }
        : undefined;
    const evidence = [
      msg('checkup.tools.arguments', { args: tools.arguments === '' ? '""' : (tools.arguments ?? '—') }),
      ...answer,
    ];
    if (tools.chatCompletionsWorks) evidence.push(msg('checkup.tools.chatWorks'));
    return result('tools', 'fail', msg('checkup.tools.emptyArguments', { route }), evidence, fix);
  }
  return result('tools', 'pass', msg('checkup.tools.ok', { route }), [
    msg('checkup.tools.arguments', { args: tools.arguments ?? '' }),
  ]);
}

// ── 7. LM Studio lifecycle ─────────────────────────────────────────────────────────────

export function lmstudioCheck(entry: ResolvedEntry, facts: GatheredFacts, keptWarm: boolean): CheckResult {
  const server = facts.server;
  if (!server || server.problem || server.kind !== 'lmstudio' || !entry.provider)
    return result('lmstudio', 'skip', msg('checkup.lmstudio.notLmStudio'));
  const params = asObject(entry.provider.params) ?? {};
  const preload = params.preload !== false;
  const evidence: Message[] = [
    msg(
      server.jit === true
        ? 'checkup.lmstudio.jitOn'
        : server.jit === false
          ? 'checkup.lmstudio.jitOff'
          : 'checkup.lmstudio.jitUnknown',
    ),
    msg(preload ? 'checkup.lmstudio.preloadOn' : 'checkup.lmstudio.preloadOff'),
  ];
  if (keptWarm) return result('lmstudio', 'pass', msg('checkup.lmstudio.keptWarm'), evidence);
  if (server.jit === true && preload) {
    return result('lmstudio', 'warn', msg('checkup.lmstudio.preloadDefeatsJit'), evidence, {
      label: msg('checkup.fix.preloadOff'),
      operations: [{ op: 'updateProvider', id: entry.providerKey!, set: { params: { ...params, preload: false } } }],
    });
  }
  if (server.jit === false && !preload) {
    const { preload: _preload, ...rest } = params;
    return result('lmstudio', 'fail', msg('checkup.lmstudio.nothingLoads'), evidence, {
      label: msg('checkup.fix.preloadOn'),
      operations: [
        { op: 'updateProvider', id: entry.providerKey!, set: { params: Object.keys(rest).length ? rest : null } },
      ],
    });
  }
  if (server.jit === true && !preload)
    return result('lmstudio', 'pass', msg('checkup.lmstudio.jitTtl'), evidence, undefined, true);
  return result('lmstudio', 'pass', msg('checkup.lmstudio.ok'), evidence);
}

export interface JudgeInput {
  config: ConfigObject;
  entry: ResolvedEntry;
  facts: GatheredFacts;
  env: Env;
  fit: FitResult | null;
  keptWarm: boolean;
  /** The installed OpenClaw's version, null when unknown. */
  openclawVersion?: string | null;
}

/** Every check for one entry, in the order the panel shows them. */
export function judge(input: JudgeInput): CheckResult[] {
  const { config, entry, facts, env, fit, keptWarm, openclawVersion = null } = input;
  const chain = chainCheck(entry, config, facts, env, fit);
  if (entry.location === 'hosted' || !entry.provider) {
    const hosted = msg('checkup.skip.hosted');
    return [
      chain,
      ...(['endpoint', 'presence', 'context', 'coldLoad', 'tools', 'lmstudio'] as const).map((id) =>
        result(id, 'skip', hosted),
      ),
    ];
  }
  return [
    chain,
    endpointCheck(entry, facts),
    presenceCheck(entry, facts),
    contextCheck(entry, facts, openclawVersion),
    coldLoadCheck(entry, facts, keptWarm),
    toolsCheck(entry, facts),
    lmstudioCheck(entry, facts, keptWarm),
  ];
}
