/**
 * Turns what the probes found into the hardware report: nvidia-smi's own rows are the
 * truth for NVIDIA GPUs, amd-smi/rocm-smi for AMD; systeminformation supplies CPU, RAM,
 * OS, Apple, Intel and the fallbacks (clinfo's memory, /proc/driver/nvidia's names).
 * The traps of reference/hardware.md: Apple reports no VRAM (the budget is the wired
 * limit), AMD without clinfo reports a BAR size, VMs have tiny virtual VGA adapters.
 */
import { formatGB } from '../units/memory';
import { msg, type Message } from '../i18n/message';
import type { AmdGpuRow } from './amd-smi';
import { estimateAppleWorkingSet } from './apple-budget';
import { appleBandwidth, gpuBandwidth } from './bandwidth';
import type { MigDevice, NvidiaAppRow, NvidiaGpuRow } from './nvidia-smi';
import type { Budget, Gpu, GpuProcess, GpuSource, HardwareReport, ToolStatus } from './report';

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
  /** nvidia-smi's own answer (null rows: it gave none). */
  nvidia?: { rows: NvidiaGpuRow[] | null; mig: MigDevice[]; apps?: NvidiaAppRow[] | null } | null;
  /** amd-smi's or rocm-smi's answer. */
  amd?: { rows: AmdGpuRow[]; tool: 'amd-smi' | 'rocm-smi' } | null;
  /** GPU names from /proc/driver/nvidia/gpus/*\/information. */
  procNvidiaModels?: string[];
  /** Whether clinfo is on PATH (then systeminformation's NVIDIA/AMD `vram` is clinfo's). */
  clinfoOnPath?: boolean;
  /** What the probes have to say (timeouts, refused fields), in order. */
  probeNotes?: Message[];
  tools?: ToolStatus[];
  probedAt?: string;
}

const MIB = 2 ** 20;
const GIB = 2 ** 30;
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const num = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};
/** Memory as every surface writes it (shared/units/memory.ts: GB). */
export const gib = formatGB;

/** The macOS default GPU working-set limit, estimated from measurements by RAM size (apple-budget.ts). */
export function defaultAppleWiredLimit(totalBytes: number): number {
  return estimateAppleWorkingSet(totalBytes).bytes;
}

function kindOf(c: Obj, vram: number | null): Gpu['kind'] {
  const vendor = str(c.vendor);
  const text = `${vendor} ${str(c.name) || str(c.model)}`;
  if (/nvidia/i.test(text)) return 'nvidia';
  if (/advanced micro devices|\bamd\b|radeon/i.test(text)) return 'amd';
  if (/apple/i.test(vendor) && c.vramDynamic === true) return 'apple';
  if (/intel/i.test(vendor)) return 'intel';
  if (vendor === '' || /amazon|qemu|vmware|red hat|cirrus|virtualbox|microsoft|bochs/i.test(text) || (vram ?? 0) < 1024)
    return 'virtual';
  return 'other';
}

/** A systeminformation controller as a GPU, trusting its `vram` only where it is real memory. */
function fromSystemInformation(c: Obj, clinfoOnPath: boolean): Gpu {
  const vram = num(c.memoryTotal) ?? num(c.vram);
  const kind = kindOf(c, vram);
  // systeminformation merged nvidia-smi (recorded snapshots) or, on Windows, read the registry (no busAddress).
  const fromSmi = num(c.memoryTotal) !== null;
  const windowsRegistry = !('busAddress' in c);
  // A controller clinfo created (no lspci) has bus '' and clinfo's CL_DEVICE_GLOBAL_MEM_SIZE as vram.
  const clinfoMade = str(c.bus) === '' && str(c.busAddress) !== '';
  let source: GpuSource = fromSmi ? 'nvidia-smi' : 'systeminformation';
  let trust = false;
  if (kind === 'nvidia') {
    trust = fromSmi || windowsRegistry || clinfoMade || clinfoOnPath;
    if (!fromSmi && !windowsRegistry && trust) source = 'clinfo';
  } else if (kind === 'amd') {
    // lspci's vram is the largest PCI BAR (256 MiB on an RX 7900 XTX); clinfo's is real.
    trust = (vram ?? 0) > 2048;
    if (trust) source = 'clinfo';
  } else if (kind === 'intel') trust = true;
  const used = num(c.memoryUsed);
  return {
    kind,
    vendor: str(c.vendor),
    model: str(c.name) || str(c.model),
    vramBytes: trust && vram !== null ? vram * MIB : null,
    vramFreeBytes:
      kind === 'nvidia' && fromSmi && vram !== null ? (num(c.memoryFree) ?? vram - (used ?? 0)) * MIB : null,
    driver: str(c.driverVersion) || null,
    gpuCores: num(c.cores),
    source,
    busId: str(c.pciBus) || str(c.busAddress) || null,
    computeCapability: null,
    mig: [],
  };
}

