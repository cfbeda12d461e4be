/**
 * Fake model servers for the check-up, on 127.0.0.1, replaying test/fixtures/server-responses.json
 * (a copy of ../shared/fixtures; each entry names its source) with the faults users hit:
 * a model loaded at a smaller context than configured, a load that takes N seconds, a
 * llama.cpp grammar that rejects OpenClaw-style tool schemas, LM Studio Responses tool calls
 * with empty arguments, a server without /v1/responses, and a duplicate `:2` instance.
 *
 * Sources beyond the fixtures:
 * - tool_calls in chat completions: the OpenAI chat.completion shape LM Studio, llama.cpp and
 *   Ollama's /v1 all follow [inferred: shape, not a recorded body];
 * - llama.cpp's grammar rejection: `{"error":{"code":400,"message":"Failed to initialize samplers:
 *   failed to parse grammar","type":"invalid_request_error"}}` [observed: openclaw/openclaw PR
 *   #108671, llama-server b10043, for OpenClaw's tool set];
 * - LM Studio's empty arguments: a Responses `function_call` whose `arguments` is "" [observed
 *   shape of the final event in openclaw/openclaw#90585 / PR #90593, LM Studio Responses];
 * - LM Studio without /v1/responses (< 0.3.29): 200 `{"error":"Unexpected endpoint or method. (POST /v1/responses)"}`
 *   [observed: lmstudio-bug-tracker#618, reference/servers.md §1.1];
 * - Ollama `POST /api/show`: `model_info["<arch>.context_length"]` and `parameters` [doc: ollama docs/api.md];
 * - duplicates: an instance loaded twice is listed as `model:2` [observed: lmstudio-bug-tracker#168, #1751].
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './fake-servers';

type Json = Record<string, unknown>;

export type ToolMode = 'ok' | 'grammar' | 'empty-arguments' | 'no-call';

export interface FakeModel {
  id: string;
  /** The model's own maximum context. */
  maxContext: number;
  /** The context it is loaded with; null = downloaded, not loaded. */
  loadedContext: number | null;
  /** The context an explicit load picks (LM Studio's per-model default). */
  loadContext?: number;
  /** Extra instances (`id:2`, …). */
  duplicates?: number;
  /** Ollama: the Modelfile sets no num_ctx (`parameters` has only the stop words: the server's default applies). */
  noModelfileNumCtx?: boolean;
}

export interface CheckupFakeOptions {
  kind: 'lmstudio' | 'llamacpp' | 'ollama' | 'vllm';
  models: FakeModel[];
  /** LM Studio: JIT loading on (default true). */
  jit?: boolean;
  /** A load (explicit or JIT) takes this long. */
  loadDelayMs?: number;
  tools?: ToolMode;
  /** LM Studio: serves /v1/responses (default true). */
  responses?: boolean;
}

export interface CheckupFake {
  baseUrl: string;
  origin: string;
  requests: { method: string; path: string; body: Json | null }[];
  models: FakeModel[];
  close(): Promise<void>;
}

const LMSTUDIO_HEADERS = { 'X-Powered-By': 'Express', 'Content-Type': 'application/json; charset=utf-8' };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    ...headers,
  });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Json | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? (JSON.parse(text) as Json) : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a request's tools carry what llama.cpp's GBNF compiler rejects (unanchored pattern, maxLength ≥ 2000). */
function hasGrammarLandmines(body: Json | null): boolean {
  const text = JSON.stringify(body?.tools ?? []);
  const lengths = [...text.matchAll(/"maxLength":(\d+)/g)].map((m) => Number(m[1]));
  return /"pattern":"[^^]/.test(text) || lengths.some((n) => n >= 2000);
}

function chatCompletion(model: string, toolMode: ToolMode, withTools: boolean): Json {
  const body = fixture('openai_compatible', 'v1_chat_completions_ok').body as Json;
  body.model = model;
  const choice = (body.choices as Json[])[0]!;
  if (withTools && toolMode !== 'no-call') {
    choice.message = {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_1',
          type: 'function',
          function: { name: 'get_weather', arguments: toolMode === 'empty-arguments' ? '{}' : '{"city":"Paris"}' },
        },
      ],
    };
    choice.finish_reason = 'tool_calls';
  } else if (withTools) {
    choice.message = { role: 'assistant', content: 'It is sunny in Paris.' };
  }
  return body;
}

