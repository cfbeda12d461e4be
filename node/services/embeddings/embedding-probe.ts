/**
 * Asks one embeddings server what the check-up needs, each call with a deadline: llama.cpp's /props
 * (one slot's context and the slot count) and /v1/models (the model file's size), the process's resident
 * memory where this machine can read it, and one embedding of an input over 512 tokens.
 */
import type { EmbeddingFacts, EmbeddingTarget } from '@shared/rules/checkup/embeddings';
import { LONG_EMBEDDING_INPUT_TOKENS } from '@shared/rules/checkup/embeddings';
import { HttpError, httpRequest } from '../servers/http-client';
import { normalizeBaseUrl } from '../servers/probe';
import { rssOfServerOnPort } from './process-rss';

const LIST_TIMEOUT_MS = 5000;
/** One long input on a small embedding model: seconds at most, even on a CPU. */
const EMBED_TIMEOUT_MS = 30_000;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);

/** A probe text of `tokens` short common words (one token each in the usual vocabularies). */
export function longInput(tokens = LONG_EMBEDDING_INPUT_TOKENS): string {
  const words = ['memory', 'note', 'about', 'the', 'project', 'and', 'its', 'plan'];
  return Array.from({ length: tokens }, (_, i) => words[i % words.length]).join(' ');
}

const said = (json: unknown, text: string): string => {
  const error = isObj(json) ? json.error : null;
  const message =
    isObj(error) && typeof error.message === 'string' ? error.message : typeof error === 'string' ? error : text;
  return message.trim().slice(0, 300);
};

export interface ProbeOptions {
  apiKey?: string;
  /** Where /proc is (tests); the machine's own by default. */
  procRoot?: string;
}

export async function probeEmbeddingServer(
  target: EmbeddingTarget,
  options: ProbeOptions = {},
): Promise<EmbeddingFacts> {
  const facts: EmbeddingFacts = {
    reachable: false,
    error: null,
    contextPerSlot: null,
    slots: null,
    modelBytes: null,
    rssBytes: null,
    longInput: null,
  };
  let origin: string;
  let openaiBase: string;
  let port: number;
  try {
    ({ origin, openaiBase } = normalizeBaseUrl(target.baseUrl!));
    const url = new URL(origin);
    port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  } catch (error) {
    facts.error = (error as Error).message;
    return facts;
  }
  const headers: Record<string, string> = options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {};
  const get = async (url: string): Promise<unknown> => {
    try {
      const r = await httpRequest(url, { method: 'GET', timeoutMs: LIST_TIMEOUT_MS, headers });
      facts.reachable = true;
      return r.status < 400 ? r.json : null;
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      facts.error = error.message;
      return null;
    }
  };
  const props = await get(`${origin}/props`);
  if (isObj(props)) {
    facts.contextPerSlot = isObj(props.default_generation_settings)
      ? num(props.default_generation_settings.n_ctx)
      : null;
    facts.slots = num(props.total_slots);
  }
  const models = await get(`${openaiBase}/models`);
  const first = isObj(models) && Array.isArray(models.data) ? models.data.find(isObj) : undefined;
  if (first && isObj(first.meta)) facts.modelBytes = num(first.meta.size);
  if (!facts.reachable) return facts;
  facts.error = null;
  facts.rssBytes = await rssOfServerOnPort(port, options.procRoot);
  try {
    const r = await httpRequest(`${openaiBase}/embeddings`, {
      method: 'POST',
      body: { model: target.model ?? (typeof first?.id === 'string' ? first.id : 'default'), input: longInput() },
      timeoutMs: EMBED_TIMEOUT_MS,
      headers,
    });
    const ok = r.status < 400 && isObj(r.json) && Array.isArray(r.json.data);
    facts.longInput = {
      tokens: LONG_EMBEDDING_INPUT_TOKENS,
      ok,
      status: r.status,
      error: ok ? null : said(r.json, r.text),
    };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    facts.longInput = { tokens: LONG_EMBEDDING_INPUT_TOKENS, ok: false, status: null, error: error.message };
  }
  return facts;
}
