/**
 * The cheapest correct way to keep each kind of server's model loaded (reference/servers.md
 * §0, §1.7): LM Studio ≥ 0.4 — check /api/v1/models and load explicitly when evicted;
 * older LM Studio, LiteLLM and generic servers — a one-token request to that exact model,
 * checking that the answer names it (LM Studio answers for its single loaded model
 * whatever you ask); Ollama — keep_alive through /api/generate; vLLM and llama.cpp —
 * health only. Plus reload and unload where the server can.
 */
import { msg, type Message } from '@shared/i18n/message';
import { problem, type Problem } from '@shared/api/problem';
import type { ServerKind } from '@shared/servers/probe-result';
import type { WarmMethod } from '@shared/servers/keep-warm-types';
import { HttpError, httpRequest, type HttpResponse } from './http-client';
import { checkAnswers } from './answer-check';
import { normalizeBaseUrl } from './probe';

export interface WarmTarget {
  ref: string;
  /** The model id as the server names it. */
  model: string;
  baseUrl: string;
  apiKey?: string;
  kind: ServerKind | null;
  lmstudioRest: 'v1' | 'v0' | 'none' | null;
}

export interface WarmOutcome {
  method: WarmMethod;
  result: 'ok' | 'loaded' | 'reloaded' | 'unloaded';
  /** In English, for logs and JSON output. */
  detail: string;
  /** The same, to translate where it is shown (panel log, CLI, tray). */
  text: Message;
}

export class WarmError extends Error {
  constructor(
    readonly method: WarmMethod,
    message: string,
    readonly text: Message,
  ) {
    super(message);
    this.name = 'WarmError';
  }

  /** What `problemOf` reads: the server did not do what was asked. */
  get problem(): Problem {
    return problem('UNREACHABLE', this.text);
  }
}

const KIND_OR_SERVER = (kind: ServerKind | null) => kind ?? msg('servers.warm.thisServer');
const english = (kind: ServerKind | null) => kind ?? 'this server';

const LOAD_TIMEOUT_MS = 10 * 60_000;
const PING_TIMEOUT_MS = 5 * 60_000;
export const OLLAMA_KEEP_ALIVE = '30m';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How a target is kept warm, and how often (well below the idle timeouts). */
export function warmPlan(target: WarmTarget): { method: WarmMethod; intervalMs: number } {
  switch (target.kind) {
    case 'lmstudio':
      return target.lmstudioRest === 'v1'
        ? { method: 'lmstudio-load', intervalMs: 30_000 }
        : { method: 'ping', intervalMs: 25 * 60_000 };
    case 'ollama':
      return { method: 'ollama-keep-alive', intervalMs: 10 * 60_000 };
    case 'vllm':
    case 'llamacpp':
    case 'llama-app':
      return { method: 'health', intervalMs: 60_000 };
    default:
      return { method: 'ping', intervalMs: 10 * 60_000 };
  }
}

function auth(target: WarmTarget): Record<string, string> {
  return target.apiKey ? { Authorization: `Bearer ${target.apiKey}` } : {};
}

/** What the server said went wrong (its own words are not translated), or its HTTP status. */
function serverError(method: WarmMethod, response: HttpResponse): WarmError {
  const body = response.json;
  const said = isObj(body)
    ? typeof body.error === 'string'
      ? body.error
      : isObj(body.error) && typeof body.error.message === 'string'
        ? body.error.message
        : null
    : null;
  return said !== null
    ? new WarmError(method, said, msg('servers.warm.serverSaid', { detail: said }))
    : new WarmError(method, `HTTP ${response.status}`, msg('servers.warm.httpStatus', { status: response.status }));
}

async function call(
  method: WarmMethod,
  url: string,
  target: WarmTarget,
  body: unknown | undefined,
  timeoutMs: number,
): Promise<HttpResponse> {
  let response: HttpResponse;
  try {
    response = await httpRequest(url, {
      method: body === undefined ? 'GET' : 'POST',
      body,
      headers: auth(target),
      timeoutMs,
    });
  } catch (error) {
    const text =
      error instanceof HttpError ? error.text : msg('servers.failure.network', { detail: (error as Error).message });
    throw new WarmError(method, (error as Error).message, text);
  }
  if (response.status >= 400 || (isObj(response.json) && typeof response.json.error === 'string'))
    throw serverError(method, response);
  return response;
}

async function lmstudioInstances(target: WarmTarget): Promise<string[]> {
  const { origin } = normalizeBaseUrl(target.baseUrl);
  const response = await call('lmstudio-load', `${origin}/api/v1/models`, target, undefined, 10_000);
  const models = isObj(response.json) && Array.isArray(response.json.models) ? response.json.models.filter(isObj) : [];
  const entry = models.find((m) => m.key === target.model);
  if (!entry)
    throw new WarmError(
      'lmstudio-load',
      `LM Studio has no model "${target.model}": download it, or fix the model id`,
      msg('servers.warm.noSuchModel', { model: target.model }),
    );
  return Array.isArray(entry.loaded_instances) ? entry.loaded_instances.filter(isObj).map((i) => String(i.id)) : [];
}

async function lmstudioLoad(target: WarmTarget): Promise<void> {
  const { origin } = normalizeBaseUrl(target.baseUrl);
  await call('lmstudio-load', `${origin}/api/v1/models/load`, target, { model: target.model }, LOAD_TIMEOUT_MS);
}

