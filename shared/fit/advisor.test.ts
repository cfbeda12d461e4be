import { describe, expect, it } from 'vitest';
import type { HardwareReport } from '../hardware/report';
import { msg } from '../i18n/message';
import { adviseFit } from './advisor';
import { findCatalogModel, guessQuant } from './catalog';
import { guidance } from './guidance';
import { computeBufferBytes } from './memory-estimate';

const GIB = 2 ** 30;
const M2_ULTRA_DEFAULT = 144 * GIB; // 75% of 192 GiB

describe('fit advisor', () => {
  it('MiniMax M2.1 Q4_K_M at 196,608 tokens does not fit a 192 GB M2 Ultra’s default budget; it says the largest context that does', () => {
    const fit = adviseFit({
      modelId: 'minimax-m2.1',
      quant: 'Q4_K_M',
      context: 196608,
      budgetBytes: M2_ULTRA_DEFAULT,
      bandwidthGBs: 800,
    });
    expect(fit.weightBytes).toBe(139.8e9);
    expect(fit.kvBytes).toBe(253952 * 196608);
    expect(fit.kvBytes! / 1e9).toBeCloseTo(49.9, 1);
    expect(fit.verdict).toBe('fits-smaller-context');
    // The compute buffer for MiniMax's 200,064-token vocabulary: 3 × 512 × 200,064 × 4 B ≈ 1.23 GB.
    expect(fit.overheadBytes).toBe(computeBufferBytes(200064));
    // (144 GiB − 139.8 GB − compute buffer) / 253,952 B per token, rounded down to 1K tokens
    expect(fit.maxContext).toBe(
      Math.floor((M2_ULTRA_DEFAULT - 139.8e9 - computeBufferBytes(200064)) / 253952 / 1024) * 1024,
    );
    expect(fit.maxContext).toBeGreaterThan(48000);
    expect(fit.maxContext).toBeLessThan(60000);
    expect(fit.decode!.efficiency).toBe(0.4);
  });

  it('reads the quantisation from the configured id: minimax-m2.1-gs32 is MLX group size 32, bits assumed', () => {
    const fit = adviseFit({
      modelId: 'minimax-m2.1-gs32',
      context: 196608,
      budgetBytes: M2_ULTRA_DEFAULT,
      bandwidthGBs: 800,
    });
    expect(fit).toMatchObject({
      catalogId: 'minimax-m2.1',
      quant: 'MLX-4bit-gs32',
      weightBytes: 142.9e9,
      weightSource: 'catalog',
    });
    expect(fit.assumptions[0]).toEqual(msg('hardware.fit.assumedMlxBits', { group: 32, bits: 4 }));
  });

  it('fits when everything fits, with a decode-speed estimate', () => {
    const fit = adviseFit({
      modelId: 'qwen3-coder-30b-a3b-instruct',
      quant: 'Q4_K_M',
      context: 32768,
      budgetBytes: 24 * GIB,
      bandwidthGBs: 1008,
    });
    expect(fit.verdict).toBe('fits');
    expect(fit.decode!.tokensPerSecond).toBeGreaterThan(50);
  });

  it('does not fit, and says by how much', () => {
    const fit = adviseFit({
      modelId: 'minimax-m2.1',
      quant: 'UD-IQ2_M',
      context: 196608,
      budgetBytes: 48 * GIB,
      bandwidthGBs: 936,
    });
    expect(fit.verdict).toBe('does-not-fit');
    expect(fit.shortByBytes! / 1e9).toBeCloseTo(
      78.1 + computeBufferBytes(200064) / 1e9 + (253952 * 8192) / 1e9 - (48 * GIB) / 1e9,
      3,
    );
  });

  it('computes params × bits for a quantisation the catalog lacks', () => {
    const fit = adviseFit({
      modelId: 'llama-3.3-70b-instruct',
      quant: 'Q6_K',
      context: 8192,
      budgetBytes: 80 * GIB,
      bandwidthGBs: 3350,
    });
    expect(fit.weightSource).toBe('params');
    expect(fit.weightBytes! / 1e9).toBeCloseTo((70.6 * 6.5633) / 8, 3);
  });

  it('prefers a size the server or a GGUF header reported', () => {
    const fit = adviseFit({
      modelId: 'minimax-m2.1',
      knownWeightBytes: { bytes: 150e9, source: 'server' },
      context: 8192,
      budgetBytes: 200 * GIB,
      bandwidthGBs: null,
    });
    expect(fit).toMatchObject({ weightBytes: 150e9, weightSource: 'server', verdict: 'fits', decode: null });
  });

  it('says "can’t tell" with what is missing for an unknown model or budget', () => {
    const unknown = adviseFit({ modelId: 'my-finetune', context: 32768, budgetBytes: 24 * GIB, bandwidthGBs: null });
    expect(unknown.verdict).toBe('unknown');
    expect(unknown.missing).toContainEqual(msg('hardware.fit.missingShape'));
    const noBudget = adviseFit({ modelId: 'minimax-m2.1', quant: 'Q4_K_M', budgetBytes: null, bandwidthGBs: null });
    expect(noBudget.verdict).toBe('unknown');
    expect(noBudget.missing).toContainEqual(msg('hardware.fit.missingBudget'));
  });

  it('finds catalog entries and quantisations in the names people use', () => {
    expect(findCatalogModel('lmstudio/minimax-m2.1-gs32')?.id).toBe('minimax-m2.1');
    expect(findCatalogModel('qwen/qwen3-coder-30b-a3b-instruct')?.id).toBe('qwen3-coder-30b-a3b-instruct');
    expect(findCatalogModel('qwen3-coder:30b')?.id).toBe('qwen3-coder-30b-a3b-instruct');
    expect(findCatalogModel('gpt-oss:20b')?.id).toBe('gpt-oss-20b');
    expect(findCatalogModel('unsloth/MiniMax-M2-GGUF')?.id).toBe('minimax-m2');
    // Names that do not say which model: no guess.
    for (const vague of ['a', 'qwen3', 'gpt-oss', 'glm-4.5', 'minimax-m2.10', 'my-model'])
      expect(findCatalogModel(vague), vague).toBeNull();
    expect(guessQuant('Qwen3-Coder-30B-A3B-Instruct-Q4_K_M.gguf')).toMatchObject({ quant: 'Q4_K_M', bpw: 4.8944 });
    expect(guessQuant('mlx-community/Model-8bit')).toMatchObject({ quant: 'MLX-8bit-gs64', bpw: 8.5 });
    expect(guessQuant('llama3.3:70b')).toBeNull();
  });
});

