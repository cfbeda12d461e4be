/**
 * Turns what systeminformation reported (plus the macOS GPU wired limit) into the
 * hardware report: which GPUs are real, how much memory models may use, and the traps
 * of reference/hardware.md — Apple reports no VRAM (the budget is the wired limit),
 * AMD without clinfo reports a BAR size, VMs have tiny virtual VGA adapters.
 */
import { appleBandwidth, gpuBandwidth } from './bandwidth';
import type { Budget, Gpu, HardwareReport } from './report';

type Obj = Record<string, unknown>;

export interface SiSnapshot {
  graphics?: { controllers?: Obj[] } | null;
  mem?: Obj | null;
  cpu?: Obj | null;
  system?: Obj | null;
  osInfo?: Obj | null;
}

export interface ProbeExtras {
  /** `sysctl -n iogpu.wired_limit_mb` (0 = the system default). */
  wiredLimitMb?: number | null;
  /** `sysctl -n debug.iogpu.wired_limit` on macOS 13, in bytes. */
  wiredLimitBytes?: number | null;
  /** Why the GPU part could not be read (timeout, crash). */
  graphicsError?: string | null;
  probedAt?: string;
}

const MIB = 2 ** 20;
const GIB = 2 ** 30;
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const num = (v: unknown): number | null => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** The macOS default GPU working-set limit: about 2/3 of RAM up to 36 GiB, about 3/4 above (newer macOS may allow more). */
export function defaultAppleWiredLimit(totalBytes: number): number {
  return Math.floor(totalBytes * (totalBytes <= 36 * GIB ? 2 / 3 : 0.75));
}

function classifyGpu(c: Obj): Gpu {
  const vendor = str(c.vendor);
  const model = str(c.name) || str(c.model);
  const vram = num(c.memoryTotal) ?? num(c.vram);
  const text = `${vendor} ${model}`;
  let kind: Gpu['kind'] = 'other';
  if (/nvidia/i.test(text)) kind = 'nvidia';
  else if (/advanced micro devices|\bamd\b|radeon/i.test(text)) kind = 'amd';
  else if (/apple/i.test(vendor) && c.vramDynamic === true) kind = 'apple';
  else if (/intel/i.test(vendor)) kind = 'intel';
  if (
    kind === 'other' &&
    (vendor === '' || /amazon|qemu|vmware|red hat|cirrus|virtualbox|microsoft|bochs/i.test(text) || (vram ?? 0) < 1024)
  ) {
    kind = 'virtual';
  }
  // On Linux, lspci's `vram` is the largest PCI BAR (an H100 shows 128 GiB, an AMD card 256 MiB): trust
  // NVIDIA memory only from nvidia-smi (or Windows' registry, which has no busAddress), AMD only from clinfo.
  const nvidiaReported = num(c.memoryTotal) !== null || !('busAddress' in c);
  const trustVram = (kind === 'nvidia' && nvidiaReported) || (kind === 'amd' && (vram ?? 0) > 2048) || kind === 'intel';
  const used = num(c.memoryUsed);
  return {
    kind,
    vendor,
    model,
    vramBytes: trustVram && vram !== null ? vram * MIB : null,
    vramFreeBytes: kind === 'nvidia' && vram !== null ? (num(c.memoryFree) ?? vram - (used ?? 0)) * MIB : null,
    driver: str(c.driverVersion) || null,
    gpuCores: num(c.cores),
  };
}

const gib = (bytes: number) => `${(bytes / GIB).toFixed(1)} GiB`;

