import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { writeFakeTools, type Scenario } from '@test/helpers/fake-gpu-tools';
import { tempDir } from '@test/helpers/temp-dir';

const FIXTURES = path.resolve(__dirname, '../../test/fixtures');
const M2_ULTRA = path.join(FIXTURES, 'systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json');
const env = (extra: Record<string, string> = {}) => ({
  HOME: '/nonexistent',
  CLAW_CONTROL_STATE_DIR: '/nonexistent/state',
  ...extra,
});

describe('claw-control hardware and fit', () => {
  it('hardware --json prints the same facts the panel shows', async () => {
    const { code, stdout } = await cli(['hardware', '--json'], env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA }));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      machine: string;
      apple: { wiredLimitIsEstimate: boolean };
      budget: { source: string };
      totalBudgetBytes: number;
    };
    expect(report.machine).toBe('Mac Studio (M2 Ultra, 2023)');
    expect(report.apple.wiredLimitIsEstimate).toBe(true);
    expect(report.budget.source).toBe('apple-default-estimate');
    expect(report.totalBudgetBytes).toBe(144 * 2 ** 30);
  });

  it('hardware on this machine says CPU only', async () => {
    const { code, stdout } = await cli(['hardware'], { ...process.env, ...env() });
    expect(code).toBe(0);
    // Said once, not in both the budget line and a note.
    expect(stdout.split('No GPU detected — CPU only')).toHaveLength(2);
    expect(stdout).toMatch(/Budget for models: .* — Models run from system RAM/);
  });

  it('fit on a machine without a GPU says "does not fit in RAM", never "GPU memory"', async () => {
    const { code, stdout } = await cli(
      ['fit', 'kimi-k2-instruct', '--quant', 'Q8_0', '--context', '32768'],
      env({
        CLAW_CONTROL_HARDWARE_SNAPSHOT: path.join(FIXTURES, 'systeminformation/captured-linux-cloud-vm-no-gpu.json'),
      }),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('kimi-k2-instruct: does-not-fit');
    expect(stdout).toContain('does not fit in RAM: short by');
    expect(stdout).not.toMatch(/GPU memory/);
  });

  it('fit explains the MiniMax M2.1 verdict with numbers', async () => {
    const { code, stdout } = await cli(
      [
        'fit',
        'minimax-m2.1',
        '--quant',
        'Q4_K_M',
        '--context',
        '196608',
        '--config',
        path.join(FIXTURES, 'configs/seed-recommended.json5'),
      ],
      env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA }),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('minimax-m2.1: fits-smaller-context');
    expect(stdout).toContain(
      'weights 139.8 GB (Q4_K_M, from catalog) + KV cache 49.9 GB at 196608 tokens + compute buffer 1.2 GB = 191.0 GB vs budget 154.6 GB',
    );
    expect(stdout).toMatch(/largest context that fits: \d+ tokens/);
    expect(stdout).toMatch(/decode ≈ \d+ tok\/s/);
  });

  it('fit uses a configured model row’s context', async () => {
    const { stdout } = await cli(
      [
        'fit',
        'lmstudio/minimax-m2.1-gs32',
        '--json',
        '--config',
        path.join(FIXTURES, 'configs/seed-recommended.json5'),
      ],
      env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA }),
    );
    expect(JSON.parse(stdout)).toMatchObject({
      verdict: 'fits-smaller-context',
      context: 196608,
      quant: 'MLX-4bit-gs32',
    });
  });

  it('rejects a bad context', async () => {
    const { code, stderr } = await cli(
      ['fit', 'minimax-m2.1', '--context', 'lots'],
      env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA }),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/"lots" is not a context length/);
  });
});

describe('claw-control fit --gguf', () => {
  it('reads the attention shape and the real size from a GGUF header', async () => {
    const { tempDir } = await import('@test/helpers/temp-dir');
    const { writeTinyGguf } = await import('@test/helpers/tiny-gguf');
    const dir = await tempDir();
    const file = path.join(dir, 'my-finetune-00001-of-00002.gguf');
    const meta = {
      'general.architecture': { str: 'minimax-m2' },
      'minimax-m2.block_count': { u32: 62 },
      'minimax-m2.attention.head_count': { u32: 48 },
      'minimax-m2.attention.head_count_kv': { u32: 8 },
      'minimax-m2.attention.key_length': { u32: 128 },
      'minimax-m2.context_length': { u32: 196608 },
    };
    await writeTinyGguf(file, meta);
    await writeTinyGguf(path.join(dir, 'my-finetune-00002-of-00002.gguf'), meta);
    const { code, stdout } = await cli(
      ['fit', 'my-finetune', '--gguf', file, '--json'],
      env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA }),
    );
    expect(code).toBe(0);
    const fit = JSON.parse(stdout) as {
      verdict: string;
      weightSource: string;
      kvBytes: number;
      context: number;
      weightBytes: number;
    };
    expect(fit).toMatchObject({ verdict: 'fits', weightSource: 'gguf', context: 196608, kvBytes: 253952 * 196608 });
    expect(fit.weightBytes).toBeGreaterThan(2 * 400);
    const bad = await cli(
      ['fit', 'x', '--gguf', path.join(FIXTURES, 'configs/seed-hybrid.json5')],
      env({ CLAW_CONTROL_HARDWARE_SNAPSHOT: M2_ULTRA }),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not a readable GGUF file/);
  });
});

