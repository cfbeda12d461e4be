import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../test/helpers/cli';

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
    expect(stdout).toContain('No GPU detected — CPU only');
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
      'weights 139.8 GB (Q4_K_M, from catalog) + KV cache 49.9 GB at 196608 tokens + overhead 1.5 GB = 191.2 GB vs budget 154.6 GB',
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
    const { tempDir } = await import('../../test/helpers/temp-dir');
    const { writeTinyGguf } = await import('../../test/helpers/tiny-gguf');
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
