/**
 * The memory search's embedding server, replayed (test/fakes/embedding-llamacpp.ts): openclaw#125792's
 * managed llama.cpp embeddings server at 32K × 4 slots that settled at 5.3 GB RSS on a 16 GB host, and
 * #127283/#135408's 500 on inputs over 512 tokens. The resident memory is read from a /proc replay
 * (proc(5): cmdline NUL-separated, status VmRSS in kB) with the number.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import type { Message } from '@shared/i18n/message';
import { startEmbeddingFake, type EmbeddingFake } from '@test/fakes/embedding-llamacpp';
import { tempDir } from '@test/helpers/temp-dir';
import { inspectEmbeddings } from './embeddings-service';

const en = (m: Message) => createTranslator('en').message(m);
const zh = (m: Message) => createTranslator('zh-CN').message(m);
const fakes: EmbeddingFake[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});

const GB16 = 16 * 2 ** 30;

async function proc(port: number, rssKb: number): Promise<string> {
  const root = path.join(await tempDir(), 'proc');
  await mkdir(path.join(root, '4242'), { recursive: true });
  await mkdir(path.join(root, '17'), { recursive: true });
  // Another llama-server (the chat one) on another port, then the embeddings one.
  await writeFile(
    path.join(root, '17', 'cmdline'),
    ['llama-server', '-m', 'chat.gguf', '--port', '8080', ''].join('\0'),
  );
  await writeFile(path.join(root, '17', 'status'), 'Name:\tllama-server\nVmRSS:\t 9000000 kB\n');
  await writeFile(
    path.join(root, '4242', 'cmdline'),
    ['llama-server', '--embeddings', '-m', 'Qwen3-Embedding-0.6B-Q8_0.gguf', `--port=${port}`, ''].join('\0'),
  );
  await writeFile(path.join(root, '4242', 'status'), `Name:\tllama-server\nVmRSS:\t${rssKb} kB\nVmSwap:\t0 kB\n`);
  return root;
}

function config(baseUrl: string, place: 'memory.search' | 'agents.defaults.memorySearch') {
  const settings = { provider: 'llama-cpp', model: 'Qwen3-Embedding-0.6B-Q8_0.gguf' };
  return {
    models: { providers: { 'llama-cpp': { baseUrl, api: 'openai-completions', models: [] } } },
    ...(place === 'memory.search'
      ? { memory: { search: settings } }
      : { agents: { defaults: { memorySearch: settings } } }),
  };
}

describe('embedding servers and memory', () => {
  it('32K × 4 slots, 5.3 GB of a 16 GB machine, 500 over 512 tokens: each named, with the fix', async () => {
    const fake = await startEmbeddingFake({ nCtx: 32768, slots: 4, ubatch: 512 });
    fakes.push(fake);
    const root = await proc(fake.port, 5_175_781); // 5.3 GB, as VmRSS in kB
    const [server] = await inspectEmbeddings(config(fake.baseUrl, 'agents.defaults.memorySearch'), {}, GB16, root);
    expect(server).toMatchObject({
      path: 'agents.defaults.memorySearch',
      contextPerSlot: 32768,
      slots: 4,
      rssBytes: 5_175_781 * 1024,
      status: 'fail',
    });
    expect(fake.inputs).toEqual([600]);
    expect(en(server!.summary)).toBe(
      'An input of 600 tokens fails (HTTP 500: input is too large to process. increase the physical batch size): memory chunks over 512 tokens are never indexed (openclaw#127283, #135408). Start the server with --ubatch-size 2048 --batch-size 2048.',
    );
    const lines = server!.evidence.map(en);
    expect(lines).toContain('Reserves 32768 tokens × 4 slots = 131072 tokens of context.');
    expect(lines).toContain('Resident memory of the server process: 5.3 GB.');
    expect(lines).toContain(
      'It takes 31 % of this machine’s model memory (17.2 GB), leaving 11.9 GB for the chat models.',
    );
    expect(lines.some((l) => l.includes('openclaw#125792') && l.includes('-c 8192'))).toBe(true);
    const chinese = [server!.summary, ...server!.evidence].map(zh).join('\n');
    expect(chinese).toContain('超过 512 个 token 的记忆片段永远不会被索引');
    expect(chinese).toContain('留给对话模型的只剩 11.9 GB');
    expect(chinese).not.toMatch(/\b(fails|Reserves|leaving)\b/);
  });

  it('capped at 8192 × 1 with --ubatch-size 2048 (memory.search, newer releases): passes', async () => {
    const fake = await startEmbeddingFake({ nCtx: 8192, slots: 1, ubatch: 2048 });
    fakes.push(fake);
    const [server] = await inspectEmbeddings(
      config(fake.baseUrl, 'memory.search'),
      {},
      GB16,
      await proc(fake.port, 700_000),
    );
    expect(server!.status).toBe('pass');
    expect(en(server!.summary)).toBe('Answers long inputs; 8192 tokens of context in all.');
  });

  it('no /proc entry for it (another machine, or not Linux): the memory is unknown, not zero', async () => {
    const fake = await startEmbeddingFake({ nCtx: 8192, slots: 1, ubatch: 2048 });
    fakes.push(fake);
    const [server] = await inspectEmbeddings(config(fake.baseUrl, 'memory.search'), {}, GB16, '/nonexistent-proc');
    expect(server!.rssBytes).toBeNull();
    expect(server!.evidence.map(en)).toContain(
      'Its resident memory cannot be read from here (another machine, or another user’s process).',
    );
  });
});
