/**
 * The hardware service (F1): asks nvidia-smi (and amd-smi/rocm-smi) directly and
 * asynchronously, each with a deadline, while systeminformation runs in a worker thread
 * with its own deadline for CPU, RAM, OS, Apple and the fallbacks — with its own
 * synchronous, timeout-less nvidia-smi call switched off, so a hung driver can never
 * block it. Reads the macOS GPU wired limit with async sysctl; classifies the result;
 * caches it until a refresh is asked for — in memory, and with a state folder in the
 * snapshot file there, so the next process starts from it. A slow or broken tool becomes a
 * note naming it, never a hang.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { msg, type Message } from '@shared/i18n/message';
import { classifyHardware, type ProbeExtras, type SiSnapshot } from '@shared/hardware/classify';
import type { HardwareReport, ToolStatus } from '@shared/hardware/report';
import {
  hardwareSnapshotFile,
  probeKey,
  readHardwareSnapshot,
  writeHardwareSnapshot,
} from '@node/platform/hardware-snapshot';
import { nvidiaProcModels, onPath, queryAmd, queryNvidia } from './gpu-tools';

type Env = Readonly<Record<string, string | undefined>>;

export interface HardwareServiceOptions {
  env: Env;
  /** How long nvidia-smi (all its tries and `-L`) and amd-smi/rocm-smi may take. */
  gpuTimeoutMs?: number;
  /** How long systeminformation's graphics part (lspci, clinfo) may take. */
  graphicsTimeoutMs?: number;
  /** How long CPU, memory and OS facts may take. */
  baseTimeoutMs?: number;
  platform?: NodeJS.Platform;
  /** Where the NVIDIA driver lists its GPUs (tests point it elsewhere). */
  procNvidiaDir?: string;
  /** Claw Control's state folder: the last report is kept there for the next process; none, none kept. */
  stateDir?: string;
}

/** The longest any probe may take with the default deadlines; the CLI returns within this plus a second. */
export const PROBE_DEADLINE_MS = 10_000;

/**
 * The longest one synchronous call inside systeminformation may take. After a deadline the
 * worker is terminated, but it stops only between calls, so this bounds how long the process
 * may linger after the report.
 */
export const SYNC_CALL_TIMEOUT_MS = 1_500;
/** The longest one asynchronous tool call inside systeminformation may take. */
export const ASYNC_CALL_TIMEOUT_MS = 4_000;

/** The name a timeout of systeminformation's GPU part is reported under. */
export const SI_GRAPHICS_TOOL = 'systeminformation graphics (lspci, clinfo)';

