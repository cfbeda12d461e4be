/**
 * The tray / menu-bar menu as data: a pure function from app state to the icon state and
 * the menu items. The Electron adapter renders it with `Menu.buildFromTemplate`; the
 * headless panel shows the same actions as buttons; tests assert on it directly.
 */

export type ServerHealth = 'up' | 'degraded' | 'down' | 'unknown';

export interface TrayServer {
  id: string;
  label: string;
  health: ServerHealth;
  /** A short detail such as "3 models loaded" or "connection refused". */
  detail?: string;
}

/** A model in the tray's Models submenu: those kept warm, and the chain's local models. */
export interface TrayModelEntry {
  ref: string;
  kept: boolean;
  /** The last keep-warm result, e.g. "loaded 12:04" or "error: connection refused". */
  status?: string;
}

export interface TrayState {
  servers: TrayServer[];
  models?: TrayModelEntry[];
}

export type TrayAction =
  | { kind: 'open-panel' }
  | { kind: 'quit' }
  | { kind: 'warm'; ref: string }
  | { kind: 'reload'; ref: string }
  | { kind: 'toggle-keep-warm'; ref: string };

export type TrayItem =
  | { type: 'status'; label: string }
  | { type: 'action'; label: string; action: TrayAction; enabled: boolean; checked?: boolean }
  | { type: 'submenu'; label: string; items: TrayItem[] }
  | { type: 'separator' };

/** `idle` means nothing to watch yet (no local servers configured). */
export type TrayIconState = 'ok' | 'warning' | 'down' | 'idle';

export interface TrayMenuModel {
  icon: TrayIconState;
  tooltip: string;
  items: TrayItem[];
}

const HEALTH_WORDS: Record<ServerHealth, string> = {
  up: 'up',
  degraded: 'degraded',
  down: 'down',
  unknown: 'checking…',
};

export function trayIconState(servers: readonly TrayServer[]): TrayIconState {
  if (servers.length === 0) return 'idle';
  if (servers.some((s) => s.health === 'down')) return 'down';
  if (servers.some((s) => s.health !== 'up')) return 'warning';
  return 'ok';
}

function serverLine(server: TrayServer): string {
  const base = `${server.label}: ${HEALTH_WORDS[server.health]}`;
  return server.detail ? `${base} (${server.detail})` : base;
}

export function trayModel(state: TrayState): TrayMenuModel {
  const icon = trayIconState(state.servers);
  const statusLines: TrayItem[] =
    state.servers.length === 0
      ? [{ type: 'status', label: 'No local servers configured' }]
      : state.servers.map((s) => ({ type: 'status', label: serverLine(s) }));
  const down = state.servers.filter((s) => s.health === 'down').length;
  const tooltip =
    icon === 'idle'
      ? 'Claw Control'
      : down > 0
        ? `Claw Control: ${down} server${down === 1 ? '' : 's'} down`
        : `Claw Control: ${state.servers.length} server${state.servers.length === 1 ? '' : 's'} ${icon === 'ok' ? 'up' : 'need attention'}`;
  const models: TrayItem[] = (state.models ?? []).map((model) => ({
    type: 'submenu',
    label: model.kept ? `${model.ref} (kept warm)` : model.ref,
    items: [
      ...(model.status ? [{ type: 'status' as const, label: model.status }] : []),
      { type: 'action', label: 'Warm now', action: { kind: 'warm', ref: model.ref }, enabled: true },
      { type: 'action', label: 'Reload', action: { kind: 'reload', ref: model.ref }, enabled: true },
      {
        type: 'action',
        label: 'Keep warm',
        action: { kind: 'toggle-keep-warm', ref: model.ref },
        enabled: true,
        checked: model.kept,
      },
    ],
  }));
  return {
    icon,
    tooltip,
    items: [
      ...statusLines,
      ...(models.length
        ? [{ type: 'separator' as const }, { type: 'submenu' as const, label: 'Models', items: models }]
        : []),
      { type: 'separator' },
      { type: 'action', label: 'Open Claw Control', action: { kind: 'open-panel' }, enabled: true },
      { type: 'separator' },
      { type: 'action', label: 'Quit', action: { kind: 'quit' }, enabled: true },
    ],
  };
}
