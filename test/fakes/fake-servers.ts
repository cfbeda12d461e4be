/**
 * Faithful fake local-LLM servers on 127.0.0.1, built from test/fixtures/server-responses.json
 * (a copy of ../shared/fixtures): LM Studio 0.3.x and 0.4.x (load/unload, idle TTL eviction,
 * the single-loaded-model trap), Ollama (keep_alive, /api/ps), vLLM, LiteLLM, llama.cpp, a
 * bare OpenAI-compatible server, and faults (a server that never answers, 500, malformed
 * JSON, a huge body, 401). Every request is logged so tests can assert what was sent.
 */
import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

type Json = Record<string, unknown>;
interface Fixture {
  method: string;
  path: string;
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const FIXTURES = JSON.parse(
  readFileSync(path.resolve(__dirname, '../fixtures/server-responses.json'), 'utf8'),
) as Record<string, Record<string, Fixture & Json>>;

export function fixture(kind: string, name: string): Fixture {
  const entry = FIXTURES[kind]?.[name];
  if (!entry) throw new Error(`no fixture ${kind}.${name}`);
  return structuredClone(entry);
}

export type FakeKind = 'lmstudio-0.4' | 'lmstudio-0.3' | 'ollama' | 'vllm' | 'litellm' | 'llamacpp' | 'openai';
/** `cut-off`: headers and part of a body, then the socket is destroyed — what a model server that crashes mid-answer does (issue #16). `deep`: a valid but 100k-deep nested JSON answer. */
export type Fault = 'none' | 'hang' | 'error-500' | 'malformed' | 'huge' | 'require-key' | 'cut-off' | 'deep';

export interface LoggedRequest {
  method: string;
  path: string;
  body: Json | null;
  authorization: string | undefined;
  at: number;
}

export interface FakeServerOptions {
  kind: FakeKind;
  /** LM Studio / Ollama: models loaded at start. */
  loaded?: string[];
  /** LM Studio 0.4: how long an explicit load takes. */
  loadDelayMs?: number;
  /** LM Studio / Ollama: unload a JIT-loaded model this long after its last request (0 = never); explicit loads have no TTL. */
  idleTtlMs?: number;
  /** LM Studio: a request for a downloaded but unloaded model loads it first (JIT), taking loadDelayMs. */
  jit?: boolean;
  fault?: Fault;
  apiKey?: string;
}

export interface FakeServer {
  baseUrl: string;
  port: number;
  requests: LoggedRequest[];
  loaded: Set<string>;
  /** Unloads a model as LM Studio's idle TTL or a user's eject would. */
  evict(model: string): void;
  setFault(fault: Fault): void;
  close(): Promise<void>;
}

const LMSTUDIO_HEADERS = { 'X-Powered-By': 'Express', 'Content-Type': 'application/json; charset=utf-8' };

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    ...headers,
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Json | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}

function replay(res: ServerResponse, kind: string, name: string, patch?: (body: Json) => void): void {
  const f = fixture(kind, name);
  if (patch && f.body && typeof f.body === 'object') patch(f.body as Json);
  send(res, f.status, f.body ?? '', f.headers ?? {});
}

