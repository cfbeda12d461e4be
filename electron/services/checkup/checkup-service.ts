/**
 * The model check-up service: resolves which refs to check (the chain by default, or
 * the refs asked for — any configured local model), gathers each one's facts from its
 * server one at a time (loads on one server must not race), judges them with the pure
 * rules, and keeps the latest result per ref with its time for the panel.
 */
import { AppError } from '../../../shared/api/errors';
import { gatherFacts } from './gather';
import { judge, resolveEntry, type ResolvedEntry } from '../../../shared/checkup/rules';
import type { GatheredFacts } from '../../../shared/checkup/facts';
import type { CheckupEntry, CheckupReport } from '../../../shared/checkup/types';
import { asObject, configVars, modelChain, refContext, type ConfigObject } from '../../../shared/config/config-access';
import { PROVIDERS_WITH_GBNF_CLEANER } from '../../../shared/checkup/openclaw-limits';
import { formatModelRef, normalizeRef, resolveRef } from '../../../shared/config/model-ref';
import { fitForRow, totalBudget } from '../../../shared/fit/config-fit';
import type { FitResult } from '../../../shared/fit/advisor';
import type { ConfigStore } from '../config/config-store';
import type { HardwareService } from '../hardware/hardware-service';
import { DEFAULT_BASE_URLS, resolveApiKey } from '../servers/servers-service';
import type { SettingsStore } from '../settings';

type Env = Readonly<Record<string, string | undefined>>;

export interface CheckupServiceOptions {
  configStore: ConfigStore;
  settings: SettingsStore;
  hardware: HardwareService;
  env: Env;
  /** The installed OpenClaw's version (null when none or unknown): its release's rules apply. */
  openclawVersion?: () => Promise<string | null>;
}

export interface CheckupRequest {
  refs?: string[];
  cold?: boolean;
  /** Load nothing (the doctor, which runs whenever the Overview opens). */
  passive?: boolean;
}

function substituteVars(text: string, env: Env, vars: Record<string, unknown>): string | null {
  let missing = false;
  const out = text.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (_m, name: string) => {
    const value = env[name] ?? (typeof vars[name] === 'string' ? (vars[name] as string) : undefined);
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? null : out;
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
      throw new AppError(
        'INVALID_INPUT',
        resolved.reason === 'ambiguous'
          ? `"${raw}" matches several models (${resolved.candidates!.join(', ')}); write provider/model`
          : `"${raw}" is neither an alias nor a configured model; write it as provider/model`,
      );
    }
    const ref = formatModelRef(resolved.ref);
    return { ref, role: roleOf(ref) };
  });
}

export function createCheckupService(options: CheckupServiceOptions) {
  const latest = new Map<string, CheckupEntry>();

  const fitOf = async (entry: ResolvedEntry, facts: GatheredFacts): Promise<FitResult | null> => {
    if (entry.location !== 'local' || !entry.row) return null;
    const [report, settings] = await Promise.all([
      options.hardware.get().catch((error: unknown) => {
        // No hardware report: the fit part of the chain check is left out, the rest still runs.
        void error;
        return null;
      }),
      options.settings.get(),
    ]);
    const budget = totalBudget(report, settings.extraMachines);
    if (budget.bytes === null) return null;
    return fitForRow(
      entry.row,
      budget,
      facts.model ? { sizeBytes: facts.model.sizeBytes, quant: facts.model.quant } : null,
    );
  };

  const checkOne = async (
    config: ConfigObject,
    ref: string,
    role: CheckupEntry['role'],
    cold: boolean,
    kept: Set<string>,
    passive: boolean,
  ): Promise<CheckupEntry> => {
    const entry = resolveEntry(config, ref);
    const empty: GatheredFacts = { server: null, model: null, load: null, tools: null, responses: null };
    let facts = empty;
    if (entry.provider && entry.location !== 'hosted' && entry.modelId) {
      const vars = configVars(config);
      const rawUrl =
        typeof entry.row?.baseUrl === 'string'
          ? entry.row.baseUrl
          : typeof entry.provider.baseUrl === 'string'
            ? entry.provider.baseUrl
            : DEFAULT_BASE_URLS[entry.providerId ?? ''];
      const baseUrl = rawUrl ? substituteVars(rawUrl, options.env, vars) : null;
      const api = String(
        entry.row?.api ?? entry.provider.api ?? (entry.providerId === 'ollama' ? 'ollama' : 'openai-completions'),
      );
      if (baseUrl) {
        facts = await gatherFacts({
          baseUrl,
          apiKey: resolveApiKey(entry.provider.apiKey, options.env, vars),
          model: entry.modelId,
          api,
          cold,
          passive,
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
      fit: await fitOf(entry, facts),
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
      if (!loaded.exists) throw new AppError('NOT_FOUND', `No OpenClaw config at ${loaded.path}`);
      const targets = refsToCheck(loaded.config, request.refs);
      const kept = new Set((await options.settings.get()).keepWarm.map(normalizeRef));
      const entries: CheckupEntry[] = [];
      for (const { ref, role } of targets) {
        const entry = await checkOne(loaded.config, ref, role, request.cold ?? false, kept, request.passive ?? false);
        latest.set(ref, entry);
        entries.push(entry);
      }
      return { checkedAt: new Date().toISOString(), entries };
    },
    /** The latest result for every ref checked so far, oldest first. */
    cached(): CheckupReport {
      const entries = [...latest.values()].sort((a, b) => a.checkedAt.localeCompare(b.checkedAt));
      return { checkedAt: entries.at(-1)?.checkedAt ?? new Date(0).toISOString(), entries };
    },
  };
}

export type CheckupService = ReturnType<typeof createCheckupService>;
