import { writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import JSON5 from 'json5';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';

const M2_ULTRA = path.resolve(
  __dirname,
  '../../test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
);
const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function withLmStudio(models = '[]') {
  const server = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
  servers.push(server);
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(
    file,
    `{\n  // my box\n  models: {\n    providers: {\n      lmstudio: { baseUrl: "${server.baseUrl}", apiKey: "lmstudio", api: "openai-responses", timeoutSeconds: 600, models: ${models} },\n    },\n  },\n}\n`,
  );
  const run = (...argv: string[]) =>
    cli(['--config', file, ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
    });
  return { server, file, run };
}

describe('claw-control probe, providers import, warm', () => {
  it('probe detects LM Studio and lists its models with loaded state', async () => {
    const { server, run } = await withLmStudio();
    const { code, stdout } = await run('probe', server.baseUrl);
    expect(code).toBe(0);
    expect(stdout).toMatch(/LM Studio ≥ 0\.4, \d+ ms, REST API v1, \/v1\/responses available/);
    expect(stdout).toContain('  qwen/qwen3-4b-2507 loaded  ctx 8192');
    expect(stdout).toContain('  google/gemma-3-1b not loaded  ctx 32768');
  });

  it('probe of a stopped server exits 1 with the advice', async () => {
    const { server, run } = await withLmStudio();
    const url = server.baseUrl;
    await servers.pop()!.close();
    const { code, stdout, stderr } = await run('probe', url);
    expect(code).toBe(1);
    expect(stdout).toMatch(/connection refused/i);
    expect(stderr).toMatch(/unreachable: Is the server started/);
  });

  it('providers import lists candidates, then imports exact ids with real context lengths, keeping the comment', async () => {
    const { run, file } = await withLmStudio();
    const list = await run('providers', 'import', 'lmstudio');
    expect(list.stdout).toContain('  openai/gpt-oss-20b  ctx 131072');
    expect(list.stdout).not.toContain('text-embedding');
    const result = await run('providers', 'import', 'lmstudio', '--model', 'openai/gpt-oss-20b', 'google/gemma-3-1b');
    expect(result.code).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('// my box');
    const rows = (JSON5.parse(text) as { models: { providers: { lmstudio: { models: unknown[] } } } }).models.providers
      .lmstudio.models;
    expect(rows[0]).toEqual({ id: 'openai/gpt-oss-20b', name: 'gpt-oss 20B', contextWindow: 131072, input: ['text'] });
    const unknown = await run('providers', 'import', 'lmstudio', '--model', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/does not list "nope"/);
  });

  it('warm loads a configured model through LM Studio’s REST API', async () => {
    const { server, run } = await withLmStudio();
    const { code, stdout } = await run('warm', 'lmstudio/google/gemma-3-1b');
    expect(code).toBe(0);
    expect(stdout).toMatch(/lmstudio\/google\/gemma-3-1b {2}lmstudio-load {2}loaded/);
    expect(server.loaded.has('google/gemma-3-1b')).toBe(true);
    const bad = await run('warm', 'nosuch/model');
    expect(bad.code).toBe(1);
  });

  it('warm speaks the system language: the log line and the error (LANG=zh_CN.UTF-8)', async () => {
    const { file } = await withLmStudio();
    const dir = await tempDir();
    const zh = (ref: string) =>
      cli(['--config', file, 'warm', ref], { HOME: dir, LANG: 'zh_CN.UTF-8', CLAW_CONTROL_STATE_DIR: dir });
    const ok = await zh('lmstudio/google/gemma-3-1b');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('之前未加载：已显式加载');
    const missing = await zh('lmstudio/nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('LM Studio 中没有模型 "nope"');
  });

  it('a server that dies mid-answer makes probe and warm fail with a message and a non-zero exit (issue #16)', async () => {
    const { server, run } = await withLmStudio();
    server.setFault('cut-off');
    const started = Date.now();
    const probe = await run('probe', server.baseUrl);
    expect(probe.code).not.toBe(0);
    expect(probe.stdout + probe.stderr).toMatch(/closed the connection in the middle of its answer/);
    const warm = await run('warm', 'lmstudio/google/gemma-3-1b');
    expect(warm.code).not.toBe(0);
    expect(warm.stdout + warm.stderr).toMatch(/closed the connection/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('fit takes a configured model’s size from its server, and estimates it when the server is down', async () => {
    const { server, run } = await withLmStudio('[{ id: "openai/gpt-oss-20b", contextWindow: 32768 }]');
    const served = await run('fit', 'lmstudio/openai/gpt-oss-20b');
    expect(served.code).toBe(0);
    expect(served.stdout).toContain('lmstudio/openai/gpt-oss-20b: fits');
    expect(served.stdout).toContain('weights 12.1 GB (MXFP4, from server)');
    expect(server.requests.some((r) => r.path === '/api/v1/models')).toBe(true);
    await servers.pop()!.close();
    const fallback = JSON.parse((await run('fit', 'lmstudio/openai/gpt-oss-20b', '--json')).stdout) as {
      weightSource: string;
    };
    expect(fallback.weightSource).toBe('params');
  });
});
