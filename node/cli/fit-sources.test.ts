/**
 * `fit` from LM Studio and MLX: LM Studio's REST model info (a fake LM Studio 0.4 replaying its documented
 * /api/v1/models, test/fixtures/server-responses.json) with the model's GGUF found in LM Studio's models
 * folder, and an MLX folder's config.json + model.safetensors.index.json (shapes from the models'
 * Hugging Face config.json files, named in each case).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { fixture, startFakeServer, type FakeServer } from '@test/fakes/fake-servers';
import { lmstudioInfo } from '@node/services/fit/lmstudio-shape';
import { tempDir } from '@test/helpers/temp-dir';
import { writeGguf, type GgufValue } from '@test/helpers/gguf-writer';
import { DENSE_TENSORS } from '@node/services/fit/gguf-test-models';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const M2_ULTRA = path.join(FIXTURES, 'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json');

let server: FakeServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const env = (home: string) => ({
  HOME: home,
  CLAW_CONTROL_STATE_DIR: path.join(home, 'state'),
  CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA,
});

/** Qwen3-4B-Instruct-2507 (config.json: 36 layers, 32 heads, 8 KV heads, head_dim 128, vocab 151936). */
const QWEN3_4B: Record<string, GgufValue> = {
  'general.architecture': { str: 'qwen3' },
  'qwen3.block_count': { u32: 36 },
  'qwen3.context_length': { u32: 262144 },
  'qwen3.embedding_length': { u32: 2560 },
  'qwen3.attention.head_count': { u32: 32 },
  'qwen3.attention.head_count_kv': { u32: 8 },
  'qwen3.attention.key_length': { u32: 128 },
  'qwen3.attention.value_length': { u32: 128 },
  'qwen3.vocab_size': { u32: 151936 },
};

interface FitJson {
  verdict: string;
  context: number;
  parallel: number;
  kvBytes: number | null;
  weightBytes: number | null;
  resolved: { kind: string; ref: string };
  sources: { shape: string | null; weights: string | null };
  missing: { code: string }[];
}

async function fitJson(args: string[], home: string): Promise<FitJson> {
  const { code, stdout, stderr } = await cli([...args, '--json'], env(home));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as FitJson;
}