/** The processes on this GPU: matched by UUID, or all of them when there is one GPU and no UUID to match. */
function processesOn(
  row: NvidiaGpuRow,
  apps: NvidiaAppRow[] | null | undefined,
  gpuCount: number,
): GpuProcess[] | undefined {
  if (!apps) return undefined;
  return apps
    .filter((app) => (row.uuid && app.gpuUuid ? app.gpuUuid === row.uuid : gpuCount === 1))
    .map((app) => ({ pid: app.pid, name: app.name, usedBytes: app.usedMemory !== null ? app.usedMemory * MIB : null }));
}

function fromNvidiaSmi(row: NvidiaGpuRow, mig: MigDevice[], processes: GpuProcess[] | undefined): Gpu {
  const total = row.memoryTotal;
  const free = row.memoryFree ?? (total !== null && row.memoryUsed !== null ? total - row.memoryUsed : null);
  return {
    kind: 'nvidia',
    vendor: 'NVIDIA',
    model: row.name,
    vramBytes: total !== null ? total * MIB : null,
    vramFreeBytes: free !== null ? free * MIB : null,
    driver: row.driverVersion,
    gpuCores: null,
    source: 'nvidia-smi',
    busId: row.busId,
    computeCapability: row.computeCap,
    mig: mig
      .filter((d) => d.gpuIndex === row.index)
      .map(({ profile, memoryBytes, uuid }) => ({ profile, memoryBytes, uuid })),
    ...(processes ? { processes } : {}),
  };
}

function fromAmdTool(row: AmdGpuRow, tool: 'amd-smi' | 'rocm-smi', siName: string | undefined): Gpu {
  return {
    kind: 'amd',
    vendor: 'AMD',
    model: row.name ?? siName ?? 'AMD GPU',
    vramBytes: row.vramTotal,
    vramFreeBytes: row.vramTotal !== null && row.vramUsed !== null ? row.vramTotal - row.vramUsed : null,
    driver: null,
    gpuCores: null,
    source: tool,
    busId: null,
    computeCapability: null,
    mig: [],
  };
}

/** Memory one model may use on a GPU: with MIG on, the largest MIG device. */
function usableBytes(gpu: Gpu): number {
  const slices = gpu.mig.map((d) => d.memoryBytes).filter((b): b is number => b !== null);
  return slices.length ? Math.max(...slices) : gpu.vramBytes!;
}

const sumOrNull = (values: (number | null)[]) =>
  values.every((v) => v !== null) ? values.reduce<number>((a, b) => a + b!, 0) : null;

