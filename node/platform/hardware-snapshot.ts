/**
 * The last hardware probe, kept in the state folder with its time and the version that wrote
 * it, so `hardware`, `fit` and `doctor` start from it instead of probing (1–2 s) again;
 * `hardware --refresh` probes and rewrites it. Read synchronously: the CLI's quick start uses it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HardwareReport } from '@shared/hardware/report';
import { APP_VERSION } from './app-root';

/** After this long the snapshot is probed again (free GPU memory and drivers change). */
export const HARDWARE_SNAPSHOT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const hardwareSnapshotFile = (stateDir: string) => path.join(stateDir, 'hardware-snapshot.json');

interface SnapshotFile {
  /** The version that wrote it: another version's report may have another shape, so it is probed again. */
  app: string;
  /** What the probe saw the machine through (see probeKey): another view is probed again. */
  key: string;
  report: HardwareReport;
}

/**
 * The probe's inputs besides the machine itself: the platform, the PATH it found nvidia-smi,
 * amd-smi and clinfo on, and where the driver lists its GPUs. A shell with another PATH (another
 * driver's tools, a test's fake ones) gets its own probe, not another shell's report.
 */
export const probeKey = (platform: NodeJS.Platform, pathVariable: string | undefined, procNvidiaDir?: string) =>
  JSON.stringify([platform, pathVariable ?? '', procNvidiaDir ?? '']);

/** How old a report is, in ms (from its probedAt). */
export const reportAgeMs = (report: HardwareReport, now: number) => now - Date.parse(report.probedAt);

/** The snapshot's report when it is there, this version's and younger than the maximum age; else null (probe). */
export function readHardwareSnapshot(file: string, key: string, now = Date.now()): HardwareReport | null {
  let parsed: Partial<SnapshotFile>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SnapshotFile>;
  } catch {
    return null; // missing or unreadable: the caller probes and writes a new one
  }
  const report = parsed.report;
  if (parsed.app !== APP_VERSION || parsed.key !== key) return null;
  if (!report || typeof report.probedAt !== 'string' || !report.budget) return null;
  const age = reportAgeMs(report, now);
  return age >= 0 && age <= HARDWARE_SNAPSHOT_MAX_AGE_MS ? report : null;
}

/** Writes the snapshot atomically (a reader never sees half a file). Throws when it cannot. */
export async function writeHardwareSnapshot(file: string, key: string, report: HardwareReport): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  const body: SnapshotFile = { app: APP_VERSION, key, report };
  try {
    await writeFile(temp, `${JSON.stringify(body)}\n`, { mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
