/**
 * The fake API's default data, taken from the repo's recorded fixtures (test/fixtures/**) and
 * copied here because the renderer cannot read files; each block names its source. The fake
 * validates all of it against the contract, so a copy that drifts from the contract fails.
 */
import type { CallOutput } from '@shared/api/contract';
import type { ConfigObject } from '@shared/config/config-access';
import type { ClusterNode } from '@shared/cluster/cluster';
import type { ServerProbe } from '@shared/servers/probe-result';

/** test/fixtures/configs/seed-hybrid.json5 (OpenClaw's "Local models" hybrid block), as parsed. */
export function seedHybridConfig(): ConfigObject {
  return {
    agents: {
      defaults: {
        model: {
          primary: 'anthropic/claude-sonnet-4-5',
          fallbacks: ['lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5'],
        },
        models: {
          'anthropic/claude-sonnet-4-5': { alias: 'Sonnet' },
          'lmstudio/minimax-m2.1-gs32': { alias: 'MiniMax Local' },
          'anthropic/claude-opus-4-5': { alias: 'Opus' },
        },
      },
    },
    models: {
      mode: 'merge',
      providers: {
        lmstudio: {
          baseUrl: 'http://127.0.0.1:1234/v1',
          apiKey: 'lmstudio',
          api: 'openai-responses',
          models: [
            {
              id: 'minimax-m2.1-gs32',
              name: 'MiniMax M2.1 GS32',
              reasoning: false,
              input: ['text'],
              cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
              contextWindow: 196608,
              maxTokens: 8192,
            },
          ],
        },
      },
    },
  };
}

/**
 * The H100 machine recorded on a lent VM (test/fixtures/nvidia-h100-vm/): `gpus`, `budget` and
 * `notes` are live-claw-control-hardware-busy.json verbatim; machine, OS, CPU, memory and the
 * probe time are claw-control-hardware-before-fix.json's (the same VM, recorded the same day).
 */
export function h100Hardware(): CallOutput<'getHardware'> {
  return {
    report: {
      machine: 'Docker Container',
      os: 'Ubuntu 24.04.3 LTS (noble) x64',
      cpu: { brand: 'Intel Xeon® Processor', cores: 16, performanceCores: 16, efficiencyCores: 0 },
      memory: { totalBytes: 135148564480, availableBytes: 134585180160 },
      gpus: [
        {
          kind: 'nvidia',
          vendor: 'NVIDIA',
          model: 'NVIDIA H100 80GB HBM3',
          vramBytes: 85520809984,
          vramFreeBytes: 41516269568,
          driver: '580.159.04',
          gpuCores: null,
          source: 'nvidia-smi',
          busId: '00000000:00:06.0',
          computeCapability: '9.0',
          mig: [],
          processes: [{ pid: 839, name: 'python3', usedBytes: 43492835328 }],
        },
      ],
      apple: null,
      budget: {
        bytes: 85520809984,
        source: 'nvidia-vram',
        perGpuBytes: [85520809984],
        freeBytes: 41516269568,
        bandwidthGBs: 3350,
        explanation: {
          code: 'hardware.budget.nvidiaOne',
          params: { total: '79.6 GiB', free: '38.7 GiB', tool: 'nvidia-smi' },
        },
      },
      noGpu: false,
      notes: [
        {
          code: 'hardware.note.gpuBusy',
          params: { model: 'NVIDIA H100 80GB HBM3', used: '41.0 GiB', total: '79.6 GiB', free: '38.7 GiB' },
        },
        {
          code: 'hardware.note.gpuHeldBy',
          params: { model: 'NVIDIA H100 80GB HBM3', processes: 'python3 (pid 839) 40.5 GiB' },
        },
      ],
      tools: [{ tool: 'nvidia-smi', status: 'ok', ms: null }],
      probedAt: '2026-11-27T06:15:17.767Z',
    },
    extraMachines: [],
  };
}

/**
 * The two Mac Studio M3 Ultra 512 GB of test/fixtures/exo/state-2x-m3-ultra-512gb.json, as
 * shared/cluster/exo-state.ts's parseExoState reads them.
 */
export const EXO_NODES: ClusterNode[] = [
  {
    id: '12D3KooWQm1nodeStudioA',
    label: 'studio-a',
    chip: 'Apple M3 Ultra',
    totalBytes: 549755813888,
    availableBytes: 504658657280,
    usableBytes: 412316860416,
    usableIsEstimate: true,
  },
  {
    id: '12D3KooWQm2nodeStudioB',
    label: 'studio-b',
    chip: 'Apple M3 Ultra',
    totalBytes: 549755813888,
    availableBytes: 502511173632,
    usableBytes: 412316860416,
    usableIsEstimate: true,
  },
];

/**
 * LM Studio on its default port serving the seed's model, the shape of the `v1_models_jit_off`
 * and `api_v1_models` answers in test/fixtures/server-responses.json (≥ 0.4: REST v1).
 */
export function lmstudioProbe(baseUrl = 'http://127.0.0.1:1234/v1'): ServerProbe {
  return {
    baseUrl,
    kind: 'lmstudio',
    reachable: true,
    latencyMs: 12,
    version: '0.4.0',
    lmstudioRest: 'v1',
    responsesApi: null,
    models: [
      {
        id: 'minimax-m2.1-gs32',
        loaded: true,
        contextLength: 196608,
        maxContextLength: 196608,
        vision: false,
        sizeBytes: 129500000000,
        quant: '4bit',
        type: 'llm',
      },
    ],
    problem: null,
    probedAt: '2026-11-27T10:00:00.000Z',
  };
}