/**
 * The worker's code. systeminformation 5.33 calls nvidia-smi with execFileSync and no
 * timeout (lib/graphics.js nvidiaSmi(), taken at load as `require('child_process')
 * .execFileSync`), so before loading it the worker makes that one call fail at once:
 * nvidia-smi is asked by the service itself. Each part is posted as soon as it is known.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const childProcess = require('node:child_process');
// Every other synchronous call it makes (dmidecode, hostname -f, ioreg…) gets a deadline too: a sync
// call blocks the worker, and a blocked worker cannot be terminated, so the process could not exit.
const SYNC_TIMEOUT = { timeout: workerData.syncTimeoutMs, killSignal: 'SIGKILL' };
const withTimeout = (options) =>
  options && typeof options === 'object' && !Array.isArray(options)
    ? { ...SYNC_TIMEOUT, ...options, timeout: Math.min(options.timeout || Infinity, SYNC_TIMEOUT.timeout) }
    : SYNC_TIMEOUT;
// Its asynchronous exec calls (lspci, clinfo, dmidecode…) have no timeout either: give them one, so a
// hung tool costs its own part, not the whole report.
const ASYNC_TIMEOUT_MS = workerData.asyncTimeoutMs;
const exec = childProcess.exec;
childProcess.exec = (command, options, callback) => {
  if (typeof options === 'function') [callback, options] = [options, undefined];
  const opts = options && typeof options === 'object' ? options : {};
  return exec(command, { killSignal: 'SIGKILL', ...opts, timeout: opts.timeout || ASYNC_TIMEOUT_MS }, callback);
};
const execSync = childProcess.execSync;
childProcess.execSync = (command, options) => execSync(command, withTimeout(options));
const execFileSync = childProcess.execFileSync;
childProcess.execFileSync = (file, args, options) => {
  if (/nvidia-smi(\\.exe)?$/i.test(String(file))) throw new Error('nvidia-smi is queried by the hardware service');
  return Array.isArray(args) ? execFileSync(file, args, withTimeout(options)) : execFileSync(file, withTimeout(args));
};
const si = require(workerData.siPath);
Promise.all([si.mem(), si.cpu(), si.system(), si.osInfo()])
  .then(([mem, cpu, system, osInfo]) => parentPort.postMessage({ part: 'base', data: { mem, cpu, system, osInfo } }))
  .catch((error) => parentPort.postMessage({ part: 'base-error', data: String((error && error.message) || error) }));
si.graphics()
  .then((data) => parentPort.postMessage({ part: 'graphics', data }))
  .catch((error) => parentPort.postMessage({ part: 'graphics-error', data: String((error && error.message) || error) }));
`;

interface WorkerResult {
  snapshot: SiSnapshot;
  tools: ToolStatus[];
  notes: Message[];
}

function runSystemInformation(env: Env, baseTimeoutMs: number, graphicsTimeoutMs: number): Promise<WorkerResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    const snapshot: SiSnapshot = {};
    const tools: ToolStatus[] = [];
    const notes: Message[] = [];
    let base: 'pending' | 'done' = 'pending';
    let graphics: 'pending' | 'done' = 'pending';
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          siPath: createRequire(__filename).resolve('systeminformation'),
          syncTimeoutMs: SYNC_CALL_TIMEOUT_MS,
        },
        env: { ...env },
      });
    } catch (error) {
      notes.push(msg('hardware.note.toolFailed', { tool: 'systeminformation', detail: (error as Error).message }));
      resolve({ snapshot, tools, notes });
      return;
    }
    const settleBase = (status: ToolStatus['status'], detail?: string) => {
      if (base === 'done') return;
      base = 'done';
      clearTimeout(baseTimer);
      if (status === 'timeout')
        notes.push(msg('hardware.note.toolTimeout', { tool: 'systeminformation', seconds: baseTimeoutMs / 1000 }));
      if (status === 'failed') notes.push(msg('hardware.note.toolFailed', { tool: 'systeminformation', detail }));
      maybeFinish();
    };
    const settleGraphics = (status: ToolStatus['status'], detail?: string) => {
      if (graphics === 'done') return;
      graphics = 'done';
      clearTimeout(graphicsTimer);
      tools.push({ tool: SI_GRAPHICS_TOOL, status, ms: ms() });
      if (status === 'timeout')
        notes.push(msg('hardware.note.toolTimeout', { tool: SI_GRAPHICS_TOOL, seconds: graphicsTimeoutMs / 1000 }));
      if (status === 'failed') notes.push(msg('hardware.note.toolFailed', { tool: SI_GRAPHICS_TOOL, detail }));
      maybeFinish();
    };
    const maybeFinish = () => {
      if (base === 'pending' || graphics === 'pending') return;
      // Whatever it is still doing (a sync call stuck in a tool) must not keep the process alive.
      worker.unref();
      void worker.terminate(); // resolves with the exit code; it does not reject
      resolve({ snapshot, tools, notes });
    };
    const baseTimer = setTimeout(() => settleBase('timeout'), baseTimeoutMs);
    const graphicsTimer = setTimeout(() => settleGraphics('timeout'), graphicsTimeoutMs);
    worker.on('message', (message: { part: string; data: unknown }) => {
      if (message.part === 'base') {
        Object.assign(snapshot, message.data);
        settleBase('ok');
      } else if (message.part === 'base-error') settleBase('failed', String(message.data));
      else if (message.part === 'graphics') {
        snapshot.graphics = message.data as SiSnapshot['graphics'];
        settleGraphics('ok');
      } else if (message.part === 'graphics-error') settleGraphics('failed', String(message.data));
    });
    const stopped = (detail: string) => {
      settleBase('failed', detail);
      settleGraphics('failed', detail);
    };
    worker.on('error', (error) => stopped(error.message));
    worker.on('exit', (code) => stopped(`the probe stopped (exit ${code})`));
  });
}

function sysctl(name: string, env: Env): Promise<number | null> {
  return new Promise((resolve) => {
    execFile('sysctl', ['-n', name], { timeout: 3000, killSignal: 'SIGKILL', env: { ...env } }, (error, stdout) => {
      const value = Number(stdout.trim());
      // An unknown name (macOS 13 lacks iogpu.wired_limit_mb, 14+ lacks the debug one) is "not set".
      resolve(error || !Number.isFinite(value) ? null : value);
    });
  });
}

export function createHardwareService(options: HardwareServiceOptions) {
  const platform = options.platform ?? process.platform;
  const env = options.env;
  let cached: Promise<HardwareReport> | null = null;

  async function probe(): Promise<HardwareReport> {
    const recorded = env.CLAW_CONTROL_HARDWARE_SNAPSHOT;
    if (recorded) {
      // A recorded systeminformation snapshot (test/fixtures/systeminformation/*.json): demos, tests, support.
      const snapshot = JSON.parse(await readFile(recorded, 'utf8')) as SiSnapshot & { extras?: ProbeExtras };
      return classifyHardware(snapshot, { ...snapshot.extras, probedAt: new Date().toISOString() });
    }
    const gpuTimeoutMs = options.gpuTimeoutMs ?? 5_000;
    const linuxOrWindows = platform === 'linux' || platform === 'win32';
    const [si, nvidia, amd, procNvidiaModels, clinfoOnPath, wired] = await Promise.all([
      runSystemInformation(
        env,
        options.baseTimeoutMs ?? PROBE_DEADLINE_MS,
        options.graphicsTimeoutMs ?? PROBE_DEADLINE_MS,
      ),
      linuxOrWindows ? queryNvidia(env, platform, gpuTimeoutMs) : null,
      platform === 'linux' ? queryAmd(env, gpuTimeoutMs) : null,
      platform === 'linux' ? nvidiaProcModels(options.procNvidiaDir ?? '/proc/driver/nvidia/gpus') : [],
      platform === 'linux' ? onPath('clinfo', env) : false,
      platform === 'darwin'
        ? Promise.all([sysctl('iogpu.wired_limit_mb', env), sysctl('debug.iogpu.wired_limit', env)])
        : [null, null],
    ]);
    return classifyHardware(si.snapshot, {
      wiredLimitMb: wired[0],
      wiredLimitBytes: wired[1],
      nvidia: nvidia?.result ?? null,
      amd: amd?.result ?? null,
      procNvidiaModels,
      clinfoOnPath,
      probeNotes: [...(nvidia?.notes ?? []), ...(amd?.notes ?? []), ...si.notes],
      tools: [...(nvidia?.tools ?? []), ...(amd?.tools ?? []), ...si.tools],
      probedAt: new Date().toISOString(),
    });
  }

  // A recorded snapshot stands in for the machine: nothing of it is kept.
  const snapshotFile =
    options.stateDir && !env.CLAW_CONTROL_HARDWARE_SNAPSHOT ? hardwareSnapshotFile(options.stateDir) : null;
  const key = probeKey(platform, env.PATH, options.procNvidiaDir);

  /** Probes and keeps the report for the next process; a snapshot that cannot be written is a note. */
  async function probeAndKeep(): Promise<HardwareReport> {
    const report = await probe();
    if (!snapshotFile) return report;
    try {
      await writeHardwareSnapshot(snapshotFile, key, report);
      return report;
    } catch (error) {
      const note = msg('ship2.snapshotUnwritable', { file: snapshotFile, detail: (error as Error).message });
      return { ...report, notes: [...report.notes, note] };
    }
  }

  return {
    /** The cached report (this process's, else the snapshot's), probing once; `refresh` probes again. */
    get(refresh = false): Promise<HardwareReport> {
      if (!cached || refresh) {
        const kept = !refresh && snapshotFile ? readHardwareSnapshot(snapshotFile, key) : null;
        const probing = kept ? Promise.resolve(kept) : probeAndKeep();
        cached = probing;
        // A failed probe is not cached: the next call tries again (the caller still gets the error).
        probing.catch(() => {
          if (cached === probing) cached = null;
        });
      }
      return cached;
    },
  };
}

export type HardwareService = ReturnType<typeof createHardwareService>;
