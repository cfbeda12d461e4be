/**
 * Local embedding servers (the memory search's provider): where the config points them, and the
 * check-up's judgement of what each one said — its context × slots (openclaw#125792: a managed
 * llama.cpp embeddings server started without `-c` reserved 32K × 4 slots, 5.3 GB, and got the gateway
 * OOM-killed on a 16 GB host), whether an input over 512 tokens is embedded (openclaw#127283,
 * #135408: HTTP 500 "input is too large to process"), and its share of the machine's model memory.
 * Settings: `memory.search` (newer releases) or `agents.defaults.memorySearch` (2026.9.6), provider,
 * `remote.baseUrl`, else the provider's own base URL (2026.9.6 dist/doctor-memory-search-*.mjs).
 */
import { z } from 'zod';
import { agentDefaults, asObject, providersOf, type ConfigObject } from '../../config/config-access';
import { msg, messageSchema, type Message } from '../../i18n/message';
import { CHECK_STATUSES, type CheckStatus } from '../../checkup/types';
import { bundledDefaultBaseUrl } from '../../servers/defaults';

/** The tokens of the probe input: over llama.cpp's default 512-token physical micro-batch. */
export const LONG_EMBEDDING_INPUT_TOKENS = 600;
/** The micro-batch to start an embeddings llama-server with (LLAMA_CPP_EMBEDDING_UBATCH_SIZE, openclaw#135408). */
export const EMBEDDING_UBATCH = 2048;
/** A per-slot context worth capping an embeddings server at (DEFAULT_LLAMA_CPP_EMBEDDING_CONTEXT_SIZE, openclaw#125881). */
export const EMBEDDING_CONTEXT_CAP = 8192;
/** At this share of the machine's model memory, an embeddings server is named as crowding out the chat models. */
export const EMBEDDING_SHARE_WARN = 0.2;
/** Memory providers that run elsewhere (a paid API), never checked here. */
const HOSTED_MEMORY_PROVIDERS = ['openai', 'gemini', 'voyage', 'mistral'];

export interface EmbeddingTarget {
  /** Where the settings are: `memory.search` or `agents.defaults.memorySearch`. */
  path: string;
  provider: string;
  model: string | null;
  /** Null for the in-process `local` provider (node-llama-cpp inside the gateway). */
  baseUrl: string | null;
  /** The in-process provider's context (`local.contextSize`, default 4096: openclaw#70544). */
  localContext: number | null;
}

/** Every local embedding server the config's memory search uses. */
export function embeddingTargets(config: ConfigObject): EmbeddingTarget[] {
  const places: [string, Record<string, unknown> | undefined][] = [
    ['memory.search', asObject(asObject(config.memory)?.search)],
    ['agents.defaults.memorySearch', asObject(agentDefaults(config).memorySearch)],
  ];
  return places.flatMap(([path, settings]): EmbeddingTarget[] => {
    if (!settings || typeof settings.provider !== 'string') return [];
    const provider = settings.provider;
    if (HOSTED_MEMORY_PROVIDERS.includes(provider.toLowerCase())) return [];
    const model = typeof settings.model === 'string' ? settings.model : null;
    if (provider === 'local') {
      const size = asObject(settings.local)?.contextSize;
      return [{ path, provider, model, baseUrl: null, localContext: typeof size === 'number' ? size : 4096 }];
    }
    const remote = asObject(settings.remote)?.baseUrl;
    const own = asObject(providersOf(config)[provider])?.baseUrl;
    const baseUrl =
      typeof remote === 'string' ? remote : typeof own === 'string' ? own : bundledDefaultBaseUrl(provider);
    return baseUrl ? [{ path, provider, model, baseUrl, localContext: null }] : [];
  });
}

/** What an embeddings server said. */
export interface EmbeddingFacts {
  reachable: boolean;
  error: string | null;
  /** llama.cpp: one slot's context (/props n_ctx) and the slot count (total_slots). */
  contextPerSlot: number | null;
  slots: number | null;
  /** The model file's size (/v1/models meta.size). */
  modelBytes: number | null;
  /** The server process's resident memory, where this machine can read it. */
  rssBytes: number | null;
  /** The probe with an input over 512 tokens. */
  longInput: { tokens: number; ok: boolean; status: number | null; error: string | null } | null;
}

