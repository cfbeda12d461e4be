/**
 * The real window against what OpenClaw needs from it: its compaction reserve and its own prompt
 * and tools come off the top, and what is left is the conversation; where the server's window is
 * too small, how to raise it for that server.
 */
import { msg, type Message } from '../../i18n/message';
import type { ServerKind } from '../../servers/probe-result';

/**
 * OpenClaw's compaction reserve: at least 20,000 tokens, at most a quarter of the context budget
 * (2026.9.6 dist/openclaw-runtime-agent-*.mjs: DEFAULT_AGENT_COMPACTION_RESERVE_TOKENS_FLOOR = 2e4,
 * resolveEffectiveCompactionReserveTokens with MAX_COMPACTION_RESERVE_RATIO = .25).
 */
export const OPENCLAW_RESERVE_FLOOR_TOKENS = 20_000;
export const OPENCLAW_MAX_RESERVE_RATIO = 0.25;

/**
 * What OpenClaw's own system prompt and tool definitions take before the first message: about
 * 7–16 K tokens (NemoClaw's measurement; OpenClaw's `llama-app` provider docs), by tool set.
 */
export const PROMPT_OVERHEAD_TOKENS = { low: 7_000, high: 16_000 } as const;

/** Below this much room for the conversation (with the larger overhead), the window warns. */
export const MIN_CONVERSATION_TOKENS = 4_096;

/** The window to raise a too-small server to (the model's own maximum, when that is smaller). */
export const TARGET_WINDOW_TOKENS = 32_768;

export function compactionReserve(budget: number): number {
  return Math.min(OPENCLAW_RESERVE_FLOOR_TOKENS, Math.floor(Math.max(1, budget) * OPENCLAW_MAX_RESERVE_RATIO));
}

export interface RoomVerdict {
  status: 'pass' | 'warn';
  /** The summary when the room decides the verdict (warn, fail); the evidence line when it passes. */
  message: Message;
}

/** What a window of `budget` tokens leaves for the conversation. */
export function conversationRoom(budget: number): RoomVerdict {
  const reserve = compactionReserve(budget);
  const { low, high } = PROMPT_OVERHEAD_TOKENS;
  const best = budget - reserve - low;
  const worst = budget - reserve - high;
  // The prompt's size is an estimate (the tool set varies; OpenClaw's own floor may still accept the
  // window): a warning, never a failure on its own.
  if (best <= 0)
    return { status: 'warn', message: msg('checkup.context.noRoom', { window: budget, reserve, low, high }) };
  if (worst < MIN_CONVERSATION_TOKENS)
    return {
      status: 'warn',
      message: msg('checkup.context.littleRoom', { window: budget, reserve, low, high, room: best }),
    };
  return { status: 'pass', message: msg('checkup.context.room', { reserve, low, high, room: worst }) };
}

/** The window worth raising to: the target, or the model's own maximum when that is smaller. */
export function targetWindow(maxContext: number | null): number {
  return maxContext ? Math.min(maxContext, TARGET_WINDOW_TOKENS) : TARGET_WINDOW_TOKENS;
}

/**
 * How to raise the window of `kind` to `tokens` per request (llama.cpp: `-c` is split among the
 * `-np` slots, tools/server/README.md). Null when the model cannot go above what it has.
 */
export function raiseAdvice(
  kind: ServerKind | null,
  model: string,
  current: number,
  maxContext: number | null,
  slots: number | null,
): Message | null {
  const tokens = targetWindow(maxContext);
  if (tokens <= current) return null;
  switch (kind) {
    case 'ollama':
      return msg('checkup.context.raise.ollama', { tokens });
    case 'llamacpp':
    case 'llama-app': {
      const n = slots && slots > 1 ? slots : 1;
      return msg('checkup.context.raise.llamacpp', { tokens, slots: n, total: tokens * n });
    }
    case 'vllm':
      return msg('checkup.context.raise.vllm', { tokens });
    case 'lmstudio':
      return msg('checkup.context.raise.lmstudio', { tokens, model });
    default:
      return msg('checkup.context.raise.other', { tokens });
  }
}

/** Ollama's own default window by the GPU memory it finds (Ollama docs/context-length.mdx). */
export const OLLAMA_DEFAULT_WINDOWS = [
  { belowGiB: 24, tokens: 4_096 },
  { belowGiB: 48, tokens: 32_768 },
  { belowGiB: Infinity, tokens: 262_144 },
] as const;

/**
 * The window Ollama loads a model with when neither the running model (/api/ps) nor its Modelfile
 * (`num_ctx`) says: `OLLAMA_CONTEXT_LENGTH` where it is set for this machine, else Ollama's default by
 * GPU memory (docs/context-length.mdx: under 24 GiB 4k, 24–48 GiB 32k, 48 GiB and more 256k).
 * Null when the GPU memory is unknown and nothing is set.
 */
export function ollamaServerDefault(
  gpuBytes: number | null,
  envValue: string | undefined,
): { tokens: number; source: string } | null {
  const set = envValue ? Number(envValue) : NaN;
  if (Number.isInteger(set) && set > 0) return { tokens: set, source: 'OLLAMA_CONTEXT_LENGTH (Ollama server default)' };
  if (gpuBytes === null) return null;
  const gib = gpuBytes / 2 ** 30;
  const row = OLLAMA_DEFAULT_WINDOWS.find((r) => gib < r.belowGiB)!;
  return {
    tokens: row.tokens,
    source: `Ollama's default for ${Math.round(gib)} GiB of GPU memory (docs/context-length.mdx; OLLAMA_CONTEXT_LENGTH overrides it)`,
  };
}
