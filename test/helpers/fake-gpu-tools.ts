/**
 * Writes fake GPU tools into a folder for one scenario. The `vm-*` scenarios replay the
 * real recording of an H100 cloud VM (test/fixtures/nvidia-h100-vm, from
 * shared/fixtures/nvidia-h100-vm): `nvidia-smi` and `clinfo` print the recorded files,
 * and `lspci` is absent, as it was there. The older `h100`/`two-h100`/`slow`/`garbage`
 * scenarios follow reference/hardware.md §1.6 (values from a real `nvidia-smi -a`).
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NVIDIA_FIELDS, nvidiaAppsArgs, nvidiaQueryArgs } from '@shared/hardware/nvidia-smi';

export const RECORDING = path.resolve(__dirname, '../fixtures/nvidia-h100-vm');

/** The exact query systeminformation 5.33 sends (it must never run: the service switches it off). */
export const SI_SMI_QUERY =
  '--query-gpu=driver_version,pci.sub_device_id,name,pci.bus_id,fan.speed,memory.total,memory.used,memory.free,utilization.gpu,utilization.memory,temperature.gpu,temperature.memory,power.draw,power.limit,clocks.gr,clocks.mem --format=csv,noheader,nounits';
export const SERVICE_SMI_QUERY = nvidiaQueryArgs(NVIDIA_FIELDS).join(' ');
export const SERVICE_APPS_QUERY = nvidiaAppsArgs().join(' ');

export type Scenario =
  | 'h100'
  | 'two-h100'
  | 'slow'
  | 'garbage'
  | 'vm-clinfo'
  | 'vm-smi-only'
  | 'vm-busy'
  | 'vm-busy-live'
  | 'vm-hung-smi'
  | 'vm-field-rejected'
  | 'amd-rocm-smi';

/** A recorded file without the recorder's trailing `rc=N` annotation, and that exit code. */
async function recorded(name: string): Promise<{ text: string; code: number }> {
  const raw = await readFile(path.join(RECORDING, name), 'utf8');
  const lines = raw.split('\n');
  const rc = lines.map((l) => /^(?:si-query )?rc=(\d+)$/.exec(l)).find(Boolean);
  return { text: lines.filter((l) => !/^(?:si-query )?rc=\d+$/.test(l)).join('\n'), code: rc ? Number(rc[1]) : 0 };
}

