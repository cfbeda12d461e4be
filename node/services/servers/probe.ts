/**
 * Probes a model server (F3): detects its kind in the order of reference/servers.md §7
 * (LM Studio greeting, Ollama's root, llama.cpp's header, LiteLLM's liveliness, vLLM's
 * version, else generic OpenAI-compatible) by body shapes — LM Studio answers 200 to
 * anything — and lists its models with loaded state and context lengths where it tells.
 * A server that lists a loaded model must also answer it (answer-check.ts): "ok" on /health
 * with every completion failing is a problem too. Each failure becomes a problem with the
 * guidance's advice.
 */
import { msg, type Message } from '@shared/i18n/message';
import type { ProbedModel, ServerKind, ServerProbe, ServerProblem } from '@shared/servers/probe-result';
import { DEFAULT_PORTS } from '@shared/servers/defaults';
import { parseExoState } from '@shared/cluster/exo-state';
import { answerCandidate, checkAnswers } from './answer-check';
import { HttpError, httpRequest, type HttpResponse } from './http-client';

export interface ProbeOptions {
  apiKey?: string;
  timeoutMs?: number;
  /** Also check whether POST /v1/responses exists (for api: "openai-responses"). */
  checkResponses?: boolean;
  /** Ask a loaded model for one token (answer-check.ts); on unless turned off. */
  checkAnswers?: boolean;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** More entries than any real server lists (LM Studio/Ollama catalogs hold hundreds): a hostile or broken answer. */
export const MAX_LISTED_MODELS = 5000;
const arr = (v: unknown): Json[] => {
  if (!Array.isArray(v)) return [];
  if (v.length > MAX_LISTED_MODELS)
    throw new HttpError(
      'too-large',
      `the answer lists ${v.length} entries (more than ${MAX_LISTED_MODELS})`,
      msg('safety.httpTooManyModels', { count: v.length, max: MAX_LISTED_MODELS }),
    );
  return v.filter(isObj);
};
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The server's origin and its OpenAI-compatible base (`…/v1`), from whatever the user pasted. */
export function normalizeBaseUrl(raw: string): { origin: string; openaiBase: string } {
  const url = new URL(raw.trim());
  const pathname = url.pathname
    .replace(/\/(chat\/completions|completions|responses|models)\/?$/, '')
    .replace(/\/+$/, '');
  return { origin: url.origin, openaiBase: `${url.origin}${pathname.endsWith('/v1') ? pathname : `${pathname}/v1`}` };
}

const isLmStudioUnknownRoute = (r: HttpResponse) =>
  isObj(r.json) && typeof r.json.error === 'string' && r.json.error.startsWith('Unexpected endpoint');

export function problemFor(error: unknown, baseUrl: string): ServerProblem {
  if (error instanceof HttpError) {
    // Every failure but a bad URL names the server and what went wrong there.
    const at = (code: ServerProblem['code'], advice: Message): ServerProblem => ({
      code,
      message: msg('servers.at', { url: baseUrl, detail: error.text }),
      advice,
    });
    switch (error.failure) {
      case 'refused':
      case 'dns':
      case 'network':
      case 'aborted':
        return at(
          'unreachable',
          msg('servers.advice.unreachable', { modelsUrl: `${baseUrl.replace(/\/$/, '')}/models` }),
        );
      case 'timeout':
        return at('timeout', msg('servers.advice.timeout'));
      case 'cut-off':
        return at('server-error', msg('safety.httpCutOffAdvice'));
      case 'too-large':
      case 'too-deep':
        return at('too-large', msg('servers.advice.tooLarge'));
      case 'bad-url':
        return { code: 'bad-url', message: error.text, advice: msg('servers.advice.badUrl') };
    }
  }
  return {
    code: 'server-error',
    message: msg('servers.at', {
      url: baseUrl,
      detail: msg('servers.failure.network', { detail: (error as Error)?.message ?? String(error) }),
    }),
    advice: msg('servers.advice.serverLog'),
  };
}

/** A probe that reached the server but cannot go on (401, 5xx, not an OpenAI /v1). */
class ProbeFailure extends Error {
  constructor(readonly problem: ServerProblem) {
    super(problem.code);
  }
}

class Prober {
  constructor(
    readonly origin: string,
    private readonly openaiBase: string,
    private readonly options: ProbeOptions,
  ) {}

