/**
 * The application menu: the standard App/Edit/View/Window menus (Edit makes copy and
 * paste work in fields) and Help with links to the README and OpenClaw's local-model
 * guide. Built as data so a test can read it without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';

export const HELP_LINKS = {
  readme: 'README.md',
  localModels: 'https://docs.openclaw.ai/gateway/local-models',
} as const;

export interface AppMenuActions {
  openReadme(): void;
  openExternal(url: string): void;
  openPanel(): void;
}

export function appMenuTemplate(
  platform: NodeJS.Platform,
  isPackaged: boolean,
  actions: AppMenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : [{ label: 'File', submenu: [{ role: 'quit' as const }] }]),
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged
          ? []
          : [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Claw Control README', click: () => actions.openReadme() },
        { label: 'OpenClaw: running on local models', click: () => actions.openExternal(HELP_LINKS.localModels) },
        { type: 'separator' },
        { label: 'Open Claw Control', click: () => actions.openPanel() },
      ],
    },
  ];
}
