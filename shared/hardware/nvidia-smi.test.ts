import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmdSmiStatic, parseRocmSmiMemInfo } from './amd-smi';
import { estimateAppleWorkingSet } from './apple-budget';
import { classifyHardware } from './classify';
import { NVIDIA_FIELDS, parseNvidiaApps, parseNvidiaList, parseNvidiaQuery, rejectedField } from './nvidia-smi';

const recording = (name: string) =>
  readFileSync(path.resolve(__dirname, '../../test/fixtures/nvidia-h100-vm', name), 'utf8');
const MIB = 2 ** 20;
const GIB = 2 ** 30;

describe('nvidia-smi output (recorded on an H100 VM)', () => {
  it('reads the query rows, skipping what is not a row (the recorder’s rc= line)', () => {
    expect(parseNvidiaQuery(recording('smi-lean-query.txt'), NVIDIA_FIELDS)).toEqual([
      {
        index: 0,
        name: 'NVIDIA H100 80GB HBM3',
        memoryTotal: 81559,
        memoryFree: 81079,
        memoryUsed: 0,
        driverVersion: '580.159.04',
        busId: '00000000:00:06.0',
        computeCap: '9.0',
        uuid: 'GPU-2c967c03-b489-cbc8-817c-3cf1d426c7e3',
      },
    ]);
    expect(
      parseNvidiaQuery('NVIDIA-SMI has failed because it couldn’t communicate with the NVIDIA driver.', NVIDIA_FIELDS),
    ).toBeNull();
  });

  it('recognises a refused field', () => {
    expect(rejectedField('Field "compute_cap" is not a valid field to query.\n')).toBe('compute_cap');
    expect(rejectedField('Invalid combination of input arguments.')).toBeNull();
  });

  it('lists MIG devices under their GPU (nvidia-smi -L as in NVIDIA’s MIG user guide), none on the recorded H100', () => {
    expect(parseNvidiaList(recording('smi-L.txt'))).toEqual([]);
    const mig = parseNvidiaList(
      [
        'GPU 0: NVIDIA A100-SXM4-40GB (UUID: GPU-5d5ba0d6-d33d-2b2c-524d-9e3d8d2b8a77)',
        '  MIG 3g.20gb     Device  0: (UUID: MIG-c6d4f1ef-42e4-5de3-91c7-45d71c87eb3f)',
        '  MIG 1g.5gb      Device  1: (UUID: MIG-cba663e8-9bed-5b25-b243-5985ef7c9beb)',
      ].join('\n'),
    );
    expect(mig.map((d) => [d.gpuIndex, d.profile])).toEqual([
      [0, '3g.20gb'],
      [0, '1g.5gb'],
    ]);
    // With MIG on, a model runs inside one device: the budget is the largest, not the whole GPU.
    const rows = parseNvidiaQuery(
      '0, NVIDIA A100-SXM4-40GB, 40960, 40000, 960, 580.159.04, 00000000:07:00.0, 8.0, GPU-5d5b\n',
      NVIDIA_FIELDS,
    );
    const report = classifyHardware({ mem: { total: 64 * GIB } }, { nvidia: { rows, mig } });
    expect(report.gpus[0]!.mig).toHaveLength(2);
    expect(report.budget.perGpuBytes).toEqual([Math.floor(20 * 0.95 * GIB)]);
    expect(report.budget.explanation.code).toBe('hardware.budget.nvidiaMig');
  });

  it('the recorded VM without nvidia-smi’s answer: clinfo’s figure, labelled as such (before: "VRAM unknown")', () => {
    const graphics = JSON.parse(recording('si-graphics.json'));
    const report = classifyHardware({ graphics, mem: { total: 128 * GIB } });
    expect(report.gpus[0]).toMatchObject({ source: 'clinfo', vramBytes: 81079 * MIB });
    expect(report.budget.bytes).toBe(81079 * MIB);
    expect(report.notes).toContainEqual({
      code: 'hardware.note.clinfoMemory',
      params: { model: 'NVIDIA H100 80GB HBM3' },
    });
  });
});

