/**
 * What nvidia-smi prints, parsed: the `--query-gpu … --format=csv,noheader,nounits` rows,
 * the "field is not valid" refusal of older drivers, and the MIG devices `nvidia-smi -L`
 * lists. Shapes from a real H100 recording (test/fixtures/nvidia-h100-vm) and NVIDIA's
 * nvidia-smi and MIG user guide output.
 */

/** The fields we ask for, in this order (the set recorded on the H100 machine). */
export const NVIDIA_FIELDS = [
  'index',
  'name',
  'memory.total',
  'memory.free',
  'memory.used',
  'driver_version',
  'pci.bus_id',
  'compute_cap',
  'uuid',
] as const;
export type NvidiaField = (typeof NVIDIA_FIELDS)[number];

/** The fields a report cannot do without; the last try asks for these alone. */
export const NVIDIA_ESSENTIAL_FIELDS: readonly NvidiaField[] = ['index', 'name', 'memory.total'];

export function nvidiaQueryArgs(fields: readonly string[]): string[] {
  return [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits'];
}

export interface NvidiaGpuRow {
  index: number | null;
  name: string;
  /** MiB */
  memoryTotal: number | null;
  memoryFree: number | null;
  memoryUsed: number | null;
  driverVersion: string | null;
  busId: string | null;
  computeCap: string | null;
  uuid: string | null;
}

const value = (text: string | undefined): string | null => {
  const t = (text ?? '').trim();
  return t === '' || /^\[.*\]$/.test(t) || /^N\/A$/i.test(t) ? null : t;
};
const numeric = (text: string | undefined): number | null => {
  const v = value(text);
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) ? n : null;
};

/**
 * Rows of a CSV answer for `fields`; lines that do not have one value per field (an
 * error text, a banner) are skipped. Null when no line is a GPU row.
 */
export function parseNvidiaQuery(stdout: string, fields: readonly string[]): NvidiaGpuRow[] | null {
  const rows: NvidiaGpuRow[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells = line.split(',');
    if (cells.length !== fields.length) continue;
    const get = (field: NvidiaField) => {
      const i = fields.indexOf(field);
      return i < 0 ? undefined : cells[i];
    };
    const name = value(get('name'));
    const total = numeric(get('memory.total'));
    // A row must name a GPU or give its memory; otherwise it is not a row.
    if (!name && total === null) continue;
    rows.push({
      index: numeric(get('index')),
      name: name ?? 'NVIDIA GPU',
      memoryTotal: total,
      memoryFree: numeric(get('memory.free')),
      memoryUsed: numeric(get('memory.used')),
      driverVersion: value(get('driver_version')),
      busId: value(get('pci.bus_id')),
      computeCap: value(get('compute_cap')),
      uuid: value(get('uuid')),
    });
  }
  return rows.length ? rows : null;
}

/** The field an older nvidia-smi refuses (`Field "x" is not a valid field to query.`), if that is what it said. */
export function rejectedField(output: string): string | null {
  return /Field "([^"]+)" is not a valid field to query/i.exec(output)?.[1] ?? null;
}

export interface MigDevice {
  /** The GPU it is carved from (`GPU 0:` in `nvidia-smi -L`). */
  gpuIndex: number;
  /** e.g. `3g.40gb` */
  profile: string;
  /** Memory the profile name states, in bytes (an NVIDIA "gb" here is GiB-ish; see migMemoryBytes). */
  memoryBytes: number | null;
  uuid: string | null;
}

/**
 * The profile's memory: NVIDIA names profiles by rounded GB (`1g.10gb` on an 80 GB
 * A100/H100 is 9,728 MiB; `3g.40gb` is 40,192 MiB — MIG user guide tables), so the name
 * is an approximation read as GiB × 0.95 to stay on the safe side.
 */
export function migMemoryBytes(profile: string): number | null {
  const gb = /\.(\d+)gb/i.exec(profile)?.[1];
  return gb ? Math.floor(Number(gb) * 0.95 * 2 ** 30) : null;
}

/** MIG devices from `nvidia-smi -L` (`  MIG 3g.40gb     Device  0: (UUID: MIG-…)` under `GPU 0: …`). */
export function parseNvidiaList(stdout: string): MigDevice[] {
  const devices: MigDevice[] = [];
  let gpuIndex = -1;
  for (const line of stdout.split(/\r?\n/)) {
    const gpu = /^GPU (\d+):/.exec(line);
    if (gpu) {
      gpuIndex = Number(gpu[1]);
      continue;
    }
    const mig = /^\s+MIG\s+(\S+)\s+Device\s+\d+:\s*(?:\(UUID:\s*([^)]+)\))?/.exec(line);
    if (mig && gpuIndex >= 0)
      devices.push({
        gpuIndex,
        profile: mig[1]!,
        memoryBytes: migMemoryBytes(mig[1]!),
        uuid: mig[2]?.trim() ?? null,
      });
  }
  return devices;
}

/** The fields of `--query-compute-apps` we ask for (nvidia-smi --help-query-compute-apps). */
export const NVIDIA_APP_FIELDS = ['gpu_uuid', 'pid', 'process_name', 'used_memory'] as const;

export function nvidiaAppsArgs(): string[] {
  return [`--query-compute-apps=${NVIDIA_APP_FIELDS.join(',')}`, '--format=csv,noheader,nounits'];
}

export interface NvidiaAppRow {
  gpuUuid: string | null;
  pid: number;
  /** null where nvidia-smi cannot see the process (`[Not Found]`, another PID namespace). */
  name: string | null;
  /** MiB */
  usedMemory: number | null;
}

/**
 * The processes holding GPU memory, one CSV row each (`GPU-54d4…, 1152, python3, 41478`,
 * recorded on the H100 VM: test/fixtures/nvidia-h100-vm/busy-smi-compute-apps-uuid.txt).
 * No process prints nothing. A process name may itself contain commas: the name is what
 * lies between the pid and the last field.
 */
export function parseNvidiaApps(stdout: string): NvidiaAppRow[] {
  const rows: NvidiaAppRow[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const cells = line.split(',');
    if (cells.length < NVIDIA_APP_FIELDS.length) continue;
    const pid = numeric(cells[1]);
    if (pid === null) continue;
    const name = cells.slice(2, -1).join(',').trim();
    rows.push({
      gpuUuid: value(cells[0]),
      pid,
      name: name === '' || /^\[.*\]$/.test(name) ? null : name,
      usedMemory: numeric(cells[cells.length - 1]),
    });
  }
  return rows;
}