describe('guidance in plain words', () => {
  const fit = (modelId: string, quant?: string) =>
    adviseFit({ modelId, quant, budgetBytes: 24 * GIB, bandwidthGBs: null });
  it('warns about a single 24 GB GPU, a small or <4-bit primary, MiniMax on one box, and offers compaction', () => {
    const hardware = { budget: { source: 'nvidia-vram', perGpuBytes: [24 * GIB] } } as never;
    const codes = (modelId: string, quant?: string) =>
      guidance({
        hardware,
        localPrimary: { ref: `lm/${modelId}`, modelId, fit: fit(modelId, quant) },
        compactionConfigured: false,
      }).map((a) => a.code);
    expect(codes('qwen3-coder-30b-a3b-instruct', 'Q4_K_M')).toEqual(['single-24gb-gpu', 'local-primary-compaction']);
    expect(codes('gpt-oss-20b')).toContain('small-or-quantised-primary');
    expect(codes('minimax-m2.1', 'UD-IQ2_M')).toEqual([
      'single-24gb-gpu',
      'small-or-quantised-primary',
      'minimax-two-studios',
      'local-primary-compaction',
    ]);
    const advice = guidance({
      hardware: null,
      localPrimary: { ref: 'lm/x', modelId: 'minimax-m2.1', fit: fit('minimax-m2.1') },
      compactionConfigured: false,
    });
    expect(advice.find((a) => a.code === 'local-primary-compaction')!.fix!.operations).toEqual([
      { op: 'enableCompaction' },
    ]);
  });
});

