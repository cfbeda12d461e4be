/**
 * Writes fake `nvidia-smi` and `lspci` scripts into a folder for one scenario, following
 * reference/hardware.md §1.6: systeminformation finds both by bare name on PATH, and
 * only merges nvidia-smi rows into controllers lspci listed.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const SMI_QUERY =
  '--query-gpu=driver_version,pci.sub_device_id,name,pci.bus_id,fan.speed,memory.total,memory.used,memory.free,utilization.gpu,utilization.memory,temperature.gpu,temperature.memory,power.draw,power.limit,clocks.gr,clocks.mem --format=csv,noheader,nounits';

interface FakeGpu {
  bus: string;
  lspciName: string;
  csv: string;
}

const H100: FakeGpu = {
  bus: '19:00.0',
  lspciName: 'NVIDIA Corporation GH100 [H100 SXM5 80GB] (rev a1)',
  csv: '580.159.04, 0x16C110DE, NVIDIA H100 80GB HBM3, 00000000:19:00.0, [N/A], 81559, 2, 81227, 0, 0, 33, 41, 72.02, 700.00, 345, 2619',
};
const H100_B: FakeGpu = {
  bus: '3b:00.0',
  lspciName: H100.lspciName,
  csv: '580.159.04, 0x16C110DE, NVIDIA H100 80GB HBM3, 00000000:3B:00.0, [N/A], 81559, 40960, 40599, 97, 60, 61, 70, 512.33, 700.00, 1980, 2619',
};

export type Scenario = 'h100' | 'two-h100' | 'slow' | 'garbage';

function lspci(gpus: FakeGpu[]): string {
  const blocks = gpus.map((gpu) =>
    [
      `${gpu.bus} 3D controller: ${gpu.lspciName}`,
      `\tSubsystem: ${gpu.lspciName}`,
      '\tRegion 0: Memory at a8000000 (64-bit, non-prefetchable) [size=16M]',
      '\tRegion 2: Memory at 220000000000 (64-bit, prefetchable) [size=128G]',
      '\tKernel driver in use: nvidia',
      '',
    ].join('\n'),
  );
  return `#!/bin/sh\ncat <<'OUT'\n${blocks.join('\n')}\nOUT\n`;
}

function nvidiaSmi(rows: string[], sleepSeconds = 0): string {
  return [
    '#!/bin/sh',
    'echo "$*" >> "${FAKE_SMI_LOG:-/dev/null}"',
    sleepSeconds ? `sleep ${sleepSeconds}` : '',
    `if [ "$*" = "${SMI_QUERY}" ]; then`,
    ...rows.map((row) => `  printf '%s\\n' '${row}'`),
    '  exit 0',
    'fi',
    'echo "Invalid combination of input arguments." >&2',
    'exit 2',
    '',
  ].join('\n');
}

export async function writeFakeTools(dir: string, scenario: Scenario): Promise<string> {
  await mkdir(dir, { recursive: true });
  const gpus = scenario === 'two-h100' ? [H100, H100_B] : [H100];
  const smi =
    scenario === 'slow'
      ? nvidiaSmi([H100.csv], 3)
      : scenario === 'garbage'
        ? '#!/bin/sh\necho "NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver."\necho "%%%% not, csv"\nexit 0\n'
        : nvidiaSmi(gpus.map((g) => g.csv));
  for (const [name, body] of [
    ['lspci', lspci(gpus)],
    ['nvidia-smi', smi],
  ] as const) {
    const file = path.join(dir, name);
    await writeFile(file, body);
    await chmod(file, 0o755);
  }
  return dir;
}
