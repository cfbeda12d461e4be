/**
 * The application menu: the standard App/Edit/View/Window menus (Edit makes copy and
 * paste work in fields), "Install command line tool" (App menu on macOS, File elsewhere),
 * and Help with links to the README and OpenClaw's local-model guide. Built as data so a
 * test can read it without Electron.
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
  /** Links `claw-control` on PATH to the CLI the app carries (node/host/cli-link). */
  installCli(): void;
}

export const INSTALL_CLI_LABEL = 'Install Command Line Tool (claw-control)…';

export function appMenuTemplate(
  platform: NodeJS.Platform,
  isPackaged: boolean,
  actions: AppMenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const installCli: MenuItemConstructorOptions[] =
    platform === 'win32'
      ? []
      : [{ label: INSTALL_CLI_LABEL, click: () => actions.installCli() }, { type: 'separator' }];
  return [
    ...(mac
      ? [
          {
            // A submenu given with the role replaces the default one, so it repeats the standard items.
            role: 'appMenu' as const,
            submenu: [
              { role: 'about' as const },
              { type: 'separator' as const },
              ...installCli,
              { role: 'services' as const },
              { type: 'separator' as const },
              { role: 'hide' as const },
              { role: 'hideOthers' as const },
              { role: 'unhide' as const },
              { type: 'separator' as const },
              { role: 'quit' as const },
            ],
          },
        ]
      : [{ label: 'File', submenu: [...installCli, { role: 'quit' as const }] }]),
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