describe('fit from a configured row', () => {
  it('prefers the size the server reports over the catalog', async () => {
    const { fitForRow } = await import('./config-fit');
    const row = { id: 'minimax-m2.1-gs32', contextWindow: 32768 };
    const budget = { bytes: 144 * GIB, bandwidthGBs: 800, machines: 1, kind: 'unified' as const };
    expect(fitForRow(row, budget)).toMatchObject({ weightSource: 'catalog', weightBytes: 142.9e9 });
    expect(fitForRow(row, budget, { sizeBytes: 120e9, quant: '4bit' })).toMatchObject({
      weightSource: 'server',
      weightBytes: 120e9,
      quant: '4bit',
      verdict: 'fits',
    });
    // Without a quant from the server, the label comes from the id; without a size, from the catalog.
    expect(fitForRow(row, budget, { sizeBytes: 120e9, quant: null })).toMatchObject({ quant: 'MLX-4bit-gs32' });
    expect(fitForRow(row, budget, { sizeBytes: null, quant: 'Q8_0' })).toMatchObject({
      weightSource: 'catalog',
      weightBytes: 142.9e9,
    });
  });
});

describe('fits the GPU, but not what is free now', () => {
  const GPU = 81559 * 2 ** 20; // the H100 recorded on the lent machine
  const base = { modelId: 'gpt-oss-120b', context: 32768, budgetBytes: GPU, bandwidthGBs: 3350 };

  it('with 39,593 MiB free (PyTorch held 40 GiB), gpt-oss-120b fits the GPU and says what is free now', () => {
    const fit = adviseFit({ ...base, freeBytes: 39593 * 2 ** 20 });
    expect(fit.verdict).toBe('fits');
    expect(fit.freeNowBytes).toBe(39593 * 2 ** 20);
  });

  it('enough free, free unknown, or no fit at all: nothing to say about free memory', () => {
    expect(adviseFit({ ...base, freeBytes: 81079 * 2 ** 20 }).freeNowBytes).toBeNull();
    expect(adviseFit(base).freeNowBytes).toBeNull();
    expect(adviseFit({ ...base, modelId: 'kimi-k2-instruct', freeBytes: 1 }).freeNowBytes).toBeNull();
  });

  it('a smaller context that fits is compared with free memory at that context', () => {
    const fit = adviseFit({
      modelId: 'minimax-m2.1',
      context: 196608,
      budgetBytes: 160e9,
      bandwidthGBs: null,
      freeBytes: 150e9,
    });
    expect(fit.verdict).toBe('fits-smaller-context');
    expect(fit.freeNowBytes).toBe(150e9);
  });
});

describe('free memory in the total budget', () => {
  it('counts for one machine with whole GPUs only: not with MIG slices, not across added machines', async () => {
    const { totalBudget } = await import('./config-fit');
    const { readFileSync } = await import('node:fs');
    const live = JSON.parse(
      readFileSync(
        new URL('../../test/fixtures/nvidia-h100-vm/live-claw-control-hardware-busy.json', import.meta.url),
        'utf8',
      ),
    ) as Pick<HardwareReport, 'gpus' | 'budget'>;
    const report = { ...live, notes: [] } as unknown as HardwareReport;
    expect(totalBudget(report, []).freeBytes).toBe(39593 * 2 ** 20);
    expect(totalBudget(report, [{ label: 'studio', memoryBytes: 400e9 }]).freeBytes).toBeNull();
    const mig = {
      ...report,
      gpus: [{ ...report.gpus[0]!, mig: [{ profile: '3g.40gb', memoryBytes: 38e9, uuid: null }] }],
    };
    expect(totalBudget(mig, []).freeBytes).toBeNull();
  });
});

describe('the primary when it is local', () => {
  it('is found with its provider and row; a hosted primary is not', async () => {
    const { localPrimaryEntry } = await import('./config-fit');
    const row = { id: 'gpt-oss-120b', contextWindow: 131072, contextTokens: 32768 };
    const config = {
      agents: { defaults: { model: { primary: 'vllm/gpt-oss-120b' } } },
      models: { providers: { vllm: { baseUrl: 'http://127.0.0.1:8000/v1', models: [row] } } },
    };
    expect(localPrimaryEntry(config)).toEqual({
      ref: 'vllm/gpt-oss-120b',
      modelId: 'gpt-oss-120b',
      providerKey: 'vllm',
      row,
    });
    expect(localPrimaryEntry({ agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } })).toBeNull();
  });
});
