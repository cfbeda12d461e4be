/**
 * `claw-control check` against fakes that replay what local-model users hit (issue 26): a
 * llama-server whose /health says ok while every completion gets 500 (test/fakes/failing-llamacpp.ts,
 * llama.cpp#27309) and Ollama running a 128 K model at num_ctx 2048 (test/fakes/checkup-servers.ts,
 * Ollama docs/api.md /api/ps context_length) — in English and in Chinese.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckupFake } from '@test/fakes/checkup-servers';
import { startFailingLlamaCpp } from '@test/fakes/failing-llamacpp';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';
import { forgetAnswers } from '@node/services/servers/answer-check';

const M2_ULTRA = path.resolve(
  __dirname,
  '../../test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
);

const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  forgetAnswers();
  await Promise.all(closers.splice(0).map((c) => c.close()));
});

async function setup() {
  const ollama = await startCheckupFake({
    kind: 'ollama',
    models: [{ id: 'qwen3:8b', maxContext: 131072, loadedContext: 2048 }],
  });
  const llama = await startFailingLlamaCpp({ nCtx: 262144, completions: 'fail' });
  closers.push(ollama, llama);
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(
    file,
    `// two local servers
{
  agents: { defaults: { model: { primary: "ollama/qwen3:8b", fallbacks: ["llama/qwen3-8b"] } } },
  models: {
    providers: {
      ollama: {
        baseUrl: "${ollama.origin}",
        api: "ollama",
        timeoutSeconds: 300,
        models: [{ id: "qwen3:8b", name: "Qwen3 8B", contextWindow: 131072 }],
      },
      llama: {
        baseUrl: "${llama.baseUrl}",
        api: "openai-completions",
        timeoutSeconds: 300,
        models: [{ id: "qwen3-8b", name: "Qwen3 8B", contextWindow: 262144 }],
      },
    },
  },
}
`,
  );
  const run = (env: Record<string, string>, ...argv: string[]) =>
    cli(['--config', file, 'check', ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
      ...env,
    });
  return { file, run, llama };
}

describe('claw-control check: answering, not reachable; the real window', () => {
  it('English: the 500 behind a healthy /health and Ollama’s 2048-token window, each with its cause and fix', async () => {
    const { run, llama } = await setup();
    const { code, stdout } = await run({ LANG: 'en_US.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).not.toContain('[object Object]');
    expect(stdout).toContain(
      `${llama.baseUrl} is up but cannot answer: one token from qwen3-8b got HTTP 500: Compute error.`,
    );
    expect(stdout).toContain('out of memory while loading the model at this context (262144 tokens)');
    expect(stdout).toContain('The config says 131072 tokens but the server loaded 2048');
    expect(stdout).toContain('A window of 2048 tokens leaves nothing for the conversation');
    expect(stdout).toContain('start it with OLLAMA_CONTEXT_LENGTH=32768');
    expect(stdout).toContain('Align: contextTokens: 2048');
  }, 120_000);

  it('zh-CN: each finding in Chinese', async () => {
    const { run, llama } = await setup();
    const { code, stdout } = await run({ LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).not.toContain('[object Object]');
    expect(stdout).toContain(
      `${llama.baseUrl} 在运行，但答不了话：让 qwen3-8b 生成 1 个 token，返回 HTTP 500：Compute error.`,
    );
    expect(stdout).toContain('按当前上下文（262144 tokens）加载模型时内存不足');
    expect(stdout).toContain('配置为 131072 tokens，但服务器加载的是 2048');
    expect(stdout).toContain('2048 tokens 的窗口留不下任何对话空间');
    expect(stdout).toContain('用 OLLAMA_CONTEXT_LENGTH=32768 启动它');
    expect(stdout).not.toMatch(/leaves nothing|cannot answer|Raise Ollama/);
  }, 120_000);

  it('--fix never writes a window below what OpenClaw accepts (2048 < 4000 in 2026.9.6): it says so and keeps the file', async () => {
    const { file, run } = await setup();
    const before = await readFile(file, 'utf8');
    const { stderr } = await run({ LANG: 'en_US.UTF-8' }, 'ollama/qwen3:8b', '--fix');
    expect(stderr).toMatch(/ollama\/qwen3:8b: not fixed: the server reported contextTokens 2048, outside/);
    const after = await readFile(file, 'utf8');
    expect(after).toBe(before);
  }, 120_000);
});
