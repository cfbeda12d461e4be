/**
 * ggml-org's Llama app serves llama-server's API on port 9931 (OpenClaw's `llama-app` provider, issue 26):
 * the probe reads it with the llama.cpp probe (the replayed shapes of test/fixtures/server-responses.json,
 * llamacpp: /health, /v1/models, /props — tools/server/README.md) and names it the Llama app; the preset
 * points there. The same server on llama-server's own port stays llama.cpp.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PRESETS, presetProvider } from '@shared/config/presets';
import { DEFAULT_PORTS } from '@shared/servers/defaults';
import { fixture } from '@test/fakes/fake-servers';
import { forgetAnswers } from './answer-check';
import { probeServer } from './probe';

const servers: http.Server[] = [];
afterEach(async () => {
  forgetAnswers();
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())))),
  );
});

/** A llama-server replay on `port` (0: any free port). */
async function llamaServer(port: number): Promise<number> {
  const server = http.createServer((req, res) => {
    req.resume();
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const name =
      path === '/health' ? 'health_ok' : path === '/v1/models' ? 'v1_models' : path === '/props' ? 'props' : null;
    const route =
      req.method === 'POST' && path === '/v1/chat/completions'
        ? fixture('openai_compatible', 'v1_chat_completions_ok')
        : name
          ? fixture('llamacpp', name)
          : null;
    res.writeHead(route ? 200 : 404, { 'Content-Type': 'application/json', Server: 'llama.cpp' });
    res.end(
      JSON.stringify(route?.body ?? { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } }),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

describe('the Llama app (llama-app)', () => {
  it('its preset points at port 9931 with chat completions', () => {
    expect(DEFAULT_PORTS['llama-app']).toBe(9931);
    expect(PRESETS['llama-app']).toMatchObject({ id: 'llama-app', location: 'local' });
    expect(presetProvider('llama-app')).toMatchObject({
      baseUrl: 'http://127.0.0.1:9931/v1',
      api: 'openai-completions',
    });
  });

  it('on 9931 the llama.cpp probe names it the Llama app, with the per-slot context from /props', async () => {
    const port = await llamaServer(DEFAULT_PORTS['llama-app']);
    const probe = await probeServer(`http://127.0.0.1:${port}/v1`);
    expect(probe).toMatchObject({ reachable: true, kind: 'llama-app', problem: null });
    expect(probe.models[0]).toMatchObject({ contextLength: 4096, loaded: true });
  });

  it('the same server elsewhere is llama.cpp', async () => {
    const port = await llamaServer(0);
    expect((await probeServer(`http://127.0.0.1:${port}/v1`)).kind).toBe('llamacpp');
  });
});
