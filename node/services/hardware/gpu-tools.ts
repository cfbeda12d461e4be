/**
 * Asks the GPU vendors' own tools, each with a deadline: nvidia-smi's query (fields it
 * refuses are dropped and it is asked again), `nvidia-smi -L` for MIG devices, the
 * processes holding GPU memory (`--query-compute-apps`), amd-smi
 * or rocm-smi for AMD memory, /proc/driver/nvidia for names when no tool answers, and
 * whether clinfo is on PATH (then systeminformation's `vram` is clinfo's).
 */
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { msg, type Message } from '@shared/i18n/message';
import { parseAmdSmiStatic, parseRocmSmiMemInfo, type AmdGpuRow } from '@shared/hardware/amd-smi';
import {
  NVIDIA_ESSENTIAL_FIELDS,
  NVIDIA_FIELDS,
  nvidiaAppsArgs,
  nvidiaQueryArgs,
  parseNvidiaApps,
  parseNvidiaList,
  parseNvidiaQuery,
  rejectedField,
  type MigDevice,
  type NvidiaAppRow,
  type NvidiaGpuRow,
} from '@shared/hardware/nvidia-smi';
import type { ToolStatus } from '@shared/hardware/report';
import { runTool, type ToolRun } from './run-tool';

type Env = Readonly<Record<string, string | undefined>>;

export interface ToolAnswer<T> {
  result: T | null;
  tools: ToolStatus[];
  notes: Message[];
}

const firstLine = (text: string) => text.trim().split(/\r?\n/)[0]?.slice(0, 200) ?? '';

function statusOf(tool: string, run: ToolRun): ToolStatus {
  return { tool, status: run.status === 'ok' ? (run.code === 0 ? 'ok' : 'failed') : run.status, ms: run.ms };
}

/** A tool's failure as a note; a missing tool says nothing (most machines lack most tools). */
function problem(tool: string, run: ToolRun, timeoutMs: number): Message | null {
  if (run.status === 'timeout') return msg('hardware.note.toolTimeout', { tool, seconds: timeoutMs / 1000 });
  if (run.status === 'failed') return msg('hardware.note.toolFailed', { tool, detail: run.detail });
  if (run.status === 'ok' && run.code !== 0)
    return msg('hardware.note.toolFailed', {
      tool,
      detail: firstLine(run.stderr) || firstLine(run.stdout) || `exit ${run.code}`,
    });
  return null;
}

/**
 * Where nvidia-smi is. Windows drivers put it in System32, or only in the newest
 * DriverStore\FileRepository\* folder (systeminformation 5.33 graphics.js getNvidiaSmi,
 * reference/hardware.md §1.1 d); elsewhere, and as a last resort, PATH.
 */
export async function nvidiaSmiPath(env: Env, platform: NodeJS.Platform): Promise<string> {
  if (platform !== 'win32') return 'nvidia-smi';
  const windir = env.WINDIR ?? env.windir ?? 'C:\\Windows';
  const system32 = path.win32.join(windir, 'System32', 'nvidia-smi.exe');
  if (await exists(system32)) return system32;
  const repository = path.win32.join(windir, 'System32', 'DriverStore', 'FileRepository');
  try {
    const candidates = await Promise.all(
      (await readdir(repository)).map(async (dir) => {
        const file = path.win32.join(repository, dir, 'nvidia-smi.exe');
        return stat(file).then(
          (s) => ({ file, ctime: s.ctimeMs }),
          () => null, // This driver folder has no nvidia-smi: skipped.
        );
      }),
    );
    const newest = candidates.filter((c) => c !== null).sort((a, b) => b.ctime - a.ctime)[0];
    if (newest) return newest.file;
  } catch {
    // No DriverStore to search: fall back to PATH below.
  }
  return 'nvidia-smi';
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false; // Absent: the caller tries the next place.
  }
}