describe('fit from LM Studio and MLX', () => {
  it('LM Studio’s documented /api/v1/models: a loaded instance’s context, parallel slots and flash attention', async () => {
    const listing = http.createServer((req, res) => {
      const body =
        req.url === '/api/v1/models' ? fixture('lmstudio', 'api_v1_models').body : { error: 'Unexpected endpoint' };
      res.writeHead(req.url === '/api/v1/models' ? 200 : 404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => listing.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(listing.address() as AddressInfo).port}/v1`;
      expect(await lmstudioInfo(base, 'qwen/qwen3-4b-2507')).toEqual({
        sizeBytes: 2497280256,
        quant: 'Q4_K_M',
        format: 'gguf',
        maxContext: 262144,
        loadedContext: 8192,
        parallel: 4,
        flashAttention: true,
      });
    } finally {
      await new Promise((resolve) => listing.close(resolve));
    }
  });

  it('LM Studio: its size and loaded settings from the REST info, the shape from its GGUF in the models folder', async () => {
    server = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
    const home = await tempDir('claw-fit-lms-');
    const folder = path.join(home, '.lmstudio/models/lmstudio-community/Qwen3-4B-Instruct-2507-GGUF');
    await mkdir(folder, { recursive: true });
    await writeGguf(path.join(folder, 'Qwen3-4B-Instruct-2507-Q4_K_M.gguf'), QWEN3_4B, DENSE_TENSORS);
    const config = path.join(home, 'openclaw.json');
    await writeFile(
      config,
      JSON.stringify({
        models: { providers: { lmstudio: { baseUrl: server.baseUrl, api: 'openai-responses', models: [] } } },
      }),
    );
    const fit = await fitJson(['fit', 'lmstudio/qwen/qwen3-4b-2507', '--config', config], home);
    expect(fit.sources).toEqual({ shape: 'gguf-file', weights: 'lmstudio' });
    expect(fit.weightBytes).toBe(2497280256); // size_bytes
    // The loaded instance's context_length (the fake server's instance: 8192, no parallel given).
    expect(fit).toMatchObject({ parallel: 1, context: 8192 });
    expect(fit.kvBytes).toBe(36 * 8 * 256 * 2 * 8192);

    // A model LM Studio lists whose file is not in the folder: can't tell, and what to give instead.
    const gemma = await fitJson(['fit', 'lmstudio/google/gemma-3-1b', '--config', config], home);
    expect(gemma.verdict).toBe('unknown');
    expect(gemma.sources).toEqual({ shape: null, weights: 'lmstudio' });
    expect(gemma.missing[0]?.code).toBe('fitAnswers.lmstudio.noShape');
  });

  it('an MLX folder: config.json’s shape (Gemma 3’s sliding layers), the index’s total size, the experts’ share from safetensors headers', async () => {
    const home = await tempDir('claw-fit-mlx-');
    const gemma = path.join(home, 'gemma-3-27b-it-4bit');
    await mkdir(gemma);
    // google/gemma-3-27b-it config.json text_config: 62 layers, 16 KV heads, head_dim 128, window 1024, pattern 6.
    await writeFile(
      path.join(gemma, 'config.json'),
      JSON.stringify({
        model_type: 'gemma3',
        quantization: { group_size: 64, bits: 4 },
        text_config: {
          model_type: 'gemma3_text',
          num_hidden_layers: 62,
          num_attention_heads: 32,
          num_key_value_heads: 16,
          head_dim: 128,
          hidden_size: 5376,
          max_position_embeddings: 131072,
          sliding_window: 1024,
          sliding_window_pattern: 6,
          vocab_size: 262208,
        },
      }),
    );
    await writeFile(
      path.join(gemma, 'model.safetensors.index.json'),
      JSON.stringify({ metadata: { total_size: 16_870_000_000 }, weight_map: {} }),
    );
    const fit = await fitJson(['fit', gemma, '--context', '131072'], home);
    expect(fit.resolved.kind).toBe('mlx');
    expect(fit.sources).toEqual({ shape: 'mlx', weights: 'mlx' });
    expect(fit.weightBytes).toBe(16_870_000_000);
    // 10 global layers (every 6th of 62) at 131072 tokens, 52 sliding layers at 1024.
    expect(fit.kvBytes).toBe(16 * 256 * 2 * (10 * 131072 + 52 * 1024));

    // Qwen3-Next (Qwen/Qwen3-Next-80B-A3B-Instruct config.json): 48 layers, linear attention in 3 of every 4.
    const next = path.join(home, 'Qwen3-Next-80B-A3B-Instruct-4bit');
    await mkdir(next);
    await writeFile(
      path.join(next, 'config.json'),
      JSON.stringify({
        model_type: 'qwen3_next',
        num_hidden_layers: 48,
        num_attention_heads: 16,
        num_key_value_heads: 2,
        head_dim: 256,
        hidden_size: 2048,
        full_attention_interval: 4,
        num_experts: 512,
        num_experts_per_tok: 10,
        max_position_embeddings: 262144,
        vocab_size: 151936,
        quantization: { group_size: 64, bits: 4 },
      }),
    );
    // One shard whose header names an expert tensor (MLX's switch_mlp) of 900 bytes and a dense one of 100.
    const header = Buffer.from(
      JSON.stringify({
        'model.layers.0.mlp.switch_mlp.up_proj.weight': { dtype: 'U32', shape: [225], data_offsets: [0, 900] },
        'model.layers.0.self_attn.q_proj.weight': { dtype: 'U32', shape: [25], data_offsets: [900, 1000] },
      }),
    );
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(header.length));
    await writeFile(path.join(next, 'model.safetensors'), Buffer.concat([length, header, Buffer.alloc(1000)]));
    const hybrid = await fitJson(['fit', next, '--context', '65536', '--cpu-moe'], home);
    expect(hybrid.kvBytes).toBe(12 * 2 * 512 * 2 * 65536);
    const size = 8 + header.length + 1000;
    expect(hybrid.weightBytes).toBeCloseTo(size * 0.1, 0); // 90 % of the weights are experts, on the CPU
  });
});