describe('AMD tools (shapes from ROCm/amdsmi docs and rocm_smi.py)', () => {
  it('amd-smi static --json, both size spellings and the gpu_data wrapper', () => {
    const rows = parseAmdSmiStatic(
      JSON.stringify([
        {
          gpu: 0,
          asic: { market_name: 'AMD Radeon RX 7900 XTX' },
          vram: { type: 'GDDR6', size: { value: 24560, unit: 'MB' } },
        },
        { gpu: 1, asic: { market_name: 'AMD Instinct MI300X' }, vram: { size: '196592 MB' } },
      ]),
    );
    expect(rows).toEqual([
      { index: 0, name: 'AMD Radeon RX 7900 XTX', vramTotal: 24560 * MIB, vramUsed: null },
      { index: 1, name: 'AMD Instinct MI300X', vramTotal: 196592 * MIB, vramUsed: null },
    ]);
    expect(
      parseAmdSmiStatic(JSON.stringify({ gpu_data: [{ gpu: 0, vram: { size: { value: 24560, unit: 'MB' } } }] })),
    ).toHaveLength(1);
    expect(parseAmdSmiStatic('not json')).toBeNull();
  });

  it('rocm-smi --showmeminfo vram --json, names from systeminformation', () => {
    const rows = parseRocmSmiMemInfo(
      JSON.stringify({ card0: { 'VRAM Total Memory (B)': '25753026560', 'VRAM Total Used Memory (B)': '1073741824' } }),
    )!;
    expect(rows).toEqual([{ index: 0, name: null, vramTotal: 25753026560, vramUsed: 1073741824 }]);
    const report = classifyHardware(
      {
        graphics: {
          controllers: [
            {
              vendor: 'Advanced Micro Devices, Inc. [AMD/ATI]',
              model: 'Navi 31',
              busAddress: '03:00.0',
              bus: 'Onboard',
              vram: 256,
            },
          ],
        },
        mem: { total: 64 * GIB },
      },
      { amd: { rows, tool: 'rocm-smi' } },
    );
    expect(report.gpus).toEqual([
      expect.objectContaining({ model: 'Navi 31', source: 'rocm-smi', vramBytes: 25753026560 }),
    ]);
    expect(report.budget).toMatchObject({
      bytes: 25753026560,
      source: 'amd-vram',
      freeBytes: 25753026560 - 1073741824,
    });
  });
});

describe('Apple default working set (measured, by RAM size)', () => {
  it('uses the measurement for a measured size and says where it comes from', () => {
    expect(estimateAppleWorkingSet(24 * GIB)).toMatchObject({ measuredSize: true });
    expect(estimateAppleWorkingSet(24 * GIB).bytes / GIB).toBeCloseTo(17.76, 2);
    expect(estimateAppleWorkingSet(128 * GIB).source).toMatch(/antirez\/ds4 PR #893/);
  });

  it('interpolates between measured sizes and labels it; above 128 GiB keeps the 3/4 rule', () => {
    const m = estimateAppleWorkingSet(96 * GIB);
    expect(m.measuredSize).toBe(false);
    expect(m.source).toMatch(/interpolated between 64 GiB .* and 128 GiB/);
    expect(m.fraction).toBeGreaterThan(0.81);
    expect(m.fraction).toBeLessThan(0.84);
    expect(estimateAppleWorkingSet(192 * GIB).bytes).toBe(144 * GIB);
  });

  it('a Mac’s report labels the estimate with its source', () => {
    const report = classifyHardware({
      graphics: { controllers: [{ vendor: 'Apple', model: 'Apple M3', vramDynamic: true, cores: '10' }] },
      mem: { total: 16 * GIB },
    });
    expect(report.apple).toMatchObject({
      wiredLimitIsEstimate: true,
      wiredLimitSource: expect.stringMatching(/llmfit PR #754/),
    });
    expect(report.budget.explanation.code).toBe('hardware.budget.appleEstimate');
  });
});

describe('nvidia-smi --query-compute-apps', () => {
  it('reads the row recorded on the lent H100 while PyTorch held 40 GiB', () => {
    expect(parseNvidiaApps(recording('live-busy-smi-compute-apps.txt'))).toEqual([
      { gpuUuid: 'GPU-800ee51b-46c3-11ad-e866-167bf58b32d3', pid: 839, name: 'python3', usedMemory: 41478 },
    ]);
  });

  it('nothing running prints nothing (recorded): no processes', () => {
    expect(parseNvidiaApps(recording('live-idle-smi-compute-apps.txt'))).toEqual([]);
  });

  it('a name with commas, and a process another PID namespace hides', () => {
    expect(parseNvidiaApps('GPU-a, 12, /opt/my,app/bin/serve, 2048\nGPU-a, 13, [Not Found], 512\n')).toEqual([
      { gpuUuid: 'GPU-a', pid: 12, name: '/opt/my,app/bin/serve', usedMemory: 2048 },
      { gpuUuid: 'GPU-a', pid: 13, name: null, usedMemory: 512 },
    ]);
  });
});