/** nvidia-smi's GPUs and MIG devices, all within `timeoutMs`. */
export async function queryNvidia(
  env: Env,
  platform: NodeJS.Platform,
  timeoutMs: number,
): Promise<ToolAnswer<{ rows: NvidiaGpuRow[] | null; mig: MigDevice[]; apps: NvidiaAppRow[] | null }>> {
  const deadline = performance.now() + timeoutMs;
  const smi = await nvidiaSmiPath(env, platform);
  const notes: Message[] = [];
  let fields: string[] = [...NVIDIA_FIELDS];
  let last: ToolRun | null = null;
  let rows: NvidiaGpuRow[] | null = null;
  for (let attempt = 0; attempt < 4 && !rows; attempt++) {
    const left = Math.max(1, Math.round(deadline - performance.now()));
    last = await runTool(smi, nvidiaQueryArgs(fields), { env, timeoutMs: left });
    if (last.status !== 'ok') break;
    if (last.code === 0) {
      rows = parseNvidiaQuery(last.stdout, fields);
      if (!rows) last = { status: 'failed', detail: `unreadable answer: ${firstLine(last.stdout)}`, ms: last.ms };
      break;
    }
    // An older driver refuses fields it does not know (exit 2): ask again without them.
    const refused = rejectedField(`${last.stdout}\n${last.stderr}`);
    if (refused && fields.includes(refused) && !NVIDIA_ESSENTIAL_FIELDS.includes(refused as never)) {
      notes.push(msg('hardware.note.fieldRejected', { field: refused }));
      fields = fields.filter((f) => f !== refused);
    } else if (fields.length > NVIDIA_ESSENTIAL_FIELDS.length && refused) {
      notes.push(msg('hardware.note.fieldRejected', { field: refused }));
      fields = [...NVIDIA_ESSENTIAL_FIELDS];
    } else break;
  }
  const tools: ToolStatus[] = [];
  if (last) {
    tools.push(statusOf('nvidia-smi', last));
    const note = rows ? null : problem('nvidia-smi', last, timeoutMs);
    if (note) notes.push(note);
  }
  let mig: MigDevice[] = [];
  let apps: NvidiaAppRow[] | null = null;
  if (rows) {
    const left = Math.round(deadline - performance.now());
    const list =
      left > 0 ? await runTool(smi, ['-L'], { env, timeoutMs: left }) : ({ status: 'timeout', ms: 0 } as const);
    tools.push(statusOf('nvidia-smi -L', list));
    if (list.status === 'ok' && list.code === 0) mig = parseNvidiaList(list.stdout);
    else {
      const note = problem('nvidia-smi -L', list, timeoutMs);
      if (note) notes.push(note);
    }
    // Who holds the memory: a detail, so a failure is only a tool status, not a note.
    const appsLeft = Math.round(deadline - performance.now());
    const appsRun =
      appsLeft > 0
        ? await runTool(smi, nvidiaAppsArgs(), { env, timeoutMs: appsLeft })
        : ({ status: 'timeout', ms: 0 } as const);
    tools.push(statusOf('nvidia-smi --query-compute-apps', appsRun));
    if (appsRun.status === 'ok' && appsRun.code === 0) apps = parseNvidiaApps(appsRun.stdout);
  }
  return { result: { rows, mig, apps }, tools, notes };
}

/** AMD memory from amd-smi, else rocm-smi, within `timeoutMs`. */
export async function queryAmd(
  env: Env,
  timeoutMs: number,
): Promise<ToolAnswer<{ rows: AmdGpuRow[]; tool: 'amd-smi' | 'rocm-smi' }>> {
  const deadline = performance.now() + timeoutMs;
  const tools: ToolStatus[] = [];
  const notes: Message[] = [];
  const attempts = [
    { tool: 'amd-smi' as const, args: ['static', '--json'], parse: parseAmdSmiStatic },
    { tool: 'rocm-smi' as const, args: ['--showmeminfo', 'vram', '--json'], parse: parseRocmSmiMemInfo },
  ];
  for (const { tool, args, parse } of attempts) {
    const left = Math.round(deadline - performance.now());
    if (left <= 0) break;
    const run = await runTool(tool, args, { env, timeoutMs: left });
    tools.push(statusOf(tool, run));
    if (run.status === 'missing') continue;
    const rows = run.status === 'ok' && run.code === 0 ? parse(run.stdout) : null;
    if (rows) return { result: { rows, tool }, tools, notes };
    const note =
      problem(tool, run, timeoutMs) ??
      msg('hardware.note.toolFailed', {
        tool,
        detail: `unreadable answer: ${firstLine(run.status === 'ok' ? run.stdout : '')}`,
      });
    notes.push(note);
  }
  return { result: null, tools, notes };
}

/** GPU names the NVIDIA kernel driver lists (`Model:` in /proc/driver/nvidia/gpus/<bus>/information). */
export async function nvidiaProcModels(dir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch {
    return []; // No NVIDIA kernel driver loaded: nothing to read.
  }
  const models = await Promise.all(
    entries.map((entry) =>
      readFile(path.join(dir, entry, 'information'), 'utf8').then(
        (text) => /^Model:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? null,
        () => null, // An unreadable entry is skipped; the others still count.
      ),
    ),
  );
  return models.filter((m): m is string => !!m);
}

/** Whether an executable `name` is in one of PATH's folders. */
export async function onPath(name: string, env: Env): Promise<boolean> {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    try {
      await access(path.join(dir, name), constants.X_OK);
      return true;
    } catch {
      // Not in this folder: try the next one.
    }
  }
  return false;
}
