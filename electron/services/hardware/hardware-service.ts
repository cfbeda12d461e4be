/**
 * The hardware service (F1): runs systeminformation in a worker thread — it calls
 * nvidia-smi synchronously with no timeout, which would freeze the main process — with
 * its own deadline; reads the macOS GPU wired limit with async sysctl; classifies the
 * result; caches it until a refresh is asked for. A slow or broken GPU tool becomes a
 * note in the report, never a hang.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { classifyHardware, type ProbeExtras, type SiSnapshot } from '../../../shared/hardware/classify';
import type { HardwareReport } from '../../../shared/hardware/report';

type Env = Readonly<Record<string, string | undefined>>;

export interface HardwareServiceOptions {
  env: Env;
  /** How long the GPU query may take before it is abandoned. */
  gpuTimeoutMs?: number;
  /** How long CPU, memory and OS facts may take. */
  baseTimeoutMs?: number;
  platform?: NodeJS.Platform;
}

/**
 * The worker's code: each part is posted as soon as it is known, graphics last, so a
 * hanging nvidia-smi only costs the GPU part.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const si = require(workerData.siPath);
(async () => {
  const [mem, cpu, system, osInfo] = await Promise.all([si.mem(), si.cpu(), si.system(), si.osInfo()]);
  parentPort.postMessage({ part: 'base', data: { mem, cpu, system, osInfo } });
  try {
    parentPort.postMessage({ part: 'graphics', data: await si.graphics() });
  } catch (error) {
    parentPort.postMessage({ part: 'graphics-error', data: String(error && error.message || error) });
  }
})().catch((error) => parentPort.postMessage({ part: 'error', data: String(error && error.message || error) }));
`;

interface WorkerResult {
  snapshot: SiSnapshot;
  graphicsError: string | null;
}

function runSystemInformation(env: Env, baseTimeoutMs: number, gpuTimeoutMs: number): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { siPath: createRequire(__filename).resolve('systeminformation') },
      env: { ...env },
    });
    const snapshot: SiSnapshot = {};
    let timer = setTimeout(
      () => finish(new Error(`system facts did not arrive within ${baseTimeoutMs / 1000} s`)),
      baseTimeoutMs,
    );
    let done = false;
    const finish = (error: Error | null, graphicsError: string | null = null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve({ snapshot, graphicsError });
    };
    worker.on('message', (message: { part: string; data: unknown }) => {
      if (message.part === 'base') {
        Object.assign(snapshot, message.data);
        clearTimeout(timer);
        timer = setTimeout(
          () => finish(null, `the GPU query (nvidia-smi) did not answer within ${gpuTimeoutMs / 1000} s`),
          gpuTimeoutMs,
        );
      } else if (message.part === 'graphics') {
        snapshot.graphics = message.data as SiSnapshot['graphics'];
        finish(null);
      } else if (message.part === 'graphics-error') {
        finish(null, `the GPU query failed: ${String(message.data)}`);
      } else {
        finish(new Error(String(message.data)));
      }
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(code === 0 ? null : new Error(`the hardware probe stopped (exit ${code})`)));
  });
}

function sysctl(name: string, env: Env): Promise<number | null> {
  return new Promise((resolve) => {
    execFile('sysctl', ['-n', name], { timeout: 3000, env: { ...env } }, (error, stdout) => {
      const value = Number(stdout.trim());
      resolve(error || !Number.isFinite(value) ? null : value);
    });
  });
}

export function createHardwareService(options: HardwareServiceOptions) {
  const platform = options.platform ?? process.platform;
  let cached: Promise<HardwareReport> | null = null;

  async function probe(): Promise<HardwareReport> {
    const recorded = options.env.CLAW_CONTROL_HARDWARE_SNAPSHOT;
    if (recorded) {
      // A recorded systeminformation snapshot (test/fixtures/systeminformation/*.json): demos, tests, support.
      const snapshot = JSON.parse(await readFile(recorded, 'utf8')) as SiSnapshot & { extras?: ProbeExtras };
      return classifyHardware(snapshot, { ...snapshot.extras, probedAt: new Date().toISOString() });
    }
    const { snapshot, graphicsError } = await runSystemInformation(
      options.env,
      options.baseTimeoutMs ?? 20_000,
      options.gpuTimeoutMs ?? 8_000,
    );
    const [wiredLimitMb, wiredLimitBytes] =
      platform === 'darwin'
        ? await Promise.all([
            sysctl('iogpu.wired_limit_mb', options.env),
            sysctl('debug.iogpu.wired_limit', options.env),
          ])
        : [null, null];
    return classifyHardware(snapshot, {
      wiredLimitMb,
      wiredLimitBytes,
      graphicsError,
      probedAt: new Date().toISOString(),
    });
  }

  return {
    /** The cached report, probing once; `refresh` probes again. */
    get(refresh = false): Promise<HardwareReport> {
      if (!cached || refresh) {
        cached = probe();
        cached.catch(() => (cached = null));
      }
      return cached;
    },
  };
}

export type HardwareService = ReturnType<typeof createHardwareService>;
