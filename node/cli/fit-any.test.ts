/**
 * `claw-control fit` for any model the user has: known only through Ollama's /api/show, only
 * through llama.cpp's /props and /v1/models, only through a GGUF file or URL, or by an alias;
 * an unknown name exits non-zero with one sentence. Fake servers replay documented answers:
 * test/fixtures/server-responses.json (sources inside) and test/fixtures/fit/ollama-show.json.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { fixture } from '@test/fakes/fake-servers';
import { tempDir } from '@test/helpers/temp-dir';
import { writeGguf } from '@test/helpers/gguf-writer';
import { DENSE_LLAMA, DENSE_TENSORS, MOE_QWEN3, MOE_TENSORS } from '@node/services/fit/gguf-test-models';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const M2_ULTRA = path.join(FIXTURES, 'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json');
const SHOW = JSON.parse(readFileSync(path.join(FIXTURES, 'fit/ollama-show.json'), 'utf8')) as Record<
  string,
  { status?: number; body: unknown }
>;

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** Ollama: its root, version, tags and OpenAI list replayed, and /api/show per model. */
function fakeOllama(): Promise<string> {
  return listen((req, res) => {
    const route = `${req.method ?? ''} ${req.url ?? ''}`;
    if (route === 'GET /') return res.end('Ollama is running');
    const replay = { 'GET /api/version': 'version', 'GET /api/tags': 'tags', 'GET /v1/models': 'v1_models' }[route];
    if (replay) return json(res, 200, fixture('ollama', replay).body);
    if (route === 'POST /api/show') {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        const asked = (JSON.parse(text) as { model: string }).model;
        const answer = SHOW[asked] ?? SHOW[`${asked}:latest`] ?? SHOW.not_found!;
        json(res, answer.status ?? 200, answer.body);
      });
      return;
    }
    json(res, 404, '404 page not found');
  });
}

/** llama.cpp: /health, /v1/models and /props replayed (model_path patched when given), Server: llama.cpp. */
function fakeLlamacpp(modelPath?: string): Promise<string> {
  return listen((req, res) => {
    const name = { '/health': 'health_ok', '/v1/models': 'v1_models', '/props': 'props' }[req.url ?? ''];
    if (!name) return json(res, 404, { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } });
    const f = fixture('llamacpp', name);
    if (name === 'props' && modelPath) (f.body as Record<string, unknown>).model_path = modelPath;
    json(res, f.status, f.body, { Server: 'llama.cpp' });
  });
}

async function configFor(providers: Record<string, { baseUrl: string; models: string[] }>, aliases = {}) {
  const file = path.join(await tempDir(), 'openclaw.json');
  const config = {
    models: {
      providers: Object.fromEntries(
        Object.entries(providers).map(([id, p]) => [
          id,
          { baseUrl: `${p.baseUrl}/v1`, api: 'openai-completions', models: p.models.map((m) => ({ id: m, name: m })) },
        ]),
      ),
    },
    agents: { defaults: { models: aliases } },
  };
  await writeFile(file, JSON.stringify(config, null, 2));
  return file;
}

const env = (extra: Record<string, string> = {}) => ({
  HOME: '/nonexistent',
  CLAW_CONTROL_STATE_DIR: '/nonexistent/state',
  CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
  ...extra,
});

interface FitJson {
  verdict: string;
  kvBytes: number;
  weightBytes: number;
  resolved: { kind: string; ref: string };
  sources: { shape: string | null; weights: string | null };
}
const parse = (stdout: string) => JSON.parse(stdout) as FitJson;