/** The CLI on the recorded H100 VM (test/fixtures/nvidia-h100-vm), replayed with fake tools and no lspci. */
async function vmEnv(scenario: Scenario) {
  const dir = await tempDir('claw-cli-gpu-');
  const bin = await writeFakeTools(path.join(dir, 'bin'), scenario);
  return env({ PATH: `${bin}:${process.env.PATH ?? ''}` });
}

interface ReportJson {
  gpus: { model: string; vramBytes: number; source: string }[];
  budget: { bytes: number | null; source: string };
  notes: { code: string; params?: Record<string, unknown> }[];
  tools: { tool: string; status: string }[];
}

describe('claw-control hardware and fit on the recorded H100 VM', () => {
  it.each(['vm-clinfo', 'vm-smi-only'] as const)(
    '%s: the H100 with 80 GB and a known budget; gpt-oss-120b at 32K fits',
    async (scenario) => {
      const vm = await vmEnv(scenario);
      const hardware = await cli(['hardware', '--json'], vm);
      expect(hardware.code).toBe(0);
      const report = JSON.parse(hardware.stdout) as ReportJson;
      expect(report.gpus).toEqual([
        expect.objectContaining({ model: 'NVIDIA H100 80GB HBM3', vramBytes: 81559 * 2 ** 20, source: 'nvidia-smi' }),
      ]);
      expect(report.budget).toMatchObject({ bytes: 81559 * 2 ** 20, source: 'nvidia-vram' });
      const text = await cli(['hardware'], vm);
      expect(text.stdout).toContain(
        'GPU: NVIDIA H100 80GB HBM3 (nvidia), VRAM 85.5 GB, 85.0 GB free — from nvidia-smi',
      );
      expect(text.stdout).toContain('Budget for models: 85.5 GB — One NVIDIA GPU with 85.5 GB VRAM');
      expect(text.stdout).not.toContain('No GPU detected');
      const fit = await cli(['fit', 'gpt-oss-120b', '--context', '32768'], vm);
      expect(fit.code).toBe(0);
      expect(fit.stdout).toContain('gpt-oss-120b: fits');
      expect(fit.stdout).toContain('vs budget 85.5 GB');
    },
  );

  it('the busy H100 (replayed from the lent machine): gpt-oss-120b fits the GPU, but not what is free now, and says who holds it', async () => {
    const vm = await vmEnv('vm-busy-live');
    const fit = await cli(['fit', 'gpt-oss-120b', '--context', '32768'], vm);
    expect(fit.code).toBe(0);
    expect(fit.stdout).toContain('gpt-oss-120b: fits');
    expect(fit.stdout).toContain('only 41.5 GB of GPU memory is free now and this needs 60.9 GB');
    const json = JSON.parse((await cli(['fit', 'gpt-oss-120b', '--context', '32768', '--json'], vm)).stdout) as {
      freeNowBytes: number | null;
    };
    expect(json.freeNowBytes).toBe(39593 * 2 ** 20);
    const hardware = await cli(['hardware'], vm);
    expect(hardware.stdout).toContain(
      'note: On NVIDIA H100 80GB HBM3, GPU memory is held by: python3 (pid 839) 43.5 GB.',
    );
    // The idle machine: nothing to say.
    const idle = await cli(['fit', 'gpt-oss-120b', '--context', '32768'], await vmEnv('vm-smi-only'));
    expect(idle.stdout).not.toContain('free now');
  });

  it('zh-CN: the hardware and fit reports are Chinese line by line (the lent machine printed English frames)', async () => {
    const vm = await vmEnv('vm-busy-live');
    const zh = { ...vm, LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' };
    const hardware = await cli(['hardware'], zh);
    expect(hardware.stdout).toContain('模型可用预算：85.5 GB');
    expect(hardware.stdout).toContain('注意：NVIDIA H100 80GB HBM3 的显存被以下进程占用：python3 (pid 839) 43.5 GB。');
    const fit = await cli(['fit', 'minimax-m2.1', '--context', '196608'], zh);
    expect(fit.stdout).toContain('minimax-m2.1: 放不下');
    expect(fit.stdout).toContain('本机 GPU 显存放不下：即使只用 8K 上下文也还差');
    for (const english of ['Budget for models', 'short by', 'weights ', 'note:', 'decode ≈'])
      expect(hardware.stdout + fit.stdout).not.toContain(english);
  });

  it('an nvidia-smi that hangs 30 s: hardware --json is valid JSON within the deadline and names the timeout', async () => {
    const vm = await vmEnv('vm-hung-smi');
    const started = performance.now();
    const { code, stdout } = await cli(['hardware', '--json'], vm);
    expect(performance.now() - started).toBeLessThan(12_000);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as ReportJson;
    expect(report.tools).toContainEqual(expect.objectContaining({ tool: 'nvidia-smi', status: 'timeout' }));
    expect(report.notes).toContainEqual({
      code: 'hardware.note.toolTimeout',
      params: { tool: 'nvidia-smi', seconds: 5 },
    });
    const text = await cli(['hardware'], vm);
    expect(text.stdout).toContain('note: nvidia-smi did not answer within 5 s; showing what the other tools found.');
  }, 40_000);

  it('an nvidia-smi that refuses a field still gives a useful report', async () => {
    const vm = await vmEnv('vm-field-rejected');
    const report = JSON.parse((await cli(['hardware', '--json'], vm)).stdout) as ReportJson;
    expect(report.budget).toMatchObject({ bytes: 81559 * 2 ** 20, source: 'nvidia-vram' });
    expect(report.notes).toContainEqual({ code: 'hardware.note.fieldRejected', params: { field: 'compute_cap' } });
  });
});
