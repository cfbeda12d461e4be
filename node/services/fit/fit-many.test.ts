/**
 * `fitModels` through the real dispatcher against a fake Ollama (its documented /api/tags and
 * /api/show answers, test/fixtures/server-responses.json and test/fixtures/fit/ollama-show.json):
 * a few names at a time, answers kept so a second look asks the server nothing, and a name nothing
 * knows is that row's problem, not the whole call's.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '@shared/api/contract';
import { createDispatcher } from '@node/api/dispatcher';
import { createHandlers } from '@node/api/handlers';
import { createServices } from '@node/host/services';
import { fixture } from '@test/fakes/fake-servers';
import { tempDir } from '@test/helpers/temp-dir';
import { FIT_MANY_CONCURRENCY } from './fit-many';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');
const SHOW = JSON.parse(readFileSync(path.join(FIXTURES, 'fit/ollama-show.json'), 'utf8')) as Record<
  string,
  { status?: number; body: unknown }
>;

let server: http.Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = null;
});

/** Ollama answering /api/show slowly enough that calls overlap; counts them and the most at once. */
async function slowOllama() {
  const seen = { shows: 0, inFlight: 0, most: 0 };
  server = http.createServer((req, res) => {
    const route = `${req.method ?? ''} ${req.url ?? ''}`;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (route === 'GET /') return res.end('Ollama is running');
    const replay = { 'GET /api/version': 'version', 'GET /api/tags': 'tags', 'GET /v1/models': 'v1_models' }[route];
    if (replay) return send(200, fixture('ollama', replay).body);
    if (route !== 'POST /api/show') return send(404, '404 page not found');
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => {
      seen.shows++;
      seen.most = Math.max(seen.most, ++seen.inFlight);
      const asked = (JSON.parse(text) as { model: string }).model;
      const answer = SHOW[asked] ?? SHOW[`${asked}:latest`] ?? SHOW.not_found!;
      setTimeout(() => {
        seen.inFlight--;
        send(answer.status ?? 200, answer.body);
      }, 50);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function apiWith(baseUrl: string) {
  const dir = await tempDir('claw-fit-many-');
  const file = path.join(dir, 'openclaw.json');
  await writeFile(
    file,
    JSON.stringify({
      models: {
        providers: {
          ollama: { baseUrl: `${baseUrl}/v1`, api: 'openai-completions', models: [{ id: 'gemma3', name: 'Gemma 3' }] },
        },
      },
    }),
  );
  const services = createServices({
    host: 'cli',
    appVersion: '0',
    configFlag: file,
    env: {
      HOME: dir,
      PATH: '',
      CLAW_CONTROL_HARDWARE_SNAPSHOT: path.join(
        FIXTURES,
        'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
      ),
    },
    stateDir: path.join(dir, 'state'),
  });
  const errors: string[] = [];
  return { api: createDispatcher(createHandlers(services), { logError: (m) => errors.push(m) }), errors };
}

describe('fitModels: many names at once', () => {
  it('sizes the configured and the server-only model, a few at a time; an unknown name is its own problem', async () => {
    const { baseUrl, seen } = await slowOllama();
    const { api, errors } = await apiWith(baseUrl);
    const unknown = Array.from({ length: 8 }, (_, i) => `ollama/no-such-model-${i}`);
    const names = ['ollama/gemma3', 'ollama/llama3.2:latest', ...unknown];
    const answer = await api.call('fitModels', { models: names });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const { results } = answer.data as CallOutput<'fitModels'>;
    const byName = new Map(results.map((r) => [r.model, r]));
    expect([...byName.keys()]).toEqual(names);
    expect(byName.get('ollama/gemma3')?.fit).toMatchObject({ sources: { shape: 'ollama' }, verdict: 'fits' });
    expect(byName.get('ollama/llama3.2:latest')?.fit?.sources).toEqual({ shape: 'ollama', weights: 'ollama' });
    expect(byName.get('ollama/llama3.2:latest')?.fit?.answers?.headroomBytes).toBeGreaterThan(0);
    for (const name of unknown) expect(byName.get(name)).toMatchObject({ fit: null, problem: { code: 'NOT_FOUND' } });
    expect(seen.most).toBeLessThanOrEqual(FIT_MANY_CONCURRENCY);
    expect(seen.most).toBeGreaterThan(1);
    expect(errors).toEqual([]);

    // A second look within the answers' lifetime asks the server nothing.
    const before = seen.shows;
    const again = await api.call('fitModels', { models: names });
    expect(again.ok && (again.data as CallOutput<'fitModels'>).results.map((r) => r.model)).toEqual(names);
    expect(seen.shows).toBe(before);
  });
});