interface Answer {
  args: string;
  stdout: string;
  stderr?: string;
  code: number;
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A POSIX sh nvidia-smi that answers exact argument strings and fails on anything else, like the real one. */
function nvidiaSmiScript(answers: Answer[], sleepSeconds = 0): string {
  return [
    '#!/bin/sh',
    'echo "$*" >> "${FAKE_SMI_LOG:-/dev/null}"',
    sleepSeconds ? `sleep ${sleepSeconds}` : '',
    ...answers.flatMap((a) => [
      `if [ "$*" = ${quote(a.args)} ]; then`,
      `  printf '%s' ${quote(a.stdout)}`,
      a.stderr ? `  printf '%s' ${quote(a.stderr)} >&2` : '',
      `  exit ${a.code}`,
      'fi',
    ]),
    `echo "Invalid combination of input arguments. Please run 'nvidia-smi -h' for help." >&2`,
    'exit 2',
    '',
  ].join('\n');
}

// Values of reference/hardware.md §1.6 (a real H100 `nvidia-smi -a`), in the service's field order.
const H100_ROW = '0, NVIDIA H100 80GB HBM3, 81559, 81227, 2, 580.159.04, 00000000:19:00.0, 9.0, [N/A]\n';
/** `nvidia-smi -L` for those GPUs, in the recorded format (smi-L.txt); the UUIDs are illustrative. */
const H100_LIST = 'GPU 0: NVIDIA H100 80GB HBM3 (UUID: GPU-00000000-0000-0000-0000-000000000019)\n';
const H100_B_LIST = 'GPU 1: NVIDIA H100 80GB HBM3 (UUID: GPU-00000000-0000-0000-0000-00000000003b)\n';
const H100_B_ROW = '1, NVIDIA H100 80GB HBM3, 81559, 40599, 40960, 580.159.04, 00000000:3B:00.0, 9.0, [N/A]\n';

function lspciScript(buses: string[]): string {
  const name = 'NVIDIA Corporation GH100 [H100 SXM5 80GB] (rev a1)';
  const blocks = buses.map((bus) =>
    [
      `${bus} 3D controller: ${name}`,
      `\tSubsystem: ${name}`,
      '\tRegion 0: Memory at a8000000 (64-bit, non-prefetchable) [size=16M]',
      '\tRegion 2: Memory at 220000000000 (64-bit, prefetchable) [size=128G]',
      '\tKernel driver in use: nvidia',
      '',
    ].join('\n'),
  );
  return `#!/bin/sh\ncat <<'OUT'\n${blocks.join('\n')}\nOUT\n`;
}

/** lspci is not installed on the recorded VM; this stands in for its absence even where the host has one. */
const NO_LSPCI = '#!/bin/sh\necho "lspci: not installed (replaying a machine without pciutils)" >&2\nexit 127\n';

/** The recorded answers of one boot; the compute-apps answer was recorded on the lent H100 (live-*). */
async function vmAnswers(queryFile: string, appsFile = 'live-idle-smi-compute-apps.txt'): Promise<Answer[]> {
  const query = await recorded(queryFile);
  const list = await recorded('smi-L.txt');
  const si = await recorded('smi-si-query.txt');
  const apps = await recorded(appsFile);
  return [
    { args: SERVICE_SMI_QUERY, stdout: query.text, code: query.code },
    { args: '-L', stdout: list.text, code: list.code },
    { args: SI_SMI_QUERY, stdout: si.text, code: si.code },
    { args: SERVICE_APPS_QUERY, stdout: apps.text, code: apps.code },
  ];
}

/**
 * An older driver that does not know `compute_cap`: the refusal text and exit code of
 * nvidia-smi for an unknown field; asked without it, the recorded row less that column.
 */
async function fieldRejectingAnswers(): Promise<Answer[]> {
  const query = await recorded('smi-lean-query.txt');
  const without = NVIDIA_FIELDS.filter((f) => f !== 'compute_cap');
  const drop = NVIDIA_FIELDS.indexOf('compute_cap');
  const row = query.text
    .trim()
    .split('\n')
    .map((line) =>
      line
        .split(', ')
        .filter((_, i) => i !== drop)
        .join(', '),
    )
    .join('\n');
  return [
    {
      args: SERVICE_SMI_QUERY,
      stdout: 'Field "compute_cap" is not a valid field to query.\n\n',
      code: 2,
    },
    { args: nvidiaQueryArgs(without).join(' '), stdout: `${row}\n`, code: 0 },
    ...(await vmAnswers('smi-lean-query.txt')).slice(1),
  ];
}

export async function writeFakeTools(dir: string, scenario: Scenario): Promise<string> {
  await mkdir(dir, { recursive: true });
  const tools: Record<string, string> = {};
  if (scenario === 'h100' || scenario === 'slow') {
    tools.lspci = lspciScript(['19:00.0']);
    tools['nvidia-smi'] = nvidiaSmiScript(
      [
        { args: SERVICE_SMI_QUERY, stdout: H100_ROW, code: 0 },
        { args: '-L', stdout: H100_LIST, code: 0 },
      ],
      scenario === 'slow' ? 3 : 0,
    );
  } else if (scenario === 'two-h100') {
    tools.lspci = lspciScript(['19:00.0', '3b:00.0']);
    tools['nvidia-smi'] = nvidiaSmiScript([
      { args: SERVICE_SMI_QUERY, stdout: H100_ROW + H100_B_ROW, code: 0 },
      { args: '-L', stdout: H100_LIST + H100_B_LIST, code: 0 },
    ]);
  } else if (scenario === 'garbage') {
    tools.lspci = lspciScript(['19:00.0']);
    tools['nvidia-smi'] =
      '#!/bin/sh\necho "NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver."\necho "%%%% not, csv"\nexit 0\n';
  } else if (scenario === 'amd-rocm-smi') {
    // No amd-smi (an older ROCm); rocm-smi answers in the shape rocm_smi.py prints for --showmeminfo vram --json.
    tools.lspci = NO_LSPCI;
    tools['rocm-smi'] = `#!/bin/sh\n[ "$*" = "--showmeminfo vram --json" ] || exit 1\nprintf '%s\\n' ${quote(
      JSON.stringify({ card0: { 'VRAM Total Memory (B)': '25753026560', 'VRAM Total Used Memory (B)': '283115520' } }),
    )}\n`;
  } else {
    tools.lspci = NO_LSPCI;
    tools['nvidia-smi'] =
      scenario === 'vm-busy'
        ? nvidiaSmiScript(await vmAnswers('busy-smi-lean-query.txt'))
        : scenario === 'vm-busy-live'
          ? nvidiaSmiScript(await vmAnswers('live-busy-smi-lean-query.txt', 'live-busy-smi-compute-apps.txt'))
          : scenario === 'vm-field-rejected'
            ? nvidiaSmiScript(await fieldRejectingAnswers())
            : nvidiaSmiScript(await vmAnswers('smi-lean-query.txt'), scenario === 'vm-hung-smi' ? 30 : 0);
    if (scenario === 'vm-clinfo' || scenario === 'vm-hung-smi') {
      await writeFile(path.join(dir, 'clinfo-raw.txt'), (await recorded('clinfo-raw.txt')).text);
      tools.clinfo = `#!/bin/sh\n[ "$*" = "--raw" ] || exit 1\ncat "$(dirname "$0")/clinfo-raw.txt"\n`;
    }
  }
  for (const [name, body] of Object.entries(tools)) {
    const file = path.join(dir, name);
    await writeFile(file, body);
    await chmod(file, 0o755);
  }
  return dir;
}

/** A /proc/driver/nvidia/gpus folder with the recorded `information` file of the H100 VM (sys.txt). */
export async function writeProcNvidia(dir: string): Promise<string> {
  const sys = await readFile(path.join(RECORDING, 'sys.txt'), 'utf8');
  const lines = sys.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Model:'));
  const end = lines.findIndex((l) => l.startsWith('GPU Excluded:'));
  const gpu = path.join(dir, '0000:00:06.0');
  await mkdir(gpu, { recursive: true });
  await writeFile(path.join(gpu, 'information'), `${lines.slice(start, end + 1).join('\n')}\n`);
  return dir;
}
