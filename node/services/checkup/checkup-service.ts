/**
 * The model check-up service: resolves which refs to check (the chain by default, or
 * the refs asked for — any configured local model), gathers each one's facts from its
 * server one at a time (loads on one server must not race), judges them with the pure
 * rules, and keeps the latest result per ref with its time for the panel.
 */
import { AppError, problemOf, UNEXPECTED } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { gatherFacts } from './gather';
import { stepDeadlines } from '@shared/checkup/step-deadlines';
import { gatherDrill } from './drill';
import { inspectEmbeddings } from '../embeddings/embeddings-service';
import type { EmbeddingServer } from '@shared/rules/checkup/embeddings';
import { drillChain } from '@shared/rules/drill';
import type { DrillReport } from '@shared/rules/drill/report';
import { judge } from '@shared/checkup/rules';
import { entryApi, entryBaseUrl, resolveEntry, type ResolvedEntry } from '@shared/rules/checkup/entry';
import type { GatheredFacts } from '@shared/checkup/facts';
import type { CheckupEntry, CheckupReport } from '@shared/checkup/types';
import { asObject, modelChain, refContext, type ConfigObject } from '@shared/config/config-access';
import { effectiveEnv, resolveCredential, resolveEnvString, type Env } from '@shared/config/env-refs';
import { PROVIDERS_WITH_GBNF_CLEANER } from '@shared/checkup/openclaw-limits';
import { formatModelRef, normalizeRef, resolveRef } from '@shared/config/model-ref';
import { rowContext, totalBudget } from '@shared/fit/config-fit';
import { ollamaServerDefault } from '@shared/rules/checkup/window';
import type { FitResult } from '@shared/fit/advisor';
import type { ConfigStore } from '../config/config-store';
import type { HardwareService } from '../hardware/hardware-service';
import type { SettingsStore } from '../settings';

export interface CheckupServiceOptions {
  configStore: ConfigStore;
  settings: SettingsStore;
  hardware: HardwareService;
  env: Env;
  /** The installed OpenClaw's version (null when none or unknown): its release's rules apply. */
  openclawVersion?: () => Promise<string | null>;
  /** A model's fit as `fit` and the panel size it (the services' fitModel: one estimate everywhere). */
  fit: (input: { model: string; context?: number }) => Promise<FitResult>;
}

export interface CheckupRequest {
  refs?: string[];
  cold?: boolean;
  /** Load nothing (the doctor, which runs whenever the Overview opens). */
  passive?: boolean;
}

/** The refs to check, each with its role: the chain, or what was asked (aliases and bare ids resolved). */
export function refsToCheck(config: ConfigObject, asked?: string[]): { ref: string; role: CheckupEntry['role'] }[] {
  const { primary, fallbacks } = modelChain(config);
  const chain = [...(primary ? [normalizeRef(primary)] : []), ...fallbacks.map(normalizeRef)];
  const roleOf = (ref: string): CheckupEntry['role'] =>
    chain[0] === ref && primary ? 'primary' : chain.includes(ref) ? 'fallback' : 'local';
  if (!asked || asked.length === 0) return chain.map((ref) => ({ ref, role: roleOf(ref) }));
  return asked.map((raw) => {
    const resolved = resolveRef(raw, refContext(config));
    if (resolved.kind === 'unresolved') {
      const candidates = resolved.candidates?.join(', ') ?? '';
      throw resolved.reason === 'ambiguous'
        ? new AppError('INVALID_INPUT', msg('checkup.ambiguousRef', { ref: raw, candidates }))
        : new AppError('INVALID_INPUT', msg('checkup.unknownRef', { ref: raw }));
    }
    const ref = formatModelRef(resolved.ref);
    return { ref, role: roleOf(ref) };
  });
}

