/**
 * The answers `fit` gives a user to act on: room to spare or over — against free GPU memory on the
 * recorded busy H100 (test/fixtures/nvidia-h100-vm: python3 held 40.5 GiB; other processes named),
 * against Metal's working set on the recorded M2 Ultra — the largest context at each KV type, the
 * largest quant, and the settings that move memory (--mmproj, --gpu-layers, --cpu-moe / --n-cpu-moe,
 * --no-flash-attn); English, zh-CN and --json.
 */
import { truncate, writeFile } from 'node:fs/promises';
import { startFakeServer } from '@test/fakes/fake-servers';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { writeFakeTools } from '@test/helpers/fake-gpu-tools';
import { tempDir } from '@test/helpers/temp-dir';
import { writeGguf } from '@test/helpers/gguf-writer';
import type { FitAnswers } from '@shared/fit/advisor';
import { MOE_QWEN3, MOE_TENSORS } from '@node/services/fit/gguf-test-models';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const M2_ULTRA = path.join(FIXTURES, 'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json');
const env = (extra: Record<string, string> = {}) => ({
  HOME: '/nonexistent',
  CLAW_CONTROL_STATE_DIR: '/nonexistent/state',
  ...extra,
});
const mac = () => env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA });
async function busyH100() {
  const bin = await writeFakeTools(path.join(await tempDir('claw-fit-answers-'), 'bin'), 'vm-busy-live');
  return env({ PATH: `${bin}:${process.env.PATH ?? ''}` });
}

interface FitJson {
  verdict: string;
  weightBytes: number;
  kvBytes: number;
  overheadBytes: number;
  totalBytes: number;
  budgetBytes: number;
  maxContext: number | null;
  cpuBytes: number;
  answers: FitAnswers;
  gpuProcesses: { pid: number; name: string }[];
  sentences: string[];
}
const json = async (args: string[], e: Record<string, string>) => {
  const { code, stdout, stderr } = await cli([...args, '--json'], e);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as FitJson;
};