function nvidiaBudget(nvidia: Gpu[], notes: Message[]): Budget {
  const per = nvidia.map(usableBytes);
  const sum = per.reduce((a, b) => a + b, 0);
  const free = sumOrNull(nvidia.map((g) => g.vramFreeBytes));
  const bandwidths = nvidia.map((g) => gpuBandwidth(g.model)).filter((b): b is number => b !== null);
  const tools = [...new Set(nvidia.map((g) => g.source))].join(', ');
  for (const g of nvidia) {
    if (g.source === 'clinfo') notes.push(msg('hardware.note.clinfoMemory', { model: g.model }));
    if (g.vramFreeBytes === null || g.vramBytes === null || g.vramBytes - g.vramFreeBytes <= 2 * GIB) continue;
    notes.push(
      msg('hardware.note.gpuBusy', {
        model: g.model,
        used: gib(g.vramBytes - g.vramFreeBytes),
        total: gib(g.vramBytes),
        free: gib(g.vramFreeBytes),
      }),
    );
    // Who holds it, largest first, when nvidia-smi could say.
    const holders = (g.processes ?? [])
      .filter((p): p is GpuProcess & { usedBytes: number } => p.usedBytes !== null && p.usedBytes > 0)
      .sort((a, b) => b.usedBytes - a.usedBytes);
    if (holders.length)
      notes.push(
        msg('hardware.note.gpuHeldBy', {
          model: g.model,
          processes: holders.map((p) => `${p.name ?? '?'} (pid ${p.pid}) ${gib(p.usedBytes)}`).join(', '),
        }),
      );
  }
  const mig = nvidia.some((g) => g.mig.length > 0);
  return {
    bytes: sum,
    source: 'nvidia-vram',
    perGpuBytes: per,
    freeBytes: free,
    // Split by layers, each token still reads one GPU's share at a time: one GPU's bandwidth.
    bandwidthGBs: bandwidths.length ? Math.min(...bandwidths) : null,
    explanation: mig
      ? msg('hardware.budget.nvidiaMig', { largest: gib(Math.max(...per)) })
      : per.length > 1
        ? msg('hardware.budget.nvidiaMany', {
            count: per.length,
            total: gib(sum),
            each: per.map(gib).join(' + '),
            free: free === null ? '?' : gib(free),
          })
        : msg('hardware.budget.nvidiaOne', { total: gib(sum), free: free === null ? '?' : gib(free), tool: tools }),
  };
}

const UNKNOWN = (explanation: Message): Budget => ({
  bytes: null,
  source: 'unknown',
  perGpuBytes: [],
  freeBytes: null,
  bandwidthGBs: null,
  explanation,
});