describe('fit any model the user has', () => {
  it('sizes a model known only through Ollama’s /api/show, by its alias, sliding-window layers counted', async () => {
    const ollama = await fakeOllama();
    const config = await configFor(
      { ollama: { baseUrl: ollama, models: ['gemma3'] } },
      { 'ollama/gemma3': { alias: 'Gemma' } },
    );
    const { code, stdout } = await cli(['fit', 'Gemma', '--context', '131072', '--json', '--config', config], env());
    expect(code).toBe(0);
    const fit = parse(stdout);
    expect(fit.verdict).toBe('fits');
    expect(fit.resolved).toMatchObject({ kind: 'alias', ref: 'ollama/gemma3' });
    expect(fit.sources).toEqual({ shape: 'ollama', weights: 'estimate' });
    // 5 global layers at 131072 tokens + 29 sliding layers at 1024: 4 KV heads × (256 + 256) × 2 bytes a layer.
    expect(fit.kvBytes).toBe(4096 * (5 * 131072 + 29 * 1024));
    expect(fit.weightBytes).toBeCloseTo((4299915632 * 4.8944) / 8, -3);
    const q8 = parse((await cli(['fit', 'Gemma', '--quant', 'Q8_0', '--json', '--config', config], env())).stdout);
    expect(q8.weightBytes).toBeCloseTo((4299915632 * 8.5008) / 8, -3);
  });

  it('sizes a model a running Ollama lists, named by its server id, with the size /api/tags gives', async () => {
    const ollama = await fakeOllama();
    const config = await configFor({ ollama: { baseUrl: ollama, models: [] } });
    const { code, stdout } = await cli(['fit', 'llama3.2:latest', '--json', '--config', config], env());
    expect(code).toBe(0);
    const fit = parse(stdout);
    expect(fit.resolved).toMatchObject({ kind: 'server', ref: 'ollama/llama3.2:latest' });
    expect(fit.sources).toEqual({ shape: 'ollama', weights: 'ollama' });
    expect(fit.weightBytes).toBe(2019393189);
    expect(fit.verdict).toBe('fits');
  });

  it('sizes a model known only through llama.cpp’s /v1/models meta, saying the layers are estimated', async () => {
    const llama = await fakeLlamacpp();
    const config = await configFor({ llamacpp: { baseUrl: llama, models: [] } });
    const id = '../models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf';
    const { code, stdout, stderr } = await cli(['fit', id, '--context', '32768', '--config', config], env());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${id}: fits`);
    expect(stdout).toContain('weights 4.9 GB');
    expect(stdout).toMatch(/shape from an estimate; weights from llama\.cpp/);
    expect(stdout).toMatch(/about \d+ layers .* estimated from n_params and n_embd/);
  });

  it('reads the GGUF file llama.cpp runs when /props names it on this machine', async () => {
    const file = path.join(await tempDir(), 'llama.gguf');
    await writeGguf(file, DENSE_LLAMA, DENSE_TENSORS);
    const llama = await fakeLlamacpp(file);
    const config = await configFor({ llamacpp: { baseUrl: llama, models: [] } });
    const id = '../models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf';
    const { stdout } = await cli(['fit', id, '--json', '--config', config], env());
    const fit = parse(stdout);
    expect(fit.sources.shape).toBe('gguf-file');
    // props says n_ctx 4096 with one slot: the context it runs at.
    expect(fit.kvBytes).toBe(131072 * 4096);
  });

  it('sizes a GGUF file and a GGUF URL; --kv-type q8_0 about halves the KV cache of f16', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Qwen3-30B-A3B-Q4_K_M.gguf');
    const size = await writeGguf(file, MOE_QWEN3, MOE_TENSORS);
    const local = parse((await cli(['fit', file, '--context', '32768', '--json'], env())).stdout);
    expect(local).toMatchObject({ resolved: { kind: 'gguf' }, sources: { shape: 'gguf-file', weights: 'gguf-file' } });
    expect(local.weightBytes).toBe(size);
    const total = (await stat(file)).size;
    const url = await listen((req, res) => {
      const [, a, b] = /bytes=(\d+)-(\d+)/.exec(req.headers.range ?? '') ?? [];
      const start = Number(a);
      const end = Math.min(Number(b), total - 1);
      res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${total}`, 'Content-Length': end - start + 1 });
      createReadStream(file, { start, end }).pipe(res);
    });
    const args = ['fit', 'qwen3-30b', '--gguf', `${url}/Qwen3-30B-A3B-Q4_K_M.gguf`, '--context', '32768', '--json'];
    const f16 = parse((await cli(args, env())).stdout);
    const q8 = parse((await cli([...args, '--kv-type', 'q8_0'], env())).stdout);
    expect(f16.sources).toEqual({ shape: 'gguf-url', weights: 'gguf-url' });
    expect(f16.kvBytes).toBe(2 * 48 * 4 * 128 * 2 * 32768);
    expect(q8.kvBytes / f16.kvBytes).toBeCloseTo(0.53, 2);
    const two = parse((await cli([...args, '--parallel', '2'], env())).stdout);
    expect(two.kvBytes).toBe(2 * f16.kvBytes);
  });

  it('an unknown name exits non-zero with one sentence that says what to give instead', async () => {
    const ollama = await fakeOllama();
    const config = await configFor(
      { ollama: { baseUrl: ollama, models: [] } },
      { 'ollama/gemma3': { alias: 'Gemma' } },
    );
    const { code, stdout, stderr } = await cli(['fit', 'no-such-model-xyz', '--config', config], env());
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('"no-such-model-xyz" is not a configured model');
    expect(stderr).toMatch(/Give one of Gemma, ollama\/llama3\.2:latest/);
    const bad = await cli(['fit', 'gpt-oss-20b', '--kv-type', 'q5_1'], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--kv-type must be one of f16, q8_0, q4_0');
  });

  it('zh-CN: where the figures came from and an unknown name, in Chinese', async () => {
    const file = path.join(await tempDir(), 'llama.gguf');
    await writeGguf(file, DENSE_LLAMA, DENSE_TENSORS);
    const zh = env({ LANG: 'zh_CN.UTF-8' });
    const { code, stdout } = await cli(['fit', file, '--context', '8192', '--kv-type', 'q8_0'], zh);
    expect(code).toBe(0);
    expect(stdout).toContain('放得下');
    expect(stdout).toContain('读自');
    expect(stdout).toContain('结构来自GGUF 文件；权重来自GGUF 文件；KV cache 类型 q8_0');
    expect(stdout).not.toMatch(/shape from|weights from|parallel slot/);
    const unknown = await cli(['fit', 'no-such-model-xyz'], zh);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('“no-such-model-xyz”既不是已配置的模型');
  });
});