export async function startCheckupFake(options: CheckupFakeOptions): Promise<CheckupFake> {
  const requests: CheckupFake['requests'] = [];
  const models = options.models.map((m) => ({ ...m }));
  const toolMode = options.tools ?? 'ok';
  const find = (id: string) => models.find((m) => m.id === id);
  const load = async (model: FakeModel) => {
    await sleep(options.loadDelayMs ?? 0);
    model.loadedContext = model.loadContext ?? model.loadedContext ?? 4096;
  };

  const lmstudio = async (req: IncomingMessage, res: ServerResponse, url: URL, body: Json | null) => {
    const route = `${req.method ?? ''} ${url.pathname}`;
    if (route === 'GET /lmstudio-greeting') return send(res, 200, { lmstudio: true }, LMSTUDIO_HEADERS);
    if (route === 'GET /api/v1/models') {
      const template = (fixture('lmstudio', 'api_v1_models').body as { models: Json[] }).models[0]!;
      const listing = models.map((m) => ({
        ...template,
        key: m.id,
        display_name: m.id,
        selected_variant: m.id,
        variants: [m.id],
        max_context_length: m.maxContext,
        loaded_instances:
          m.loadedContext === null
            ? []
            : [m.id, ...Array.from({ length: m.duplicates ?? 0 }, (_, i) => `${m.id}:${i + 2}`)].map((id) => ({
                id,
                config: { context_length: m.loadedContext, eval_batch_size: 512, parallel: 4 },
              })),
      }));
      return send(res, 200, { models: listing }, LMSTUDIO_HEADERS);
    }
    if (route === 'GET /v1/models') {
      const visible = models.filter((m) => options.jit !== false || m.loadedContext !== null);
      const ids = visible.flatMap((m) => [
        m.id,
        ...(m.loadedContext === null ? [] : Array.from({ length: m.duplicates ?? 0 }, (_, i) => `${m.id}:${i + 2}`)),
      ]);
      return send(
        res,
        200,
        { data: ids.map((id) => ({ id, object: 'model', owned_by: 'organization_owner' })), object: 'list' },
        LMSTUDIO_HEADERS,
      );
    }
    if (route === 'POST /api/v1/models/load') {
      const model = find(typeof body?.model === 'string' ? body.model : '');
      if (!model) return send(res, 200, fixture('lmstudio', 'api_v1_models_load_unknown').body, LMSTUDIO_HEADERS);
      const started = Date.now();
      await load(model);
      const echo = fixture('lmstudio', 'api_v1_models_load_echo').body as Json;
      echo.instance_id = model.id;
      echo.load_time_seconds = (Date.now() - started) / 1000;
      (echo.load_config as Json).context_length = model.loadedContext;
      if (!body?.echo_load_config) delete echo.load_config;
      return send(res, 200, echo, LMSTUDIO_HEADERS);
    }
    if (route === 'POST /api/v1/models/unload') {
      const id = typeof body?.instance_id === 'string' ? body.instance_id : '';
      const model = find(id.replace(/:\d+$/, ''));
      if (model) {
        if (id === model.id) model.loadedContext = null;
        model.duplicates = 0;
      }
      return send(res, 200, { instance_id: id }, LMSTUDIO_HEADERS);
    }
    if (route === 'POST /v1/chat/completions' || route === 'POST /v1/responses') {
      if (route === 'POST /v1/responses' && options.responses === false)
        return send(res, 200, { error: `Unexpected endpoint or method. (${route})` }, LMSTUDIO_HEADERS);
      const model = find(typeof body?.model === 'string' ? body.model : '');
      if (!model) return send(res, 400, fixture('lmstudio', 'err_invalid_model_identifier').body, LMSTUDIO_HEADERS);
      if (model.loadedContext === null) {
        if (options.jit === false)
          return send(res, 400, fixture('lmstudio', 'err_no_models_loaded').body, LMSTUDIO_HEADERS);
        await load(model);
      }
      const withTools = Array.isArray(body?.tools) && body!.tools.length > 0;
      if (route === 'POST /v1/chat/completions')
        return send(
          res,
          200,
          chatCompletion(model.id, toolMode === 'empty-arguments' ? 'ok' : toolMode, withTools),
          LMSTUDIO_HEADERS,
        );
      const response = fixture('lmstudio', 'v1_responses_ok').body as Json;
      response.model = model.id;
      if (withTools && toolMode !== 'no-call') {
        response.output = [
          {
            id: 'fc_1',
            type: 'function_call',
            call_id: 'call_1',
            name: 'get_weather',
            arguments: toolMode === 'empty-arguments' ? '' : '{"city":"Paris"}',
            status: 'completed',
          },
        ];
      }
      return send(res, 200, response, LMSTUDIO_HEADERS);
    }
    return send(res, 200, { error: `Unexpected endpoint or method. (${route})` }, LMSTUDIO_HEADERS);
  };

  const llamacpp = (req: IncomingMessage, res: ServerResponse, url: URL, body: Json | null) => {
    const route = `${req.method ?? ''} ${url.pathname}`;
    const headers = { Server: 'llama.cpp' };
    const model = models[0]!;
    if (route === 'GET /health') return send(res, 200, fixture('llamacpp', 'health_ok').body, headers);
    if (route === 'GET /v1/models') {
      const listing = fixture('llamacpp', 'v1_models').body as { data: Json[] };
      listing.data[0]!.id = model.id;
      (listing.data[0]!.meta as Json).n_ctx_train = model.maxContext;
      return send(res, 200, listing, headers);
    }
    if (route === 'GET /props') {
      const props = fixture('llamacpp', 'props').body as Json;
      (props.default_generation_settings as Json).n_ctx = model.loadedContext;
      return send(res, 200, props, headers);
    }
    if (route === 'POST /v1/chat/completions') {
      if (toolMode === 'grammar' && hasGrammarLandmines(body))
        return send(
          res,
          400,
          {
            error: {
              code: 400,
              message: 'Failed to initialize samplers: failed to parse grammar',
              type: 'invalid_request_error',
            },
          },
          headers,
        );
      const withTools = Array.isArray(body?.tools) && body!.tools.length > 0;
      return send(res, 200, chatCompletion(model.id, toolMode === 'grammar' ? 'ok' : toolMode, withTools), headers);
    }
    return send(res, 404, { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } }, headers);
  };

  const ollama = async (req: IncomingMessage, res: ServerResponse, url: URL, body: Json | null) => {
    const route = `${req.method ?? ''} ${url.pathname}`;
    if (route === 'GET /') return send(res, 200, 'Ollama is running');
    if (route === 'GET /api/version') return send(res, 200, fixture('ollama', 'version').body);
    if (route === 'GET /api/tags') {
      const template = (fixture('ollama', 'tags').body as { models: Json[] }).models[0]!;
      return send(res, 200, { models: models.map((m) => ({ ...template, name: m.id, model: m.id })) });
    }
    if (route === 'GET /api/ps') {
      const template = (fixture('ollama', 'ps_loaded').body as { models: Json[] }).models[0]!;
      return send(res, 200, {
        models: models
          .filter((m) => m.loadedContext !== null)
          .map((m) => ({ ...template, name: m.id, model: m.id, context_length: m.loadedContext })),
      });
    }
    if (route === 'POST /api/show') {
      const model = find(typeof body?.model === 'string' ? body.model : '');
      if (!model) return send(res, 404, { error: `model '${String(body?.model)}' not found` });
      return send(res, 200, {
        parameters: model.noModelfileNumCtx
          ? 'stop                           "<|im_end|>"'
          : `num_ctx                        ${model.loadContext ?? 4096}`,
        details: (fixture('ollama', 'tags').body as { models: Json[] }).models[0]!.details,
        model_info: { 'general.architecture': 'llama', 'llama.context_length': model.maxContext },
      });
    }
    if (route === 'POST /api/generate') {
      const model = find(typeof body?.model === 'string' ? body.model : '');
      if (!model) return send(res, 404, fixture('ollama', 'generate_not_found').body);
      if (body?.keep_alive === 0) {
        model.loadedContext = null;
        return send(res, 200, fixture('ollama', 'generate_unload').body);
      }
      if (model.loadedContext === null) await load(model);
      const loaded = fixture('ollama', 'generate_load').body as Json;
      loaded.model = model.id;
      return send(res, 200, loaded);
    }
    if (route === 'POST /v1/chat/completions') {
      const model = find(typeof body?.model === 'string' ? body.model : '');
      if (!model) return send(res, 404, fixture('ollama', 'v1_chat_not_found').body);
      if (model.loadedContext === null) await load(model);
      const withTools = Array.isArray(body?.tools) && body!.tools.length > 0;
      return send(res, 200, chatCompletion(model.id, toolMode, withTools));
    }
    return send(res, 404, '404 page not found');
  };

  const vllm = (req: IncomingMessage, res: ServerResponse, url: URL, body: Json | null) => {
    const route = `${req.method ?? ''} ${url.pathname}`;
    const headers = { server: 'uvicorn' };
    const model = models[0]!;
    if (route === 'GET /health') return send(res, 200, '', headers);
    if (route === 'GET /version') return send(res, 200, fixture('vllm', 'version').body, headers);
    if (route === 'GET /v1/models') {
      const listing = fixture('vllm', 'v1_models').body as { data: Json[] };
      Object.assign(listing.data[0]!, { id: model.id, root: model.id, max_model_len: model.loadedContext });
      return send(res, 200, listing, headers);
    }
    if (route === 'POST /v1/chat/completions') {
      const withTools = Array.isArray(body?.tools) && body!.tools.length > 0;
      return send(res, 200, chatCompletion(model.id, toolMode, withTools), headers);
    }
    return send(res, 404, { detail: 'Not Found' }, headers);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const body = req.method === 'POST' ? await readJson(req) : null;
      requests.push({ method: req.method ?? 'GET', path: url.pathname, body });
      if (options.kind === 'lmstudio') return lmstudio(req, res, url, body);
      if (options.kind === 'llamacpp') return llamacpp(req, res, url, body);
      if (options.kind === 'ollama') return ollama(req, res, url, body);
      return vllm(req, res, url, body);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${origin}/v1`,
    origin,
    requests,
    models,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
