/**
 * Asks one model's server what the check-up needs, over plain HTTP with a deadline per
 * call: the probe (kind, listing, a 1-token answer), the context it actually loaded or will
 * load (LM Studio /api/v1/models, llama.cpp /props per slot with its slot count, Ollama /api/ps,
 * else its Modelfile's num_ctx from /api/show, vLLM max_model_len),
 * duplicate `:2` instances, LM Studio's JIT, a measured load (explicit where the server has
 * one), a real Responses request when `api` is openai-responses, and a tool-call round trip.
 */
import type { GatheredFacts, LoadFacts, ModelFacts, ResponsesFacts, ServerFacts } from '@shared/checkup/facts';
import { servesLlamaCppApi, type ProbedModel, type ServerProbe } from '@shared/servers/probe-result';
import { HttpError, httpRequest, type HttpResponse } from '../servers/http-client';
import { normalizeBaseUrl, probeServer } from '../servers/probe';
import { answerOf, toolRoundTrip } from './tool-call';
import { stepDeadlines, type StepDeadlines } from '@shared/checkup/step-deadlines';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null);

const LIST_TIMEOUT_MS = 5000;

export interface GatherTarget {
  baseUrl: string;
  apiKey?: string;
  model: string;
  api: string;
  /** Unload first to measure a real cold load. */
  cold: boolean;
  /** OpenClaw strips pattern/long maxLength from tool schemas for this model. */
  cleanSchema: boolean;
  /** Load nothing: a model that is not loaded gets no load, Responses or tool-call request (the doctor). */
  passive?: boolean;
  /** Each step's deadline (shared/checkup/step-deadlines.ts; its defaults when absent). */
  deadlines?: StepDeadlines;
  /** Ollama on this machine: the window it loads with when neither /api/ps nor the Modelfile says (window.ts). */
  ollamaDefault?: { tokens: number; source: string } | null;
}

