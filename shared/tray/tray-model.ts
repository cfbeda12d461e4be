/**
 * The tray / menu-bar menu as data: a pure function from app state to the icon state and
 * the menu items. The Electron adapter renders it with `Menu.buildFromTemplate`; the
 * headless panel shows the same actions as buttons; tests assert on it directly.
 * Labels are Messages, translated where the menu is shown (tray: app language; panel).
 */
import { msg, type Message } from '../i18n/message';

export type ServerHealth = 'up' | 'degraded' | 'down' | 'unknown';

export interface TrayServer {
  id: string;
  label: string;
  health: ServerHealth;
  /** A short detail such as "3 loaded" or "not running". */
  detail?: Message;
}

/** A model in the tray's Models submenu: those kept warm, and the chain's local models. */
export interface TrayModelEntry {
  ref: string;
  kept: boolean;
  /** The last keep-warm result, e.g. "loaded: …" or "error: connection refused". */
  status?: Message;
}

export interface TrayState {
  servers: TrayServer[];
  models?: TrayModelEntry[];
  /** Why the config cannot be used (malformed, unreadable): shown instead of "no local servers". */
  configProblem?: Message | null;
}

export type TrayAction =
  | { kind: 'open-panel' }
  | { kind: 'quit' }
  | { kind: 'warm'; ref: string }
  | { kind: 'reload'; ref: string }
  | { kind: 'toggle-keep-warm'; ref: string };

export type TrayItem =
  | { type: 'status'; label: Message }
  | { type: 'action'; label: Message; action: TrayAction; enabled: boolean; checked?: boolean }
  | { type: 'submenu'; label: Message; items: TrayItem[]; ref?: string }
  | { type: 'separator' };

/** `idle` means nothing to watch yet (no local servers configured). */
export type TrayIconState = 'ok' | 'warning' | 'down' | 'idle';

export interface TrayMenuModel {
  icon: TrayIconState;
  tooltip: Message;
  items: TrayItem[];
}

export function trayIconState(servers: readonly TrayServer[]): TrayIconState {
  if (servers.length === 0) return 'idle';
  if (servers.some((s) => s.health === 'down')) return 'down';
  if (servers.some((s) => s.health !== 'up')) return 'warning';
  return 'ok';
}

function serverLine(server: TrayServer): Message {
  const health = msg(`tray.health.${server.health}`);
  return server.detail
    ? msg('tray.serverDetail', { server: server.label, health, detail: server.detail })
    : msg('tray.server', { server: server.label, health });
}

export function trayModel(state: TrayState): TrayMenuModel {
  const icon = trayIconState(state.servers);
  const statusLines: TrayItem[] = [
    ...(state.configProblem ? [{ type: 'status' as const, label: state.configProblem }] : []),
    ...(state.servers.length === 0 && !state.configProblem
      ? [{ type: 'status' as const, label: msg('tray.noServers') }]
      : state.servers.map((s) => ({ type: 'status' as const, label: serverLine(s) }))),
  ];
  const down = state.servers.filter((s) => s.health === 'down').length;
  const tooltip = state.configProblem
    ? msg('tray.tooltipConfigProblem')
    : icon === 'idle'
      ? msg('tray.tooltip')
      : down > 0
        ? msg('tray.tooltipDown', { count: down })
        : msg(icon === 'ok' ? 'tray.tooltipUp' : 'tray.tooltipAttention', { count: state.servers.length });
  const models: TrayItem[] = (state.models ?? []).map((model) => ({
    type: 'submenu',
    ref: model.ref,
    label: model.kept ? msg('tray.keptWarmRef', { ref: model.ref }) : msg('tray.ref', { ref: model.ref }),
    items: [
      ...(model.status ? [{ type: 'status' as const, label: model.status }] : []),
      { type: 'action', label: msg('tray.warmNow'), action: { kind: 'warm', ref: model.ref }, enabled: true },
      { type: 'action', label: msg('tray.reload'), action: { kind: 'reload', ref: model.ref }, enabled: true },
      {
        type: 'action',
        label: msg('tray.keepWarm'),
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
        ? [{ type: 'separator' as const }, { type: 'submenu' as const, label: msg('tray.models'), items: models }]
        : []),
      { type: 'separator' },
      { type: 'action', label: msg('tray.open'), action: { kind: 'open-panel' }, enabled: true },
      { type: 'separator' },
      { type: 'action', label: msg('tray.quit'), action: { kind: 'quit' }, enabled: true },
    ],
  };
}