export function classifyHardware(snapshot: SiSnapshot, extras: ProbeExtras = {}): HardwareReport {
  const controllers = snapshot.graphics?.controllers ?? [];
  const gpus = controllers.map(classifyGpu);
  const cpu = snapshot.cpu ?? {};
  const system = snapshot.system ?? {};
  const os = snapshot.osInfo ?? {};
  const totalBytes = num(snapshot.mem?.total) ?? 0;
  const notes: string[] = [];
  if (extras.graphicsError) notes.push(`GPU details unavailable: ${extras.graphicsError}`);

  const appleGpu = gpus.find((g) => g.kind === 'apple');
  const isApple = !!appleGpu || (str(cpu.manufacturer) === 'Apple' && str(os.platform) === 'darwin');
  let apple: HardwareReport['apple'] = null;
  let budget: Budget;

  if (isApple) {
    const chip = appleGpu?.model.replace(/^Apple\s+/i, '') || str(cpu.brand) || 'Apple silicon';
    const fromSysctl =
      extras.wiredLimitMb && extras.wiredLimitMb > 0
        ? extras.wiredLimitMb * MIB
        : extras.wiredLimitBytes && extras.wiredLimitBytes > 0
          ? extras.wiredLimitBytes
          : null;
    const wired = fromSysctl ?? defaultAppleWiredLimit(totalBytes);
    const suggested = Math.floor((totalBytes - 16 * GIB) / MIB);
    apple = {
      chip,
      gpuCores: appleGpu?.gpuCores ?? null,
      unifiedMemoryBytes: totalBytes,
      wiredLimitBytes: wired,
      wiredLimitIsEstimate: fromSysctl === null,
      raiseCommand: `sudo sysctl iogpu.wired_limit_mb=${Math.max(suggested, 0)}`,
    };
    budget = {
      bytes: wired,
      source: fromSysctl === null ? 'apple-default-estimate' : 'apple-wired-limit',
      perGpuBytes: [wired],
      bandwidthGBs: appleBandwidth(chip),
      explanation:
        fromSysctl === null
          ? `macOS lets the GPU use about ${gib(wired)} of ${gib(totalBytes)} unified memory by default (an estimate; macOS 15/26 may allow ~80–84%).`
          : `The GPU working-set limit is set to ${gib(wired)} of ${gib(totalBytes)} unified memory (iogpu.wired_limit_mb).`,
    };
  } else {
    const nvidia = gpus.filter((g) => g.kind === 'nvidia' && g.vramBytes !== null);
    const amd = gpus.filter((g) => g.kind === 'amd');
    if (gpus.some((g) => g.kind === 'nvidia' && g.vramBytes === null)) {
      notes.push('An NVIDIA GPU is present but nvidia-smi gave no memory figures: is the NVIDIA driver loaded?');
    }
    if (nvidia.length > 0) {
      const per = nvidia.map((g) => g.vramBytes!);
      const sum = per.reduce((a, b) => a + b, 0);
      const bandwidths = nvidia.map((g) => gpuBandwidth(g.model)).filter((b): b is number => b !== null);
      budget = {
        bytes: sum,
        source: 'nvidia-vram',
        perGpuBytes: per,
        // Split by layers, each token still reads one GPU's share at a time: one GPU's bandwidth.
        bandwidthGBs: bandwidths.length ? Math.min(...bandwidths) : null,
        explanation:
          per.length > 1
            ? `${per.length} NVIDIA GPUs with ${gib(sum)} VRAM in all (${per.map(gib).join(' + ')}); a model is split across them by layers.`
            : `One NVIDIA GPU with ${gib(sum)} VRAM.`,
      };
    } else if (amd.length > 0) {
      const known = amd.filter((g) => g.vramBytes !== null);
      const sum = known.reduce((a, g) => a + g.vramBytes!, 0);
      budget = known.length
        ? {
            bytes: sum,
            source: 'amd-vram',
            perGpuBytes: known.map((g) => g.vramBytes!),
            bandwidthGBs: gpuBandwidth(known[0]!.model),
            explanation: `AMD GPU memory: ${gib(sum)}.`,
          }
        : {
            bytes: null,
            source: 'unknown',
            perGpuBytes: [],
            bandwidthGBs: null,
            explanation:
              'An AMD GPU was found, but its memory size is unknown without clinfo (install clinfo, or enter it by hand).',
          };
      if (!known.length)
        notes.push(
          'AMD GPU memory could not be read: systeminformation reports a PCI BAR size unless clinfo is installed.',
        );
    } else if (gpus.some((g) => g.kind === 'nvidia')) {
      budget = {
        bytes: null,
        source: 'unknown',
        perGpuBytes: [],
        bandwidthGBs: null,
        explanation: 'An NVIDIA GPU was found, but its memory is unknown: nvidia-smi did not report it.',
      };
    } else {
      budget = {
        bytes: totalBytes || null,
        source: 'system-ram',
        perGpuBytes: [],
        bandwidthGBs: null,
        explanation: 'No GPU detected — CPU only: models run from system RAM, much more slowly.',
      };
    }
  }

  const noGpu = !isApple && !gpus.some((g) => g.kind === 'nvidia' || g.kind === 'amd');
  if (noGpu && !extras.graphicsError) notes.push('No GPU detected — CPU only.');
  const machine =
    str(system.version) || [str(system.manufacturer), str(system.model)].filter(Boolean).join(' ') || 'Unknown machine';
  const osName = [
    str(os.distro) || str(os.platform),
    str(os.release),
    str(os.codename) && `(${str(os.codename)})`,
    str(os.arch),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    machine,
    os: osName || 'unknown OS',
    cpu: {
      brand: [str(cpu.manufacturer), str(cpu.brand)].filter(Boolean).join(' ') || 'unknown CPU',
      cores: num(cpu.cores) ?? 0,
      performanceCores: num(cpu.performanceCores),
      efficiencyCores: num(cpu.efficiencyCores),
    },
    memory: { totalBytes, availableBytes: num(snapshot.mem?.available) },
    gpus: gpus.filter((g) => g.kind !== 'virtual'),
    apple,
    budget,
    noGpu,
    notes,
    probedAt: extras.probedAt ?? new Date(0).toISOString(),
  };
}