export function classifyHardware(snapshot: SiSnapshot, extras: ProbeExtras = {}): HardwareReport {
  const controllers = snapshot.graphics?.controllers ?? [];
  let gpus = controllers.map((c) => fromSystemInformation(c, extras.clinfoOnPath ?? false));
  const smiRows = extras.nvidia?.rows ?? null;
  if (smiRows) {
    // nvidia-smi is the truth for NVIDIA GPUs: its rows replace what systeminformation guessed.
    gpus = [
      ...smiRows.map((row) =>
        fromNvidiaSmi(row, extras.nvidia?.mig ?? [], processesOn(row, extras.nvidia?.apps, smiRows.length)),
      ),
      ...gpus.filter((g) => g.kind !== 'nvidia'),
    ];
  } else if (!gpus.some((g) => g.kind === 'nvidia') && extras.procNvidiaModels?.length) {
    gpus.push(
      ...extras.procNvidiaModels.map((model): Gpu => ({
        kind: 'nvidia',
        vendor: 'NVIDIA',
        model,
        vramBytes: null,
        vramFreeBytes: null,
        driver: null,
        gpuCores: null,
        source: 'proc-driver-nvidia',
        busId: null,
        computeCapability: null,
        mig: [],
      })),
    );
  }
  if (extras.amd?.rows.length) {
    const siAmd = gpus.filter((g) => g.kind === 'amd');
    const rows = extras.amd.rows;
    gpus = [
      ...gpus.filter((g) => g.kind !== 'amd'),
      ...rows.map((row, i) => fromAmdTool(row, extras.amd!.tool, siAmd[i]?.model || undefined)),
    ];
  }
  const cpu = snapshot.cpu ?? {};
  const system = snapshot.system ?? {};
  const os = snapshot.osInfo ?? {};
  const totalBytes = num(snapshot.mem?.total) ?? 0;
  const notes: Message[] = [...(extras.probeNotes ?? [])];
  const gpuToolsTimedOut = (extras.tools ?? []).filter((t) => t.status === 'timeout').map((t) => t.tool);

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
    const estimate = estimateAppleWorkingSet(totalBytes);
    const wired = fromSysctl ?? estimate.bytes;
    const suggested = Math.floor((totalBytes - 16 * GIB) / MIB);
    apple = {
      chip,
      gpuCores: appleGpu?.gpuCores ?? null,
      unifiedMemoryBytes: totalBytes,
      wiredLimitBytes: wired,
      wiredLimitIsEstimate: fromSysctl === null,
      wiredLimitSource: fromSysctl === null ? estimate.source : null,
      raiseCommand: `sudo sysctl iogpu.wired_limit_mb=${Math.max(suggested, 0)}`,
    };
    budget = {
      bytes: wired,
      source: fromSysctl === null ? 'apple-default-estimate' : 'apple-wired-limit',
      perGpuBytes: [wired],
      freeBytes: null,
      bandwidthGBs: appleBandwidth(chip),
      explanation:
        fromSysctl === null
          ? msg('hardware.budget.appleEstimate', { limit: gib(wired), total: gib(totalBytes), source: estimate.source })
          : msg('hardware.budget.appleSet', { limit: gib(wired), total: gib(totalBytes) }),
    };
  } else {
    const nvidia = gpus.filter((g) => g.kind === 'nvidia' && g.vramBytes !== null);
    const amd = gpus.filter((g) => g.kind === 'amd');
    for (const g of gpus)
      if (g.kind === 'nvidia' && g.vramBytes === null)
        notes.push(
          g.source === 'proc-driver-nvidia'
            ? msg('hardware.note.procDriverName', { model: g.model })
            : msg('hardware.note.nvidiaNoMemory'),
        );
    if (nvidia.length > 0) {
      budget = nvidiaBudget(nvidia, notes);
    } else if (amd.length > 0) {
      const known = amd.filter((g) => g.vramBytes !== null);
      const sum = known.reduce((a, g) => a + g.vramBytes!, 0);
      budget = known.length
        ? {
            bytes: sum,
            source: 'amd-vram',
            perGpuBytes: known.map((g) => g.vramBytes!),
            freeBytes: sumOrNull(known.map((g) => g.vramFreeBytes)),
            bandwidthGBs: gpuBandwidth(known[0]!.model),
            explanation: msg('hardware.budget.amd', {
              total: gib(sum),
              tool: [...new Set(known.map((g) => g.source))].join(', '),
            }),
          }
        : UNKNOWN(msg('hardware.budget.amdUnknown'));
      if (!known.length) notes.push(msg('hardware.note.amdBar'));
    } else if (gpus.some((g) => g.kind === 'nvidia')) {
      budget = UNKNOWN(msg('hardware.budget.nvidiaUnknown'));
    } else if (gpuToolsTimedOut.length) {
      // A hung GPU tool is no proof there is no GPU: say what is unknown instead of "CPU only".
      budget = UNKNOWN(msg('hardware.budget.gpuToolTimedOut', { tools: gpuToolsTimedOut.join(', ') }));
    } else {
      budget = {
        bytes: totalBytes || null,
        source: 'system-ram',
        perGpuBytes: [],
        freeBytes: null,
        bandwidthGBs: null,
        explanation: msg('hardware.budget.systemRam', { ram: gib(totalBytes) }),
      };
    }
  }

  const noGpu = !isApple && !gpuToolsTimedOut.length && !gpus.some((g) => g.kind === 'nvidia' || g.kind === 'amd');
  if (noGpu) notes.push(msg('hardware.noGpu'));
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
    tools: extras.tools ?? [],
    probedAt: extras.probedAt ?? new Date(0).toISOString(),
  };
}
