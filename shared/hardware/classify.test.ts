import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyHardware, defaultAppleWiredLimit, type SiSnapshot } from './classify';

const fixture = (name: string): SiSnapshot =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../test/fixtures/systeminformation', `${name}.json`), 'utf8'));
const GIB = 2 ** 30;
const MIB = 2 ** 20;

describe('classifyHardware (recorded systeminformation outputs)', () => {
  it('Mac Studio M2 Ultra 192 GB: no VRAM reported, the budget is the default wired limit (an estimate)', () => {
    const report = classifyHardware(fixture('derived-macos-mac-studio-m2-ultra-192gb'));
    expect(report.machine).toBe('Mac Studio (M2 Ultra, 2023)');
    expect(report.apple).toMatchObject({
      chip: 'M2 Ultra',
      gpuCores: 76,
      unifiedMemoryBytes: 192 * GIB,
      wiredLimitBytes: 144 * GIB,
      wiredLimitIsEstimate: true,
    });
    expect(report.apple!.raiseCommand).toBe('sudo sysctl iogpu.wired_limit_mb=180224');
    expect(report.budget).toMatchObject({ bytes: 144 * GIB, source: 'apple-default-estimate', bandwidthGBs: 800 });
    expect(report.noGpu).toBe(false);
    expect(report.cpu).toEqual({ brand: 'Apple M2 Ultra', cores: 24, performanceCores: 16, efficiencyCores: 8 });
  });

  it('uses iogpu.wired_limit_mb when it is set, and the macOS 13 byte value otherwise', () => {
    const m3 = fixture('derived-macos-mac-studio-m3-ultra-512gb');
    expect(classifyHardware(m3, { wiredLimitMb: 480 * 1024 }).budget).toMatchObject({
      bytes: 480 * GIB,
      source: 'apple-wired-limit',
      bandwidthGBs: 819,
    });
    expect(classifyHardware(m3, { wiredLimitMb: 0, wiredLimitBytes: 400 * GIB }).budget.bytes).toBe(400 * GIB);
    expect(classifyHardware(m3, { wiredLimitMb: 0 }).budget.source).toBe('apple-default-estimate');
    // Measured defaults (apple-budget.ts): 11.84 GB of 16 GB (llmfit #754), 107.52 GiB of 128 GiB (ds4 #893).
    expect(defaultAppleWiredLimit(16 * GIB)).toBe(Math.floor(16 * GIB * (11.84 / 16)));
    expect(defaultAppleWiredLimit(128 * GIB) / GIB).toBeCloseTo(107.52, 2);
    expect(defaultAppleWiredLimit(24 * GIB) / GIB).toBeCloseTo(17.76, 2);
  });

  it('RTX 4090: one NVIDIA GPU, the Intel iGPU listed but not budgeted', () => {
    const report = classifyHardware(fixture('derived-linux-rtx4090-24gb'));
    const nvidia = report.gpus.find((g) => g.kind === 'nvidia')!;
    expect(nvidia).toMatchObject({
      model: 'NVIDIA GeForce RTX 4090',
      vramBytes: 24564 * MIB,
      vramFreeBytes: 23683 * MIB,
      driver: '580.95.05',
    });
    expect(report.budget).toMatchObject({
      bytes: 24564 * MIB,
      source: 'nvidia-vram',
      perGpuBytes: [24564 * MIB],
      bandwidthGBs: 1008,
    });
  });

  it('2 × RTX 3090: the budget is the sum, split noted per GPU', () => {
    const report = classifyHardware(fixture('derived-linux-2x-rtx3090-24gb'));
    expect(report.budget.bytes).toBe(2 * 24576 * MIB);
    expect(report.budget.perGpuBytes).toEqual([24576 * MIB, 24576 * MIB]);
    expect(report.budget.explanation).toMatchObject({ code: 'hardware.budget.nvidiaMany', params: { count: 2 } });
    expect(report.gpus.filter((g) => g.kind === 'nvidia').map((g) => g.source)).toEqual(['nvidia-smi', 'nvidia-smi']);
  });

  it('AMD without clinfo: the BAR size is not trusted; with clinfo the real VRAM is', () => {
    const without = classifyHardware(fixture('derived-linux-amd-rx7900xtx-no-clinfo'));
    expect(without.budget).toMatchObject({ bytes: null, source: 'unknown' });
    expect(without.notes).toContainEqual({ code: 'hardware.note.amdBar' });
    const withClinfo = classifyHardware(fixture('derived-linux-amd-rx7900xtx-with-clinfo'));
    expect(withClinfo.budget).toMatchObject({ bytes: 24560 * MIB, source: 'amd-vram' });
  });

  it('Windows RTX 4090 from the registry and nvidia-smi', () => {
    expect(classifyHardware(fixture('derived-windows-rtx4090-24gb')).budget).toMatchObject({
      bytes: 24564 * MIB,
      source: 'nvidia-vram',
    });
  });

  it.each(['captured-linux-cloud-vm-no-gpu', 'derived-linux-aws-vm-with-lspci', 'derived-linux-qemu-vm-with-lspci'])(
    '%s: no GPU detected — CPU only',
    (name) => {
      const report = classifyHardware(fixture(name));
      expect(report.noGpu).toBe(true);
      expect(report.gpus).toEqual([]);
      expect(report.budget.source).toBe('system-ram');
      // Said once: as a note, not again in the budget's explanation.
      expect(report.notes).toEqual([{ code: 'hardware.noGpu' }]);
      expect(report.budget.explanation.code).toBe('hardware.budget.systemRam');
    },
  );

  it('H100 from the fake nvidia-smi recipe', () => {
    const report = classifyHardware(fixture('fake-nvidia-smi-linux-h100-80gb'));
    expect(report.budget).toMatchObject({ bytes: 81559 * MIB, bandwidthGBs: 3350 });
  });
});