describe('fit: answers a user acts on', () => {
  it('NVIDIA: measured against free memory now, other processes named; over by what is missing', async () => {
    const vm = await busyH100();
    const { stdout } = await cli(['fit', 'gpt-oss-120b', '--context', '32768'], vm);
    expect(stdout).toContain('  over by 19.4 GB\n');
    expect(stdout).toContain('measured against 41.5 GB free on the GPU now');
    expect(stdout).toContain('other processes hold 44.0 GB of GPU memory: python3 (pid 839) 43.5 GB');
    const fit = await json(['fit', 'gpt-oss-120b', '--context', '32768'], vm);
    expect(fit.answers).toMatchObject({ against: 'free', againstBytes: 39593 * 2 ** 20 });
    expect(fit.answers.headroomBytes).toBe(fit.answers.againstBytes - fit.totalBytes);
    expect(fit.gpuProcesses).toEqual([expect.objectContaining({ pid: 839, name: 'python3' })]);
    expect(fit.sentences).toContain('over by 19.4 GB');
    // A small model has room to spare on what is free.
    const small = await cli(['fit', 'qwen3-coder-30b-a3b-instruct', '--context', '32768'], vm);
    expect(small.stdout).toMatch(/ {2}fits with \d+\.\d GB to spare\n/);
  });

  it('NVIDIA: a model its server has loaded is measured against the whole GPU (the memory in use is partly its own)', async () => {
    const vm = await busyH100();
    const lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['openai/gpt-oss-20b'] });
    try {
      const config = path.join(await tempDir(), 'openclaw.json');
      await writeFile(
        config,
        JSON.stringify({ models: { providers: { lmstudio: { baseUrl: lmstudio.baseUrl, models: [] } } } }),
      );
      const loaded = await json(['fit', 'lmstudio/openai/gpt-oss-20b', '--config', config], vm);
      expect(loaded.answers.against).toBe('budget');
      lmstudio.evict('openai/gpt-oss-20b');
      const idle = await json(['fit', 'lmstudio/openai/gpt-oss-20b', '--config', config], vm);
      expect(idle.answers).toMatchObject({ against: 'free', againstBytes: 39593 * 2 ** 20 });
    } finally {
      await lmstudio.close();
    }
  });

  it('Apple silicon: measured against the working set; the largest context per KV type and the largest quant', async () => {
    const { stdout } = await cli(['fit', 'minimax-m2.1', '--context', '65536'], mac());
    expect(stdout).toContain(
      'measured against 154.6 GB, the share of unified memory macOS lets the GPU use (Metal’s working-set limit)',
    );
    expect(stdout).toContain('largest context that fits, per slot: f16 53,248 tokens, q8_0 100,352 tokens');
    expect(stdout).toContain('largest quantisation that fits at 65,536 tokens: Q4_K_S');
    const fit = await json(['fit', 'minimax-m2.1', '--context', '65536'], mac());
    const [f16, q8, q4] = fit.answers.contextByKvType;
    // The f16 answer is the verdict's own; each smaller KV type fits more, and 1024 more would not fit.
    expect(f16!.tokens).toBe(fit.maxContext);
    expect(q8!.tokens).toBeGreaterThan(1.8 * f16!.tokens);
    expect(q4!.tokens).toBeGreaterThan(q8!.tokens);
    const over = await json(
      ['fit', 'minimax-m2.1', '--context', String(q8!.tokens + 1024), '--kv-type', 'q8_0'],
      mac(),
    );
    const at = await json(['fit', 'minimax-m2.1', '--context', String(q8!.tokens), '--kv-type', 'q8_0'], mac());
    expect(at.totalBytes).toBeLessThanOrEqual(fit.answers.againstBytes);
    expect(over.totalBytes).toBeGreaterThan(fit.answers.againstBytes);
  });

  it('settings that move memory: experts on the CPU, offloaded layers, a vision projector, flash attention off', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'Qwen3-30B-A3B-Q4_K_M.gguf');
    const size = await writeGguf(file, MOE_QWEN3, MOE_TENSORS);
    const args = ['fit', file, '--context', '32768'];
    const base = await json(args, mac());
    expect(base.weightBytes).toBe(size);
    expect(base.cpuBytes).toBe(0);

    const allMoe = await json([...args, '--cpu-moe'], mac());
    const experts = size - allMoe.weightBytes;
    expect(experts / size).toBeGreaterThan(0.9); // the test file is mostly expert tensors
    expect(allMoe.cpuBytes).toBeCloseTo(experts, 0);
    expect(allMoe.kvBytes).toBe(base.kvBytes); // the KV cache stays on the GPU
    const halfMoe = await json([...args, '--n-cpu-moe', '24'], mac());
    expect(size - halfMoe.weightBytes).toBeCloseTo(experts / 2, 0);

    const half = await json([...args, '--gpu-layers', '24'], mac());
    expect(half.weightBytes).toBeCloseTo(size / 2, 0);
    expect(half.kvBytes).toBe(base.kvBytes / 2);
    expect(half.cpuBytes).toBeCloseTo(size / 2 + base.kvBytes / 2, 0);

    const mmproj = path.join(dir, 'mmproj-F16.gguf');
    await writeFile(mmproj, '');
    await truncate(mmproj, 800_000_000);
    const vision = await json([...args, '--mmproj', mmproj], mac());
    expect(vision.weightBytes - base.weightBytes).toBe(800_000_000);

    // Without flash attention llama.cpp keeps n_ubatch × n_ctx × n_head f32 scores: 512 × 32768 × 32 × 4 B.
    const noFa = await json([...args, '--no-flash-attn'], mac());
    expect(noFa.overheadBytes - base.overheadBytes).toBe(512 * 32768 * 32 * 4);

    const bad = await cli([...args, '--gpu-layers', 'all'], mac());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--gpu-layers must be a whole number from 0 to 1000 (got "all")');
  });

  it('zh-CN: the answers in Chinese', async () => {
    const vm = await busyH100();
    const zh = { ...vm, LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' };
    const { stdout } = await cli(['fit', 'gpt-oss-120b', '--context', '32768'], zh);
    expect(stdout).toContain('超出 19.4 GB');
    expect(stdout).toContain('按 GPU 当前空闲的 41.5 GB 计算');
    expect(stdout).toContain('其他进程占用了 44.0 GB 显存：python3 (pid 839) 43.5 GB');
    expect(stdout).toContain('每个槽位放得下的最大上下文：f16 放不下；q8_0 放不下；q4_0 放不下');
    for (const english of ['over by', 'measured against', 'largest context']) expect(stdout).not.toContain(english);
  });
});