export const embeddingServerSchema = z.object({
  path: z.string(),
  provider: z.string(),
  model: z.string().nullable(),
  baseUrl: z.string().nullable(),
  contextPerSlot: z.number().nullable(),
  slots: z.number().nullable(),
  rssBytes: z.number().nullable(),
  status: z.enum(CHECK_STATUSES),
  summary: messageSchema,
  evidence: z.array(messageSchema),
});
export type EmbeddingServer = z.infer<typeof embeddingServerSchema>;

const gb = (bytes: number) => (bytes / 1e9).toFixed(1);

/** The check-up's verdict on one embeddings server; `budgetBytes` is the machine's model memory. */
export function judgeEmbeddingServer(
  target: EmbeddingTarget,
  facts: EmbeddingFacts | null,
  budgetBytes: number | null,
): EmbeddingServer {
  const base = { path: target.path, provider: target.provider, model: target.model, baseUrl: target.baseUrl };
  const evidence: Message[] = [msg('embeddings.where', { path: target.path, provider: target.provider })];
  if (!target.baseUrl || !facts)
    return {
      ...base,
      contextPerSlot: target.localContext,
      slots: null,
      rssBytes: null,
      status: 'pass',
      summary: msg('embeddings.inGateway', { tokens: target.localContext ?? 0 }),
      evidence,
    };
  const shape = { contextPerSlot: facts.contextPerSlot, slots: facts.slots, rssBytes: facts.rssBytes };
  if (!facts.reachable)
    return {
      ...base,
      ...shape,
      status: 'fail',
      summary: msg('embeddings.down', { url: target.baseUrl }),
      evidence: [...evidence, msg('embeddings.said', { error: facts.error ?? '' })],
    };
  let status: CheckStatus = 'pass';
  const problems: Message[] = [];
  const raise = (s: CheckStatus) => {
    if (s === 'fail' || status === 'pass') status = s;
  };
  if (facts.contextPerSlot && facts.slots) {
    const total = facts.contextPerSlot * facts.slots;
    evidence.push(msg('embeddings.reserved', { ctx: facts.contextPerSlot, slots: facts.slots, total }));
    if (facts.contextPerSlot > EMBEDDING_CONTEXT_CAP) {
      raise('warn');
      problems.push(
        msg('embeddings.contextTooLarge', {
          ctx: facts.contextPerSlot,
          slots: facts.slots,
          cap: EMBEDDING_CONTEXT_CAP,
        }),
      );
    }
  }
  if (facts.modelBytes) evidence.push(msg('embeddings.modelFile', { gb: gb(facts.modelBytes) }));
  if (facts.rssBytes) {
    evidence.push(msg('embeddings.rss', { gb: gb(facts.rssBytes) }));
    if (budgetBytes) {
      const share = facts.rssBytes / budgetBytes;
      const line = msg('embeddings.share', {
        percent: Math.round(share * 100),
        budget: gb(budgetBytes),
        left: gb(Math.max(0, budgetBytes - facts.rssBytes)),
      });
      if (share >= EMBEDDING_SHARE_WARN) {
        raise('warn');
        problems.push(line);
      } else evidence.push(line);
    }
  } else evidence.push(msg('embeddings.rssUnknown'));
  if (facts.longInput) {
    const { tokens, ok, status: http, error } = facts.longInput;
    if (ok) evidence.push(msg('embeddings.longOk', { tokens }));
    else {
      raise('fail');
      problems.unshift(
        msg('embeddings.longFails', { tokens, status: http ?? 0, error: error ?? '', ubatch: EMBEDDING_UBATCH }),
      );
    }
  }
  const summary =
    problems[0] ??
    (facts.contextPerSlot
      ? msg('embeddings.ok', { total: facts.contextPerSlot * (facts.slots ?? 1) })
      : msg('embeddings.okPlain'));
  return { ...base, ...shape, status, summary, evidence: [...evidence, ...problems.slice(1)] };
}
