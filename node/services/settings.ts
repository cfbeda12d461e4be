/**
 * The app's own settings file (never openclaw.json): other machines whose memory adds
 * to the budget (exo, llama.cpp RPC, MLX distributed). Stored as JSON in the state folder.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { extraMachineSchema } from '@shared/api/contract';
import { machineEntrySchema } from '@shared/cluster/machines';
import { APP_LANGUAGES } from '@shared/i18n/languages';
import { writeFileAtomic } from './config/atomic-write';

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

export function createSettingsStore(stateDir: string) {
  const file = path.join(stateDir, 'settings.json');
  return {
    async get(): Promise<Settings> {
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        return parsed.success ? parsed.data : settingsSchema.parse({});
      } catch {
        return settingsSchema.parse({});
      }
    },
    async update(patch: Partial<Settings>): Promise<Settings> {
      const next = settingsSchema.parse({ ...(await this.get()), ...patch });
      await mkdir(stateDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
      return next;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
