/**
 * A llama.cpp embeddings server on 127.0.0.1 (`llama-server --embeddings`), replaying:
 * - `GET /health`, `GET /props`, `GET /v1/models` from test/fixtures/server-responses.json (llamacpp,
 *   tools/server/README.md), with the numbers of openclaw#125792: Qwen3-Embedding-0.6B-Q8_0 (a 610 MB
 *   GGUF, 32768-token training context) started without `-c`, so each of 4 slots gets the full 32768
 *   tokens (`n_ctx` in /props is one slot's share, `total_slots` 4) [observed: the report];
 * - `POST /v1/embeddings` in the OpenAI shape the README documents (`data[].embedding`, `usage`)
 *   [doc: shape; the vector is made up];
 * - an input over the physical micro-batch (`-ub`, 512 tokens by default) answered with HTTP 500 and
 *   "input is too large to process. increase the physical batch size" (openclaw#127283: a 531-token
 *   input returned 500; openclaw#135408 quotes the message) [observed: status and message]. Tokens
 *   are counted here as whitespace-separated words, enough for a probe made of words;
 * - chat completions refused with 501 `not_supported_error` (an embeddings-only server; reference/servers.md §5).
 */
import http, { type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixture } from './fake-servers';

type Json = Record<string, unknown>;

export const EMBEDDING_MODEL = 'Qwen3-Embedding-0.6B-Q8_0.gguf';
export const TOO_LARGE = {
  error: {
    code: 500,
    message: 'input is too large to process. increase the physical batch size',
    type: 'server_error',
  },
};

export interface EmbeddingFakeOptions {
  /** Per-slot context (`-c` ÷ `-np`; with no `-c`, the model's training context). */
  nCtx: number;
  slots: number;
  /** The physical micro-batch (`-ub`): a longer input gets 500. */
  ubatch: number;
}

export interface EmbeddingFake {
  baseUrl: string;
  port: number;
  /** The token counts of every embedding input asked for. */
  inputs: number[];
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', Server: 'llama.cpp' });
  res.end(JSON.stringify(body));
}

export async function startEmbeddingFake(options: EmbeddingFakeOptions): Promise<EmbeddingFake> {
  const inputs: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = `${req.method ?? ''} ${new URL(req.url ?? '/', 'http://fake').pathname}`;
      if (route === 'GET /health') return send(res, 200, fixture('llamacpp', 'health_ok').body);
      if (route === 'GET /props') {
        const props = fixture('llamacpp', 'props').body as Json;
        (props.default_generation_settings as Json).n_ctx = options.nCtx;
        props.total_slots = options.slots;
        props.model_path = `/home/user/.openclaw/extensions/llama-cpp/models/${EMBEDDING_MODEL}`;
        return send(res, 200, props);
      }
      if (route === 'GET /v1/models') {
        const listing = fixture('llamacpp', 'v1_models').body as { data: Json[] };
        const model = listing.data[0]!;
        model.id = EMBEDDING_MODEL;
        model.meta = {
          ...(model.meta as Json),
          n_ctx_train: 32768,
          n_embd: 1024,
          n_params: 595776512,
          size: 639_631_360,
        };
        return send(res, 200, listing);
      }
      if (route === 'POST /v1/embeddings') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { input?: unknown };
        const list = Array.isArray(body.input) ? body.input : [body.input];
        const counts = list.map(
          (text) =>
            String(text ?? '')
              .split(/\s+/)
              .filter(Boolean).length,
        );
        inputs.push(...counts);
        if (counts.some((n) => n > options.ubatch)) return send(res, 500, TOO_LARGE);
        return send(res, 200, {
          object: 'list',
          model: EMBEDDING_MODEL,
          data: counts.map((_, index) => ({ object: 'embedding', index, embedding: [0.0123, -0.0456, 0.0789] })),
          usage: { prompt_tokens: counts.reduce((a, b) => a + b, 0), total_tokens: counts.reduce((a, b) => a + b, 0) },
        });
      }
      if (route === 'POST /v1/chat/completions')
        return send(res, 501, {
          error: { code: 501, message: 'This server does not support completions.', type: 'not_supported_error' },
        });
      return send(res, 404, { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    inputs,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
