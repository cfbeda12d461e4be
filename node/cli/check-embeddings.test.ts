/**
 * `claw-control check` (the whole chain) also reports the memory search's embedding server: the
 * replayed managed llama.cpp embeddings server of openclaw#125792 (32K × 4 slots) that answers 500 on
 * inputs over 512 tokens (openclaw#127283) — in English and in Chinese, and in --json.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddingFake, type EmbeddingFake } from '@test/fakes/embedding-llamacpp';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';

const fakes: EmbeddingFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

async function setup() {
  const fake = await startEmbeddingFake({ nCtx: 32768, slots: 4, ubatch: 512 });
  fakes.push(fake);
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(
    file,
    JSON.stringify({
      models: { providers: { 'llama-cpp': { baseUrl: fake.baseUrl, api: 'openai-completions', models: [] } } },
      agents: {
        defaults: {
          model: { primary: 'anthropic/claude-sonnet-4-5' },
          memorySearch: { provider: 'llama-cpp', model: 'Qwen3-Embedding-0.6B-Q8_0.gguf' },
        },
      },
    }),
  );
  return (lang: string, ...argv: string[]) =>
    cli(['--config', file, 'check', ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      LANG: lang,
    });
}

describe('claw-control check: the memory search’s embedding server', () => {
  it('English: its context × slots and the failing long input, and exit 1', async () => {
    const run = await setup();
    const { code, stdout } = await run('en_US.UTF-8');
    expect(code).toBe(1);
    expect(stdout).toContain('Embedding servers (memory search)');
    expect(stdout).toContain('An input of 600 tokens fails (HTTP 500');
    expect(stdout).toContain('Reserves 32768 tokens × 4 slots = 131072 tokens of context.');
  }, 60_000);

  it('Chinese, and --json carries it as messages', async () => {
    const run = await setup();
    const zh = await run('zh_CN.UTF-8');
    expect(zh.stdout).toContain('嵌入服务器（记忆搜索）');
    expect(zh.stdout).toContain('预留上下文：32768 个 token × 4 个槽位');
    const json = JSON.parse((await run('en_US.UTF-8', '--json')).stdout) as {
      embeddings: { status: string; summary: { code: string } }[];
    };
    expect(json.embeddings).toEqual([
      expect.objectContaining({ status: 'fail', summary: expect.objectContaining({ code: 'embeddings.longFails' }) }),
    ]);
  }, 60_000);
});