export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const requests: LoggedRequest[] = [];
  const loaded = new Set(options.loaded ?? []);
  const lastUsed = new Map<string, number>();
  let fault: Fault = options.fault ?? 'none';
  const timers = new Set<NodeJS.Timeout>();
  const hanging = new Set<ServerResponse>();

  const pinned = new Set<string>();
  const touch = (model: string) => {
    lastUsed.set(model, Date.now());
    if (!options.idleTtlMs || pinned.has(model)) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (Date.now() - (lastUsed.get(model) ?? 0) >= options.idleTtlMs! - 5) loaded.delete(model);
    }, options.idleTtlMs);
    timers.add(timer);
  };
  loaded.forEach(touch);

  const lmstudioModels = () => fixture('lmstudio', 'api_v1_models').body as { models: Json[] };
  const lmstudioKeys = () => lmstudioModels().models.map((m) => String(m.key));

  const handleLmStudio = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: Json | null,
    v1: boolean,
  ) => {
    const route = `${req.method ?? ''} ${url.pathname}`;
    const unknown = () => send(res, 200, { error: `Unexpected endpoint or method. (${route})` }, LMSTUDIO_HEADERS);
    if (route === 'GET /lmstudio-greeting') return send(res, 200, { lmstudio: true }, LMSTUDIO_HEADERS);
    if (route === 'GET /v1/models') return replay(res, 'lmstudio', 'v1_models_jit_on');
    if (route === 'GET /api/v0/models') {
      return replay(res, 'lmstudio', 'api_v0_models', (b) => {
        for (const m of b.data as Json[]) m.state = loaded.has(String(m.id)) ? 'loaded' : 'not-loaded';
      });
    }
    if (!v1 && url.pathname.startsWith('/api/v1/')) return unknown();
    if (route === 'GET /api/v1/models') {
      const listing = lmstudioModels();
      for (const m of listing.models) {
        m.loaded_instances = loaded.has(String(m.key)) ? [{ id: m.key, config: { context_length: 8192 } }] : [];
      }
      return send(res, 200, listing, LMSTUDIO_HEADERS);
    }
    if (route === 'POST /api/v1/models/load') {
      const model = typeof body?.model === 'string' ? body.model : '';
      if (!lmstudioKeys().includes(model)) return replay(res, 'lmstudio', 'api_v1_models_load_unknown');
      await new Promise((resolve) => setTimeout(resolve, options.loadDelayMs ?? 0));
      loaded.add(model);
      pinned.add(model);
      touch(model);
      return send(
        res,
        200,
        { type: 'llm', instance_id: model, load_time_seconds: (options.loadDelayMs ?? 0) / 1000, status: 'loaded' },
        LMSTUDIO_HEADERS,
      );
    }
    if (route === 'POST /api/v1/models/unload') {
      loaded.delete(typeof body?.instance_id === 'string' ? body.instance_id : '');
      return send(res, 200, { instance_id: body?.instance_id }, LMSTUDIO_HEADERS);
    }
    if (route === 'POST /v1/chat/completions' || route === 'POST /v1/responses') {
      if (!body?.model)
        return send(
          res,
          400,
          { error: { message: "'model' is required", type: 'invalid_request_error', param: 'model', code: null } },
          LMSTUDIO_HEADERS,
        );
      const asked = typeof body.model === 'string' ? body.model : '';
      if (options.jit && !loaded.has(asked) && lmstudioKeys().includes(asked)) {
        await new Promise((resolve) => setTimeout(resolve, options.loadDelayMs ?? 0));
        loaded.add(asked);
      }
      // The trap: with exactly one model loaded, LM Studio answers with it whatever was asked.
      const answering = loaded.has(asked) ? asked : loaded.size === 1 ? [...loaded][0]! : null;
      if (!answering)
        return replay(res, 'lmstudio', loaded.size === 0 ? 'err_no_models_loaded' : 'err_invalid_model_identifier');
      touch(answering);
      return replay(
        res,
        'lmstudio',
        route.endsWith('responses') ? 'v1_responses_ok' : 'v1_chat_completions_ok',
        (b) => (b.model = answering),
      );
    }
    return unknown();
  };

  const handleOllama = (req: IncomingMessage, res: ServerResponse, url: URL, body: Json | null) => {
    const route = `${req.method ?? ''} ${url.pathname}`;
    if (route === 'GET /' || route === 'HEAD /') return send(res, 200, 'Ollama is running');
    if (route === 'GET /api/version') return replay(res, 'ollama', 'version');
    if (route === 'GET /api/tags') return replay(res, 'ollama', 'tags');
    if (route === 'GET /v1/models') return replay(res, 'ollama', 'v1_models');
    if (route === 'GET /api/ps') {
      return replay(res, 'ollama', 'ps_loaded', (b) => {
        const template = (b.models as Json[])[0]!;
        b.models = [...loaded].map((name) => ({ ...template, name, model: name }));
      });
    }
    if (route === 'POST /api/generate') {
      const model = typeof body?.model === 'string' ? body.model : '';
      const tags = (fixture('ollama', 'tags').body as { models: Json[] }).models.map((m) => String(m.name));
      const name = tags.find((tag) => tag === model || tag === `${model}:latest`);
      if (!name) return replay(res, 'ollama', 'generate_not_found');
      if (body?.keep_alive === 0) {
        loaded.delete(name);
        return replay(res, 'ollama', 'generate_unload');
      }
      loaded.add(name);
      touch(name);
      return replay(res, 'ollama', 'generate_load', (b) => (b.model = model));
    }
    if (route === 'POST /v1/chat/completions') return replay(res, 'ollama', 'v1_chat_completions_ok');
    return send(res, 404, '404 page not found');
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const body = req.method === 'POST' ? await readJson(req) : null;
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname + url.search,
        body,
        authorization: req.headers.authorization,
        at: Date.now(),
      });
      if (fault === 'hang') {
        hanging.add(res);
        return;
      }
      if (fault === 'error-500') return send(res, 500, { error: 'internal error' });
      if (fault === 'malformed')
        return send(res, 200, '{"data": [ {"id": "x", ', { 'Content-Type': 'application/json' });
      if (fault === 'huge') {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{"data":[');
        const chunk = `${JSON.stringify({ id: 'x'.repeat(1000), object: 'model' })},`.repeat(1000);
        for (let i = 0; i < 40 && !res.destroyed; i++) res.write(chunk);
        return res.end('{"id":"end"}]}');
      }
      if (fault === 'cut-off') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '4096' });
        res.write('{"data":[{"id":"qwen/qwen3-4b-2507","object":"model"},');
        return setTimeout(() => res.socket?.destroy(), 20);
      }
      if (fault === 'deep')
        return send(res, 200, `${'['.repeat(100_000)}${']'.repeat(100_000)}`, { 'Content-Type': 'application/json' });
      if (fault === 'require-key' && req.headers.authorization !== `Bearer ${options.apiKey ?? ''}`) {
        return options.kind.startsWith('lmstudio') && url.pathname === '/lmstudio-greeting'
          ? send(res, 200, { lmstudio: true }, LMSTUDIO_HEADERS)
          : replay(res, 'lmstudio', 'err_unauthorized');
      }
      switch (options.kind) {
        case 'lmstudio-0.4':
          return handleLmStudio(req, res, url, body, true);
        case 'lmstudio-0.3':
          return handleLmStudio(req, res, url, body, false);
        case 'ollama':
          return handleOllama(req, res, url, body);
        case 'vllm': {
          const routes: Record<string, string> = {
            'GET /health': 'health',
            'GET /version': 'version',
            'GET /v1/models': 'v1_models',
            'POST /v1/chat/completions': 'v1_chat_completions_ok',
          };
          const name = routes[`${req.method ?? ''} ${url.pathname}`];
          return name ? replay(res, 'vllm', name) : send(res, 404, { detail: 'Not Found' }, { server: 'uvicorn' });
        }
        case 'litellm': {
          const routes: Record<string, string> = {
            'GET /health/liveliness': 'liveliness',
            'GET /health/readiness': 'readiness',
            'GET /v1/models': 'v1_models',
            'GET /model/info': 'model_info',
          };
          const name = routes[`${req.method ?? ''} ${url.pathname}`];
          if (name) return replay(res, 'litellm', name);
          if (`${req.method ?? ''} ${url.pathname}` === 'POST /v1/chat/completions')
            return replay(res, 'openai_compatible', 'v1_chat_completions_ok', (b) => (b.model = body?.model));
          return send(res, 404, { detail: 'Not Found' }, { 'x-litellm-version': '1.74.9' });
        }
        case 'llamacpp': {
          const routes: Record<string, string> = {
            'GET /health': 'health_ok',
            'GET /v1/models': 'v1_models',
            'GET /props': 'props',
            'POST /completion': 'completion_touch',
          };
          const name = routes[`${req.method ?? ''} ${url.pathname}`];
          const f = name ? fixture('llamacpp', name) : null;
          return f
            ? send(res, f.status, f.body, { Server: 'llama.cpp' })
            : send(
                res,
                404,
                { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } },
                { Server: 'llama.cpp' },
              );
        }
        case 'openai': {
          if (`${req.method ?? ''} ${url.pathname}` === 'GET /v1/models')
            return replay(res, 'openai_compatible', 'v1_models');
          if (`${req.method ?? ''} ${url.pathname}` === 'POST /v1/chat/completions')
            return replay(res, 'openai_compatible', 'v1_chat_completions_ok', (b) => (b.model = body?.model));
          return send(res, 404, { error: 'not found' });
        }
      }
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    loaded,
    evict: (model) => {
      loaded.delete(model);
      pinned.delete(model);
    },
    setFault: (next) => void (fault = next),
    async close() {
      timers.forEach(clearTimeout);
      for (const res of hanging) res.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