class Client {
  readonly origin: string;
  readonly openaiBase: string;
  constructor(
    baseUrl: string,
    private readonly apiKey?: string,
  ) {
    ({ origin: this.origin, openaiBase: this.openaiBase } = normalizeBaseUrl(baseUrl));
  }
  request(path: string, body?: unknown, timeoutMs = LIST_TIMEOUT_MS, absolute = false): Promise<HttpResponse> {
    return httpRequest(absolute ? path : `${this.origin}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      body,
      timeoutMs,
      headers: this.apiKey ? { Authorization: `Bearer ${this.apiKey}` } : {},
    });
  }
  /** A native listing that may be absent: null (with the reason kept by the caller's facts) when it fails. */
  async tryJson(path: string, body?: unknown): Promise<unknown> {
    try {
      const r = await this.request(path, body);
      return r.status < 400 ? r.json : null;
    } catch {
      // Optional detail (e.g. /api/show on an old Ollama): the probe already reported reachability.
      return null;
    }
  }
}

function serverFacts(probe: ServerProbe, jit: boolean | null): ServerFacts {
  return {
    baseUrl: probe.baseUrl,
    reachable: probe.reachable,
    // Messages stay messages: each surface translates them (a template string would print [object Object]).
    problem: probe.problem ?? null,
    kind: probe.kind,
    lmstudioRest: probe.lmstudioRest,
    ids: probe.models.map((m) => m.id),
    jit,
  };
}

const DUPLICATE = (id: string) => new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+$`);

function modelFacts(probe: ServerProbe, model: string, extraIds: string[]): ModelFacts {
  const served: ProbedModel | undefined = probe.models.find((m) => m.id === model);
  const allIds = [...new Set([...probe.models.map((m) => m.id), ...extraIds])];
  const lower = model.toLowerCase();
  return {
    present: !!served,
    near: served
      ? []
      : allIds.filter((id) => {
          const l = id.toLowerCase();
          return l === lower || l.startsWith(`${lower}@`) || l.startsWith(`${lower}:`) || lower.startsWith(`${l}:`);
        }),
    duplicates: allIds.filter((id) => DUPLICATE(model).test(id)),
    loaded: served?.loaded ?? null,
    loadedContext: served?.loaded === false ? null : (served?.contextLength ?? null),
    loadedContextSource: null,
    maxContext: served?.maxContextLength ?? null,
    sizeBytes: served?.sizeBytes ?? null,
    quant: served?.quant ?? null,
  };
}

/** LM Studio ≥ 0.4: instances and their loaded context from /api/v1/models. */
async function lmstudioDetail(client: Client, model: string, facts: ModelFacts): Promise<void> {
  const listing = await client.tryJson('/api/v1/models');
  const entry = arr(isObj(listing) ? listing.models : []).find((m) => m.key === model);
  if (!entry) return;
  const instances = arr(entry.loaded_instances);
  const ids = instances.map((i) => String(i.id));
  facts.duplicates = [...new Set([...facts.duplicates, ...ids.filter((id) => id !== model)])];
  const first = instances[0];
  const context = first && isObj(first.config) ? num(first.config.context_length) : null;
  facts.loaded = instances.length > 0;
  facts.loadedContext = context;
  facts.loadedContextSource = context ? 'LM Studio GET /api/v1/models loaded_instances[0].config.context_length' : null;
  facts.maxContext = num(entry.max_context_length) ?? facts.maxContext;
}

/** Ollama: the running context from /api/ps, the native window and Modelfile num_ctx from /api/show. */
async function ollamaDetail(
  client: Client,
  model: string,
  facts: ModelFacts,
  serverDefault: GatherTarget['ollamaDefault'] = null,
): Promise<void> {
  const ps = await client.tryJson('/api/ps');
  const running = arr(isObj(ps) ? ps.models : []).find((m) => m.name === model || m.model === model);
  facts.loaded = !!running;
  facts.loadedContext = running ? num(running.context_length) : null;
  facts.loadedContextSource = facts.loadedContext ? 'Ollama GET /api/ps context_length' : null;
  const show = await client.tryJson('/api/show', { model });
  if (isObj(show) && isObj(show.model_info)) {
    const key = Object.keys(show.model_info).find((k) => k.endsWith('.context_length'));
    facts.maxContext = key ? num(show.model_info[key]) : facts.maxContext;
  }
  // Not running: the next load uses the Modelfile's num_ctx (`parameters`, one "name value" a line).
  const modelfile =
    isObj(show) && typeof show.parameters === 'string' ? /^num_ctx\s+(\d+)/m.exec(show.parameters) : null;
  if (!running && modelfile) {
    facts.loadedContext = num(Number(modelfile[1]));
    facts.loadedContextSource = facts.loadedContext ? 'Ollama POST /api/show parameters num_ctx (Modelfile)' : null;
  } else if (!running && serverDefault) {
    // Neither running nor set in its Modelfile: the server's own default applies at the next load.
    facts.loadedContext = serverDefault.tokens;
    facts.loadedContextSource = serverDefault.source;
  }
}

/** llama.cpp: how many slots share -c (/props total_slots); n_ctx in /props is one slot's share. */
async function llamacppSlots(client: Client, facts: ModelFacts): Promise<void> {
  const props = await client.tryJson('/props');
  facts.slots = isObj(props) ? num(props.total_slots) : null;
}

/** LM Studio lists every downloaded model on /v1/models with JIT on, only the loaded ones with it off. */
async function lmstudioJit(client: Client, probe: ServerProbe): Promise<{ jit: boolean | null; ids: string[] }> {
  let ids: string[];
  try {
    const r = await client.request(`${client.openaiBase}/models`, undefined, LIST_TIMEOUT_MS, true);
    ids = arr(isObj(r.json) ? r.json.data : []).map((m) => String(m.id));
  } catch {
    // Already reachable per the probe; without /v1/models JIT stays unknown.
    return { jit: null, ids: [] };
  }
  if (probe.lmstudioRest === 'none') return { jit: null, ids };
  const loaded = new Set(probe.models.filter((m) => m.loaded).map((m) => m.id));
  const notLoaded = probe.models.filter((m) => m.loaded === false).map((m) => m.id);
  const listed = new Set(ids.filter((id) => !/:\d+$/.test(id)));
  if ([...listed].some((id) => !loaded.has(id))) return { jit: true, ids };
  // Every listed model is loaded: JIT is off only if some downloaded model is missing from the list.
  return { jit: notLoaded.some((id) => !listed.has(id)) ? false : null, ids };
}

async function timed(run: () => Promise<HttpResponse>): Promise<{ seconds: number; response: HttpResponse }> {
  const started = performance.now();
  const response = await run();
  return { seconds: (performance.now() - started) / 1000, response };
}

const failedText = (r: HttpResponse): string | null => {
  if (r.status >= 400) return `HTTP ${r.status}: ${answerOf(r).body}`;
  if (isObj(r.json) && r.json.error) return `HTTP ${r.status}: ${answerOf(r).body}`;
  return null;
};

/** Loads the model and measures how long it takes, the way its server allows. */
async function measureLoad(
  client: Client,
  probe: ServerProbe,
  target: GatherTarget,
  facts: ModelFacts,
  deadlines: StepDeadlines,
): Promise<LoadFacts> {
  if (probe.kind === 'vllm' || servesLlamaCppApi(probe.kind))
    return { method: 'always-loaded', seconds: null, error: null };
  try {
    if (probe.kind === 'lmstudio' && probe.lmstudioRest === 'v1') {
      if (facts.loaded && !target.cold) return { method: 'already-loaded', seconds: null, error: null };
      if (facts.loaded) {
        for (const id of [target.model, ...facts.duplicates]) {
          const r = await client.request('/api/v1/models/unload', { instance_id: id }, deadlines.unloadMs);
          const failed = failedText(r);
          if (failed) return { method: 'explicit', seconds: null, error: `unload ${id}: ${failed}` };
        }
      }
      const { seconds, response } = await timed(() =>
        client.request('/api/v1/models/load', { model: target.model, echo_load_config: true }, deadlines.loadMs),
      );
      const failed = failedText(response);
      if (failed) return { method: 'explicit', seconds: null, error: failed };
      const reported = isObj(response.json) ? num(response.json.load_time_seconds) : null;
      const config = isObj(response.json) && isObj(response.json.load_config) ? response.json.load_config : null;
      facts.loaded = true;
      facts.duplicates = [];
      if (config && num(config.context_length)) {
        facts.loadedContext = num(config.context_length);
        facts.loadedContextSource = 'LM Studio POST /api/v1/models/load load_config.context_length';
      } else await lmstudioDetail(client, target.model, facts);
      return { method: 'explicit', seconds: Math.max(seconds, reported ?? 0), error: null };
    }
    if (probe.kind === 'ollama') {
      if (facts.loaded && !target.cold) return { method: 'already-loaded', seconds: null, error: null };
      if (facts.loaded) {
        const r = await client.request('/api/generate', { model: target.model, keep_alive: 0 }, deadlines.unloadMs);
        const failed = failedText(r);
        if (failed) return { method: 'explicit', seconds: null, error: `unload: ${failed}` };
      }
      const { seconds, response } = await timed(() =>
        client.request('/api/generate', { model: target.model, keep_alive: '30m' }, deadlines.loadMs),
      );
      const failed = failedText(response);
      if (failed) return { method: 'explicit', seconds: null, error: failed };
      await ollamaDetail(client, target.model, facts);
      return { method: 'explicit', seconds, error: null };
    }
    if (facts.loaded === false) {
      const { seconds, response } = await timed(() =>
        client.request(
          `${client.openaiBase}/chat/completions`,
          {
            model: target.model,
            messages: [{ role: 'user', content: '.' }],
            max_tokens: 1,
            temperature: 0,
            stream: false,
          },
          deadlines.loadMs,
          true,
        ),
      );
      const failed = failedText(response);
      if (failed) return { method: 'first-request', seconds: null, error: failed };
      facts.loaded = true;
      return { method: 'first-request', seconds, error: null };
    }
    return { method: facts.loaded ? 'already-loaded' : 'none', seconds: null, error: null };
  } catch (error) {
    // Past its deadline: abandoned, and the deadline is said (step-deadlines.ts).
    const pastDeadline = error instanceof HttpError && error.failure === 'timeout';
    return {
      method: 'explicit',
      seconds: null,
      error: (error as Error).message,
      ...(pastDeadline ? { deadlineSeconds: deadlines.loadMs / 1000 } : {}),
    };
  }
}

/** A minimal real Responses request: the route existing is not enough (openclaw#6267). */
async function responsesRequest(client: Client, model: string, timeoutMs: number): Promise<ResponsesFacts> {
  try {
    const r = await client.request(
      `${client.openaiBase}/responses`,
      { model, input: 'Reply with OK.', max_output_tokens: 16, stream: false },
      timeoutMs,
      true,
    );
    const ok =
      r.status < 400 &&
      isObj(r.json) &&
      r.json.object === 'response' &&
      r.json.status !== 'failed' &&
      Array.isArray(r.json.output);
    return { ok, answer: answerOf(r), error: null };
  } catch (error) {
    return { ok: false, answer: null, error: (error as Error).message };
  }
}

export async function gatherFacts(target: GatherTarget): Promise<GatheredFacts> {
  const probe = await probeServer(target.baseUrl, { apiKey: target.apiKey, timeoutMs: LIST_TIMEOUT_MS });
  if (probe.problem || !probe.kind)
    return { server: serverFacts(probe, null), model: null, load: null, tools: null, responses: null };
  const client = new Client(target.baseUrl, target.apiKey);
  let jit: boolean | null = null;
  let extraIds: string[] = [];
  if (probe.kind === 'lmstudio') ({ jit, ids: extraIds } = await lmstudioJit(client, probe));
  const server = serverFacts(probe, jit);
  const model = modelFacts(probe, target.model, extraIds);
  if (!model.present) return { server, model, load: null, tools: null, responses: null };
  if (probe.kind === 'lmstudio' && probe.lmstudioRest === 'v1') await lmstudioDetail(client, target.model, model);
  if (probe.kind === 'ollama') await ollamaDetail(client, target.model, model, target.ollamaDefault);
  if (servesLlamaCppApi(probe.kind)) await llamacppSlots(client, model);
  const sources: Partial<Record<string, string>> = {
    llamacpp: 'llama.cpp GET /props default_generation_settings.n_ctx',
    'llama-app': 'Llama app (llama-server) GET /props default_generation_settings.n_ctx',
    vllm: 'vLLM GET /v1/models max_model_len',
    litellm: 'LiteLLM GET /model/info max_input_tokens',
    lmstudio: 'LM Studio GET /api/v0/models loaded_context_length',
  };
  if (!model.loadedContextSource) {
    // A generic server's /v1/models tells at most the training context, not what it loaded.
    if (probe.kind === 'openai-compatible') model.loadedContext = null;
    model.loadedContextSource = model.loadedContext ? (sources[probe.kind] ?? null) : null;
  }
  if (target.passive && model.loaded === false)
    return { server, model, load: { method: 'none', seconds: null, error: null }, tools: null, responses: null };
  const deadlines = target.deadlines ?? stepDeadlines({});
  const load = await measureLoad(client, probe, target, model, deadlines);
  const responses =
    target.api === 'openai-responses' ? await responsesRequest(client, target.model, deadlines.requestMs) : null;
  const tools = await toolRoundTrip({
    openaiBase: client.openaiBase,
    model: target.model,
    apiKey: target.apiKey,
    route: target.api === 'openai-responses' ? 'responses' : 'chat-completions',
    cleanSchema: target.cleanSchema,
    timeoutMs: deadlines.requestMs,
  });
  return { server, model, load, tools, responses };
}
