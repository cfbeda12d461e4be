/**
 * Where Claw Control keeps its own state (settings, the undo record) — never in
 * openclaw.json. The desktop app passes Electron's userData folder; the CLI and the
 * headless panel use the platform's usual place.
 */
import path from 'node:path';
import { osHome } from './home-dir';

export function defaultStateDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.CLAW_CONTROL_STATE_DIR) return env.CLAW_CONTROL_STATE_DIR;
  const home = osHome(env);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Claw Control');
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Claw Control');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'claw-control');
}
