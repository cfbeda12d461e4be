/**
 * The backup ring OpenClaw itself keeps next to the config: `openclaw.json.bak` is the
 * newest previous version, then `.bak.1` … `.bak.4`. Rotating copies the current file
 * into the ring before a save.
 */
import { copyFile, readFile, rename, rm } from 'node:fs/promises';

export const BACKUP_RING_SIZE = 5;

export function backupPath(configPath: string, index = 0): string {
  return index === 0 ? `${configPath}.bak` : `${configPath}.bak.${index}`;
}

async function exists(filePath: string): Promise<boolean> {
  return readFile(filePath).then(
    () => true,
    () => false,
  );
}

/** Shifts the ring by one and copies the current config into `.bak` (mode kept by copyFile). */
export async function rotateBackups(configPath: string): Promise<void> {
  if (!(await exists(configPath))) return;
  await rm(backupPath(configPath, BACKUP_RING_SIZE - 1), { force: true });
  for (let i = BACKUP_RING_SIZE - 2; i >= 0; i--) {
    const from = backupPath(configPath, i);
    if (await exists(from)) await rename(from, backupPath(configPath, i + 1));
  }
  await copyFile(configPath, backupPath(configPath, 0));
}
