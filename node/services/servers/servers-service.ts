/**
 * The servers service (F3/F4): which local and LAN providers the config has, their probed
 * status (cached briefly), and keep-warm for configured models — the refs kept warm live
 * in the app's settings file and are resumed at start. Keys written as `${VAR}` or as an
 * env SecretRef are resolved from the environment in memory only, never written.
 */
import { asObject, providersOf, type ConfigObject } from '@shared/config/config-access';
import { effectiveEnv, resolveCredential, resolveEnvString, type Env } from '@shared/config/env-refs';
import { chainLocalRefs } from '@shared/config/local-refs';
import { parseModelRef } from '@shared/config/model-ref';
import { isLocalLocation, providerLocation } from '@shared/config/provider-kind';
import { AppError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { bundledDefaultBaseUrl } from '@shared/servers/defaults';
import type { ProviderServerStatus, ServerProbe } from '@shared/servers/probe-result';
import type { ConfigDocument } from '../config/config-document';
import { usableConfig } from '../config/config-reader';
import type { EventBus } from '../event-bus';
import type { SettingsStore } from '../settings';
import { createKeepWarm, type Clock } from './keep-warm';
import { probeServer } from './probe';
import type { WarmTarget } from './warm-methods';

export interface LocalProvider {
  id: string;
  baseUrl: string;
  apiKey?: string;
  api: string | null;
}

const PROBE_CACHE_MS = 3000;

/** The config's local and LAN providers with their base URL and key resolved (`${VAR}` per env-refs.ts). */
export function localProviders(config: ConfigObject, processEnv: Env): LocalProvider[] {
  const env = effectiveEnv(config, processEnv);
  return Object.entries(providersOf(config)).flatMap(([id, value]) => {
    const provider = asObject(value) ?? {};
    if (!isLocalLocation(providerLocation(id, provider, env))) return [];
    const raw =
      typeof provider.baseUrl === 'string' ? resolveEnvString(provider.baseUrl, env) : bundledDefaultBaseUrl(id);
    if (!raw) return [];
    return [
      {
        id,
        baseUrl: raw,
        apiKey: resolveCredential(provider.apiKey, env),
        api: typeof provider.api === 'string' ? provider.api : null,
      },
    ];
  });
}

const notRef = (ref: string) => new AppError('INVALID_INPUT', msg('servers.notRef', { ref }));

export interface ServersServiceOptions {
  /** Reads the config (the one reader); a broken file makes every call fail with its reason. */
  /** The config document (config-document.ts), read now. */
  document: () => Promise<ConfigDocument>;
  settings: SettingsStore;
  events: EventBus;
  env: Env;
  clock?: Clock;
  intervalMs?: number;
}

export function createServersService(options: ServersServiceOptions) {
  const cache = new Map<string, { at: number; probe: Promise<ServerProbe> }>();

  const probeCached = (provider: LocalProvider, refresh = false): Promise<ServerProbe> => {
    const key = `${provider.baseUrl} ${provider.apiKey ?? ''}`;
    const hit = cache.get(key);
    if (hit && !refresh && Date.now() - hit.at < PROBE_CACHE_MS) return hit.probe;
    const probe = probeServer(provider.baseUrl, {
      apiKey: provider.apiKey,
      checkResponses: provider.api === 'openai-responses',
    });
    cache.set(key, { at: Date.now(), probe });
    return probe;
  };

  /** The config as OpenClaw reads it ($includes resolved), or null when there is none. */
  const configNow = async (): Promise<ConfigObject | null> => {
    // A malformed or unreadable config is an error (CONFIG_MALFORMED / IO_ERROR), never "no local servers".
    const doc = await options.document();
    return usableConfig(doc.read) ? doc.resolved : null;
  };

  const providersNow = async () => {
    const config = await configNow();
    return config ? localProviders(config, options.env) : [];
  };

  const resolveTarget = async (ref: string): Promise<WarmTarget> => {
    const parsed = parseModelRef(ref);
    if (!parsed) throw notRef(ref);
    const provider = (await providersNow()).find((p) => p.id.toLowerCase() === parsed.provider);
    if (!provider) throw new AppError('NOT_FOUND', msg('servers.notLocal', { provider: parsed.provider }));
    const probe = await probeCached(provider);
    if (probe.problem)
      throw new AppError(
        'UNREACHABLE',
        msg('doctor.serverProblem', {
          provider: provider.id,
          problem: probe.problem.message,
          advice: probe.problem.advice,
        }),
      );
    return {
      ref,
      model: parsed.model,
      baseUrl: provider.baseUrl,
      apiKey: provider.apiKey,
      kind: probe.kind,
      lmstudioRest: probe.lmstudioRest,
    };
  };

  const keepWarm = createKeepWarm({
    resolveTarget,
    clock: options.clock,
    intervalMs: options.intervalMs,
    onLog: (entry) => options.events.emit('keepWarmLog', entry),
  });

  const persist = async () => {
    await options.settings.update({ keepWarm: keepWarm.kept() });
  };

  return {
    keepWarm,
    async statuses(refresh = false): Promise<ProviderServerStatus[]> {
      const providers = await providersNow();
      return Promise.all(
        providers.map(async (p) => ({ providerId: p.id, baseUrl: p.baseUrl, probe: await probeCached(p, refresh) })),
      );
    },
    /** The chain's local refs, for the tray (providers in $include files count). */
    chainLocalRefs: async () => chainLocalRefs(await configNow(), options.env),
    probe: (baseUrl: string, apiKey?: string, checkResponses = false) =>
      probeServer(baseUrl, { apiKey, checkResponses }),
    async setKept(ref: string, kept: boolean) {
      if (kept && !parseModelRef(ref)) throw notRef(ref);
      keepWarm.setKept(ref, kept);
      await persist();
      return keepWarm.report();
    },
    /** Resumes keeping warm what the settings file lists. */
    async start() {
      for (const ref of (await options.settings.get()).keepWarm) keepWarm.setKept(ref, true);
    },
    stop: () => keepWarm.stop(),
  };
}

export type ServersService = ReturnType<typeof createServersService>;