  get(path: string, absolute = false) {
    return httpRequest(absolute ? path : `${this.origin}${path}`, {
      timeoutMs: this.options.timeoutMs ?? 2500,
      headers: this.options.apiKey ? { Authorization: `Bearer ${this.options.apiKey}` } : {},
    });
  }

  /** A GET that may fail without failing the probe. */
  async tryGet(path: string, absolute = false): Promise<HttpResponse | null> {
    try {
      return await this.get(path, absolute);
    } catch (error) {
      if (error instanceof HttpError && (error.failure === 'refused' || error.failure === 'dns')) throw error;
      return null;
    }
  }

  async openaiModels(): Promise<{ response: HttpResponse; models: Json[] }> {
    const url = `${this.openaiBase}/models`;
    const response = await this.get(url, true);
    const failure = classifyOpenAiFailure(response, url, !!this.options.apiKey);
    if (failure) throw new ProbeFailure(failure);
    const list = isObj(response.json) ? response.json.data : response.json;
    if (!Array.isArray(list)) {
      throw new ProbeFailure({
        code: 'not-openai',
        message: msg('servers.problem.notOpenAi', { url, status: response.status }),
        advice: msg('servers.advice.notOpenAi'),
      });
    }
    return { response, models: arr(list) };
  }
}

function fromOpenAi(models: Json[], loaded: boolean | null): ProbedModel[] {
  return models.map((m) => ({
    id: String(m.id),
    loaded,
    contextLength: num(m.max_model_len) ?? num(isObj(m.meta) ? m.meta.n_ctx_train : null),
    maxContextLength: num(m.max_model_len) ?? num(isObj(m.meta) ? m.meta.n_ctx_train : null),
    vision: null,
    sizeBytes: num(isObj(m.meta) ? m.meta.size : null),
    quant: null,
    type: /embed/i.test(String(m.id)) ? 'embedding' : 'llm',
  }));
}

async function detect(
  p: Prober,
  first: HttpResponse | null,
): Promise<Omit<ServerProbe, 'baseUrl' | 'reachable' | 'latencyMs' | 'problem' | 'probedAt' | 'responsesApi'>> {
  const base = { version: null as string | null, lmstudioRest: null as ServerProbe['lmstudioRest'] };
  // 1. LM Studio: the greeting.
  if (first && isObj(first.json) && first.json.lmstudio === true) {
    const v1 = await p.tryGet('/api/v1/models');
    if (v1 && isObj(v1.json) && Array.isArray(v1.json.models)) {
      const models = arr(v1.json.models).map((m): ProbedModel => {
        const instances = arr(m.loaded_instances);
        const config = instances[0] && isObj(instances[0].config) ? instances[0].config : {};
        return {
          id: String(m.key),
          loaded: instances.length > 0,
          contextLength: num(config.context_length),
          maxContextLength: num(m.max_context_length),
          vision: isObj(m.capabilities) ? m.capabilities.vision === true : null,
          sizeBytes: num(m.size_bytes),
          quant: isObj(m.quantization) ? str(m.quantization.name) : null,
          type: m.type === 'embedding' ? 'embedding' : 'llm',
          displayName: str(m.display_name),
        };
      });
      return { ...base, kind: 'lmstudio', lmstudioRest: 'v1', version: '≥ 0.4', models };
    }
    const v0 = await p.tryGet('/api/v0/models');
    if (v0 && isObj(v0.json) && Array.isArray(v0.json.data)) {
      const models = arr(v0.json.data).map((m): ProbedModel => ({
        id: String(m.id),
        loaded: m.state === 'loaded',
        contextLength: num(m.loaded_context_length),
        maxContextLength: num(m.max_context_length),
        vision: m.type === 'vlm' ? true : null,
        sizeBytes: null,
        quant: str(m.quantization),
        type: String(m.type).startsWith('embed') ? 'embedding' : 'llm',
      }));
      return { ...base, kind: 'lmstudio', lmstudioRest: 'v0', version: '0.3.x', models };
    }
    const { models } = await p.openaiModels();
    return { ...base, kind: 'lmstudio', lmstudioRest: 'none', version: '< 0.3.6', models: fromOpenAi(models, null) };
  }
  // 2. Ollama: "Ollama is running".
  const root = await p.tryGet('/');
  if (root && root.text.startsWith('Ollama is running')) {
    const [version, tags, ps] = await Promise.all([
      p.tryGet('/api/version'),
      p.tryGet('/api/tags'),
      p.tryGet('/api/ps'),
    ]);
    const running = new Map(
      arr(isObj(ps?.json) ? ps!.json.models : []).map((m) => [String(m.name), num(m.context_length)]),
    );
    const models = arr(isObj(tags?.json) ? tags!.json.models : []).map((m): ProbedModel => ({
      id: String(m.name),
      loaded: running.has(String(m.name)),
      contextLength: running.get(String(m.name)) ?? null,
      maxContextLength: null,
      vision: Array.isArray(m.capabilities) ? m.capabilities.includes('vision') : null,
      sizeBytes: num(m.size),
      quant: isObj(m.details) ? str(m.details.quantization_level) : null,
      type: 'llm',
    }));
    return {
      ...base,
      kind: 'ollama',
      version: isObj(version?.json)
        ? (typeof version!.json.version === 'string' && version!.json.version) || null
        : null,
      models,
    };
  }
  // 3. llama.cpp: its Server header, or /health + /props.
  const health = await p.tryGet('/health');
  const isLlamaCpp = [root, health].some((r) => r?.headers.server?.startsWith('llama.cpp'));
  if (isLlamaCpp) {
    const { models } = await p.openaiModels();
    const props = await p.tryGet('/props');
    const nCtx =
      isObj(props?.json) && isObj(props!.json.default_generation_settings)
        ? num(props!.json.default_generation_settings.n_ctx)
        : null;
    // A sleeping server (--sleep-idle-seconds) has unloaded its model: asking it would wake it.
    const loaded = health?.status === 200 && !(isObj(props?.json) && props!.json.is_sleeping === true);
    // The Llama app runs the same llama-server on its own port (DEFAULT_PORTS['llama-app']): same shapes.
    const port = Number(new URL(p.origin).port);
    return {
      ...base,
      kind: port === DEFAULT_PORTS['llama-app'] ? 'llama-app' : 'llamacpp',
      models: fromOpenAi(models, loaded).map((m) => ({ ...m, contextLength: nCtx ?? m.contextLength })),
    };
  }
  // 4. LiteLLM: liveliness, or its version header.
  const alive = await p.tryGet('/health/liveliness');
  if (
    (alive && (alive.json === "I'm alive!" || alive.text.includes("I'm alive"))) ||
    [root, health, alive].some((r) => r?.headers['x-litellm-version'])
  ) {
    const [{ models }, info] = await Promise.all([p.openaiModels(), p.tryGet('/model/info')]);
    const limits = new Map(
      arr(isObj(info?.json) ? info!.json.data : []).map((m) => [
        String(m.model_name),
        isObj(m.model_info) ? num(m.model_info.max_input_tokens) : null,
      ]),
    );
    const outputs = new Map(
      arr(isObj(info?.json) ? info!.json.data : []).map((m) => [
        String(m.model_name),
        isObj(m.model_info) ? num(m.model_info.max_output_tokens) : null,
      ]),
    );
    const readiness = await p.tryGet('/health/readiness');
    return {
      ...base,
      kind: 'litellm',
      version: isObj(readiness?.json)
        ? (typeof readiness!.json.litellm_version === 'string' && readiness!.json.litellm_version) || null
        : null,
      models: fromOpenAi(models, null).map((m) => ({
        ...m,
        contextLength: limits.get(m.id) ?? null,
        maxContextLength: limits.get(m.id) ?? null,
        maxOutputTokens: outputs.get(m.id) ?? null,
      })),
    };
  }
  // 5. exo: owned_by "exo" (exo-explore/exo src/exo/api/types/api.py ModelListModel) and its cluster /state.
  const { models } = await p.openaiModels();
  if (models.some((m) => m.owned_by === 'exo')) {
    const state = await p.tryGet('/state');
    const cluster = parseExoState(state?.json);
    const placed = new Set(cluster?.instances.map((i) => i.modelId) ?? []);
    return {
      ...base,
      kind: 'exo',
      cluster,
      models: models.map((m) => ({
        ...fromOpenAi([m], null)[0]!,
        loaded: cluster ? placed.has(String(m.id)) : null,
        contextLength: num(m.context_length),
        maxContextLength: num(m.context_length),
        sizeBytes: num(m.storage_size_megabytes) !== null ? num(m.storage_size_megabytes)! * 1024 * 1024 : null,
        quant: str(m.quantization),
      })),
    };
  }
  // 6. vLLM: /version and owned_by "vllm".
  const version = await p.tryGet('/version');
  if (models.some((m) => m.owned_by === 'vllm')) {
    return {
      ...base,
      kind: 'vllm',
      version: isObj(version?.json)
        ? (typeof version!.json.version === 'string' && version!.json.version) || null
        : null,
      models: fromOpenAi(models, true),
    };
  }
  return { ...base, kind: 'openai-compatible', models: fromOpenAi(models, null) };
}

/** POST /v1/responses with an empty body: a server that has the route rejects the body (4xx); one without says 404 (LM Studio: 200 "Unexpected endpoint"). */
async function hasResponsesApi(openaiBase: string, options: ProbeOptions): Promise<boolean | null> {
  try {
    const r = await httpRequest(`${openaiBase}/responses`, {
      method: 'POST',
      body: {},
      timeoutMs: options.timeoutMs ?? 2500,
      headers: options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {},
    });
    if (r.status === 404 || r.status === 405 || isLmStudioUnknownRoute(r)) return false;
    return r.status < 500 ? true : null;
  } catch {
    return null;
  }
}

export async function probeServer(baseUrl: string, options: ProbeOptions = {}): Promise<ServerProbe> {
  const probedAt = new Date().toISOString();
  const failed = (problem: ServerProblem, reachable: boolean, latencyMs: number | null = null): ServerProbe => ({
    baseUrl,
    kind: null,
    reachable,
    latencyMs,
    version: null,
    lmstudioRest: null,
    responsesApi: null,
    models: [],
    problem,
    probedAt,
  });
  let origin: string;
  let openaiBase: string;
  try {
    ({ origin, openaiBase } = normalizeBaseUrl(baseUrl));
  } catch {
    return failed(
      problemFor(
        new HttpError('bad-url', `not a URL: ${baseUrl}`, msg('servers.failure.notUrl', { url: baseUrl })),
        baseUrl,
      ),
      false,
    );
  }
  const prober = new Prober(origin, openaiBase, options);
  let first: HttpResponse;
  try {
    first = await prober.get('/lmstudio-greeting');
  } catch (error) {
    return failed(problemFor(error, baseUrl), false);
  }
  const latencyMs = Math.round(first.ms);
  try {
    const found = await detect(prober, first);
    const responsesApi = options.checkResponses ? await hasResponsesApi(openaiBase, options) : null;
    const kind = found.kind as ServerKind;
    const candidate = options.checkAnswers === false ? null : answerCandidate(kind, found.models);
    const problem = candidate
      ? await checkAnswers({ baseUrl, openaiBase, kind, model: candidate, apiKey: options.apiKey })
      : null;
    return {
      baseUrl,
      reachable: true,
      latencyMs,
      responsesApi,
      problem,
      probedAt,
      ...found,
      kind,
    };
  } catch (error) {
    if (error instanceof ProbeFailure) return failed(error.problem, true, latencyMs);
    if (error instanceof HttpError) return failed(problemFor(error, baseUrl), error.failure !== 'refused', latencyMs);
    return failed(problemFor(error, baseUrl), true, latencyMs);
  }
}

/** Why a probe that reached the server still failed: a 401, a 5xx, or something that is not an OpenAI /v1. */
export function classifyOpenAiFailure(response: HttpResponse, baseUrl: string, hadKey: boolean): ServerProblem | null {
  if (response.status === 401 || response.status === 403) {
    return {
      code: 'auth',
      message: msg('servers.problem.refused', { url: baseUrl, status: response.status }),
      advice: msg(hadKey ? 'servers.advice.keyRefused' : 'servers.advice.keyWanted'),
    };
  }
  if (response.status >= 500)
    return {
      code: 'server-error',
      message: msg('servers.problem.status', { url: baseUrl, status: response.status }),
      advice: msg('servers.advice.serverError'),
    };
  return null;
}