export function createCheckupService(options: CheckupServiceOptions) {
  const latest = new Map<string, CheckupEntry>();

  const fitOf = async (entry: ResolvedEntry, ref: string): Promise<FitResult | null> => {
    if (entry.location !== 'local' || !entry.row) return null;
    const context = rowContext(entry.row);
    const fit = await options
      .fit({ model: ref, ...(context !== undefined ? { context } : {}) })
      .catch((error: unknown) => {
        // Nothing could size it, or no hardware report: the fit part of the chain check is left out, the rest still runs.
        if (problemOf(error) === UNEXPECTED)
          console.error(
            `[checkup] the fit of ${ref} was left out: ${error instanceof Error ? error.message : String(error)}`,
          );
        return null;
      });
    return fit && fit.budgetBytes !== null ? fit : null;
  };

  /** Ollama on this machine: the window it loads with by default (OLLAMA_CONTEXT_LENGTH, else by GPU memory). */
  const ollamaDefaultFor = async (baseUrl: string) => {
    let host: string;
    try {
      host = new URL(baseUrl).hostname;
    } catch {
      // Not a URL: the probe reports it; there is no machine to read.
      return null;
    }
    if (!['localhost', '127.0.0.1', '[::1]', '::1'].includes(host)) return null;
    const report = await options.hardware.get().catch((error: unknown) => {
      // No hardware report: only OLLAMA_CONTEXT_LENGTH can tell the default.
      void error;
      return null;
    });
    const gpu = report ? (report.budget.source === 'system-ram' ? 0 : report.budget.bytes) : null;
    return ollamaServerDefault(gpu, options.env.OLLAMA_CONTEXT_LENGTH);
  };

  const checkOne = async (
    config: ConfigObject,
    ref: string,
    role: CheckupEntry['role'],
    cold: boolean,
    kept: Set<string>,
    passive: boolean,
  ): Promise<CheckupEntry> => {
    const entry = resolveEntry(config, ref, options.env);
    const empty: GatheredFacts = { server: null, model: null, load: null, tools: null, responses: null };
    let facts = empty;
    if (entry.provider && entry.location !== 'hosted' && entry.modelId) {
      const env = effectiveEnv(config, options.env);
      // `${VAR:-fallback}` read as the installed release reads it.
      const release = (await options.openclawVersion?.()) ?? null;
      const rawUrl = entryBaseUrl(entry);
      const baseUrl = rawUrl ? resolveEnvString(rawUrl, env, release) : undefined;
      const api = entryApi(entry);
      if (baseUrl) {
        facts = await gatherFacts({
          baseUrl,
          apiKey: resolveCredential(entry.provider.apiKey, env, release),
          model: entry.modelId,
          api,
          cold,
          passive,
          deadlines: stepDeadlines(options.env),
          ollamaDefault: api === 'ollama' || entry.providerId === 'ollama' ? await ollamaDefaultFor(baseUrl) : null,
          cleanSchema:
            asObject(entry.row?.compat)?.toolSchemaProfile === 'llamacpp' ||
            (PROVIDERS_WITH_GBNF_CLEANER as readonly string[]).includes(entry.providerId ?? ''),
        });
      }
    }
    const checks = judge({
      config,
      entry,
      facts,
      env: options.env,
      fit: await fitOf(entry, ref),
      keptWarm: kept.has(normalizeRef(ref)),
      openclawVersion: (await options.openclawVersion?.()) ?? null,
    });
    return {
      ref,
      role,
      providerId: entry.providerId,
      modelId: entry.modelId,
      serverKind: facts.server?.kind ?? null,
      checks,
      checkedAt: new Date().toISOString(),
    };
  };

  return {
    async run(request: CheckupRequest = {}): Promise<CheckupReport> {
      const loaded = await options.configStore.load();
      if (!loaded.exists) throw new AppError('NOT_FOUND', msg('checkup.noConfig', { path: loaded.path }));
      // The config as OpenClaw reads it: providers in an $include file are checked too.
      const config = loaded.resolved;
      const targets = refsToCheck(config, request.refs);
      const kept = new Set((await options.settings.get()).keepWarm.map(normalizeRef));
      const entries: CheckupEntry[] = [];
      for (const { ref, role } of targets) {
        const entry = await checkOne(config, ref, role, request.cold ?? false, kept, request.passive ?? false);
        latest.set(ref, entry);
        entries.push(entry);
      }
      return { checkedAt: new Date().toISOString(), entries };
    },
    /** The fallback drill: would OpenClaw reach each chain entry when the ones before it fail, and would it answer. */
    async drill(): Promise<DrillReport> {
      const loaded = await options.configStore.load();
      if (!loaded.exists) throw new AppError('NOT_FOUND', msg('checkup.noConfig', { path: loaded.path }));
      const config = loaded.resolved;
      const chain = refsToCheck(config).map(
        ({ ref, role }) => ({ ref, role: role === 'primary' ? role : 'fallback' }) as const,
      );
      const openclawVersion = (await options.openclawVersion?.()) ?? null;
      const facts = await gatherDrill(config, chain, options.env, openclawVersion);
      return { checkedAt: new Date().toISOString(), openclawVersion, ...drillChain(facts) };
    },
    /** The memory search's local embedding servers: context × slots, a long input, their share of the memory. */
    async embeddings(): Promise<EmbeddingServer[]> {
      const loaded = await options.configStore.load();
      if (!loaded.exists) throw new AppError('NOT_FOUND', msg('checkup.noConfig', { path: loaded.path }));
      const [report, settings] = await Promise.all([
        options.hardware.get().catch((error: unknown) => {
          // No hardware report: the share of the memory is left out, the rest still runs.
          void error;
          return null;
        }),
        options.settings.get(),
      ]);
      return inspectEmbeddings(loaded.resolved, options.env, totalBudget(report, settings.extraMachines).bytes);
    },
    /** The latest result for every ref checked so far, oldest first. */
    cached(): CheckupReport {
      const entries = [...latest.values()].sort((a, b) => a.checkedAt.localeCompare(b.checkedAt));
      return { checkedAt: entries.at(-1)?.checkedAt ?? new Date(0).toISOString(), entries };
    },
  };
}

export type CheckupService = ReturnType<typeof createCheckupService>;