async function ping(target: WarmTarget): Promise<WarmOutcome> {
  const { openaiBase } = normalizeBaseUrl(target.baseUrl);
  const response = await call(
    'ping',
    `${openaiBase}/chat/completions`,
    target,
    { model: target.model, messages: [{ role: 'user', content: '.' }], max_tokens: 1, temperature: 0, stream: false },
    PING_TIMEOUT_MS,
  );
  const answered = isObj(response.json) ? (typeof response.json.model === 'string' ? response.json.model : '') : '';
  if (answered && answered.toLowerCase() !== target.model.toLowerCase()) {
    throw new WarmError(
      'ping',
      `the server answered with "${answered}", not "${target.model}": ${target.model} is not loaded (LM Studio serves its only loaded model whatever is asked). Load ${target.model} explicitly.`,
      msg('servers.warm.wrongModel', { answered, model: target.model }),
    );
  }
  const by = answered || target.model;
  return {
    method: 'ping',
    result: 'ok',
    detail: `1-token request answered by ${by}`,
    text: msg('servers.warm.pinged', { model: by }),
  };
}

async function ollamaKeepAlive(target: WarmTarget, keepAlive: string | number): Promise<HttpResponse> {
  const { origin } = normalizeBaseUrl(target.baseUrl);
  return call(
    'ollama-keep-alive',
    `${origin}/api/generate`,
    target,
    { model: target.model, keep_alive: keepAlive },
    LOAD_TIMEOUT_MS,
  );
}

/** One keep-warm step: check, and load or ping as the server needs. */
export async function warmOnce(target: WarmTarget): Promise<WarmOutcome> {
  const { method } = warmPlan(target);
  switch (method) {
    case 'lmstudio-load': {
      if ((await lmstudioInstances(target)).length > 0)
        return { method, result: 'ok', detail: 'loaded', text: msg('servers.warm.loaded') };
      await lmstudioLoad(target);
      return {
        method,
        result: 'loaded',
        detail: 'was not loaded: loaded explicitly (no idle TTL)',
        text: msg('servers.warm.loadedExplicitly'),
      };
    }
    case 'ollama-keep-alive': {
      const response = await ollamaKeepAlive(target, OLLAMA_KEEP_ALIVE);
      const reason = isObj(response.json)
        ? typeof response.json.done_reason === 'string'
          ? response.json.done_reason
          : ''
        : '';
      return {
        method,
        result: reason === 'load' ? 'ok' : 'loaded',
        detail: `keep_alive ${OLLAMA_KEEP_ALIVE}`,
        text: msg('servers.warm.keepAlive', { value: OLLAMA_KEEP_ALIVE }),
      };
    }
    case 'health': {
      const { origin } = normalizeBaseUrl(target.baseUrl);
      await call('health', `${origin}/health`, target, undefined, 10_000);
      // "ok" on /health is not an answer (llama.cpp#27309): the cached 1-token check decides.
      const failing = await checkAnswers({
        baseUrl: target.baseUrl,
        openaiBase: normalizeBaseUrl(target.baseUrl).openaiBase,
        kind: target.kind ?? 'openai-compatible',
        model: {
          id: target.model,
          loaded: true,
          contextLength: null,
          maxContextLength: null,
          vision: null,
          sizeBytes: null,
          quant: null,
          type: null,
        },
        apiKey: target.apiKey,
      });
      if (failing) throw new WarmError('health', `${target.baseUrl} is up but cannot answer`, failing.message);
      return {
        method,
        result: 'ok',
        detail: `${english(target.kind)} keeps its model loaded; health OK`,
        text: msg('servers.warm.healthOk', { kind: KIND_OR_SERVER(target.kind) }),
      };
    }
    default:
      return ping(target);
  }
}

export async function unloadModel(target: WarmTarget): Promise<WarmOutcome> {
  if (target.kind === 'lmstudio' && target.lmstudioRest === 'v1') {
    const { origin } = normalizeBaseUrl(target.baseUrl);
    const instances = await lmstudioInstances(target);
    for (const instance of instances)
      await call('unload', `${origin}/api/v1/models/unload`, target, { instance_id: instance }, 60_000);
    return {
      method: 'unload',
      result: 'unloaded',
      detail: instances.length ? `unloaded ${instances.join(', ')}` : 'was not loaded',
      text: instances.length
        ? msg('servers.warm.unloaded', { instances: instances.join(', ') })
        : msg('servers.warm.notLoaded'),
    };
  }
  if (target.kind === 'ollama') {
    await ollamaKeepAlive(target, 0);
    return {
      method: 'unload',
      result: 'unloaded',
      detail: 'keep_alive 0',
      text: msg('servers.warm.keepAlive', { value: 0 }),
    };
  }
  throw new WarmError(
    'unload',
    `${english(target.kind)} has no unload over HTTP`,
    msg('servers.warm.noUnload', { kind: KIND_OR_SERVER(target.kind) }),
  );
}

export async function reloadModel(target: WarmTarget): Promise<WarmOutcome> {
  if ((target.kind === 'lmstudio' && target.lmstudioRest === 'v1') || target.kind === 'ollama') {
    await unloadModel(target);
    const warmed = await warmOnce(target);
    return {
      method: 'reload',
      result: 'reloaded',
      detail: `unloaded, then ${warmed.detail}`,
      text: msg('servers.warm.reloaded', { detail: warmed.text }),
    };
  }
  const warmed = await warmOnce(target);
  return {
    method: 'reload',
    result: 'reloaded',
    detail: `no unload on ${english(target.kind)}: ${warmed.detail}`,
    text: msg('servers.warm.reloadedNoUnload', { kind: KIND_OR_SERVER(target.kind), detail: warmed.text }),
  };
}
