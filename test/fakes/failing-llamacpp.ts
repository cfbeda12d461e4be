/**
 * A llama-server that says it is healthy but cannot answer, on 127.0.0.1, replaying
 * test/fixtures/server-responses.json (llamacpp: health_ok, v1_models, props — each names its
 * source, tools/server/README.md) with the fault users reported:
 * - llama.cpp#27309 (qwen3 8B at `-c 262144` on an 18 GB M3 Pro): after a Metal out-of-memory
 *   during load the server still prints "model loaded", `GET /health` answers 200 `{"status":"ok"}`
 *   and every completion gets HTTP 500 [observed: the issue's report];
 * - the 500's body has llama.cpp's documented error shape `{"error":{"code","message","type"}}`
 *   (reference/servers.md §5 "Errors are OpenAI-like"; type `server_error` for a server fault)
 *   [doc: shape; the message text is inferred];
 * - an embeddings-only llama-server (`--embeddings`) refuses chat completions with 501 and type
 *   `not_supported_error`, the status and type reference/servers.md §5 documents for a disabled
 *   endpoint (/metrics) [doc: status and type; the message text is inferred];
 * - a completion that never answers: the server accepts the request and sends nothing, as the stalled
 *   provider of openclaw#122922 and the stub of openclaw#141838 ("accepts connections and never responds");
 * - `is_sleeping` in /props (PR #18228, `--sleep-idle-seconds`): a sleeping server unloaded its
 *   model and a completion would wake it [doc: reference/servers.md §5].
 */
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './fake-servers';

type Json = Record<string, unknown>;

export interface FailingLlamaCppOptions {
  /** The per-slot context /props reports (`-c` ÷ `-np`). */
  nCtx: number;
  /** Completions answer 500 (the fault), 501 (an embeddings-only server) or the recorded completion. */
  completions: 'fail' | 'not-supported' | 'ok' | 'hang';
  sleeping?: boolean;
}

export interface FailingLlamaCpp {
  baseUrl: string;
  /** How many completions were asked for. */
  completions: () => number;
  close(): Promise<void>;
}

export const OOM_ERROR = {
  error: { code: 500, message: 'Compute error.', type: 'server_error' },
};

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Server: 'llama.cpp' });
  res.end(JSON.stringify(body));
}

export async function startFailingLlamaCpp(options: FailingLlamaCppOptions): Promise<FailingLlamaCpp> {
  let completions = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    const route = `${req.method ?? ''} ${new URL(req.url ?? '/', 'http://fake').pathname}`;
    if (route === 'GET /health') return send(res, 200, fixture('llamacpp', 'health_ok').body);
    if (route === 'GET /v1/models') {
      const listing = fixture('llamacpp', 'v1_models').body as { data: Json[] };
      listing.data[0]!.id = 'qwen3-8b';
      return send(res, 200, listing);
    }
    if (route === 'GET /props') {
      const props = fixture('llamacpp', 'props').body as Json;
      (props.default_generation_settings as Json).n_ctx = options.nCtx;
      props.is_sleeping = options.sleeping === true;
      return send(res, 200, props);
    }
    if (route === 'POST /v1/chat/completions') {
      completions += 1;
      if (options.completions === 'fail') return send(res, 500, OOM_ERROR);
      if (options.completions === 'hang') return; // accepted, never answered (closed by close())
      if (options.completions === 'not-supported')
        return send(res, 501, {
          error: { code: 501, message: 'This server does not support completions.', type: 'not_supported_error' },
        });
      const body = fixture('openai_compatible', 'v1_chat_completions_ok').body as Json;
      return send(res, 200, { ...body, model: 'qwen3-8b' });
    }
    return send(res, 404, { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    completions: () => completions,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
