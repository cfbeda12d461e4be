/**
 * The app's own settings file (never openclaw.json): other machines whose memory adds
 * to the budget (exo, llama.cpp RPC, MLX distributed). Stored as JSON in the state folder;
 * writes take turns (one queue per file in this process, each a read-modify-write of the
 * latest value), are atomic (temp + rename) and leave the file 0600: it holds remote tokens.
 */
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { extraMachineSchema } from '@shared/api/contract';
import { machineEntrySchema } from '@shared/cluster/machines';
import { APP_LANGUAGES } from '@shared/i18n/languages';
import { writeFileAtomic } from './config/atomic-write';
import { serialQueue } from './serial-queue';

export type ExtraMachine = z.infer<typeof extraMachineSchema>;

export const settingsSchema = z.object({
  extraMachines: z.array(extraMachineSchema).max(32).default([]),
  /** Other machines read over the network: headless panels (URL + token) and exo clusters. */
  machines: z.array(machineEntrySchema).max(32).default([]),
  /** Model refs kept warm (F4). */
  keepWarm: z.array(z.string()).max(64).default([]),
  /** Desktop app: no Dock icon, only the menu-bar icon. */
  menuBarOnly: z.boolean().default(false),
  /** The `openclaw` binary to use; null finds it (OPENCLAW_BIN, PATH, npm prefix, Homebrew). */
  openclawPath: z.string().max(4096).nullable().default(null),
  /** The language picked in the panel's Settings (the tray follows it too); null follows the OS. */
  language: z.enum(APP_LANGUAGES).nullable().default(null),
  /** Desktop app: the window's last size and position. */
  windowBounds: z
    .object({ x: z.number(), y: z.number(), width: z.number().min(400), height: z.number().min(300) })
    .nullable()
    .default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change to the settings: a patch, or a function of the latest settings that returns one (read in turn). */
export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/** One queue per settings file, shared by every store of this process that writes it. */
const queues = new Map<string, ReturnType<typeof serialQueue>>();

/** Group and other lose every bit (0644 → 0600); a read-only file stays read-only and is refused by the writer. */
async function ownerOnly(file: string): Promise<void> {
  try {
    const { mode } = await stat(file);
    if (mode & 0o077) await chmod(file, mode & 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export function createSettingsStore(stateDir: string) {
  const file = path.join(stateDir, 'settings.json');
  let queue = queues.get(file);
  if (!queue) queues.set(file, (queue = serialQueue()));
  const inTurn = queue;
  return {
    async get(): Promise<Settings> {
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        return parsed.success ? parsed.data : settingsSchema.parse({});
      } catch {
        return settingsSchema.parse({});
      }
    },
    /** Applies `change` to the latest settings, after every earlier update of this file has been written. */
    update(change: SettingsChange): Promise<Settings> {
      return inTurn(async () => {
        const current = await this.get();
        const patch = typeof change === 'function' ? change(current) : change;
        const next = settingsSchema.parse({ ...current, ...patch });
        await mkdir(stateDir, { recursive: true, mode: 0o700 });
        await ownerOnly(file);
        await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
        return next;
      });
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
