import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, HELP_LINKS, INSTALL_CLI_LABEL } from './app-menu';
import { visibleOnSomeDisplay } from './window-state';

describe('application menu', () => {
  it('has the standard menus, an Edit menu for copy and paste, and Help links', () => {
    const actions = { openReadme: vi.fn(), openExternal: vi.fn(), openPanel: vi.fn(), installCli: vi.fn() };
    const mac = appMenuTemplate('darwin', true, actions);
    expect(mac.map((m) => m.role ?? m.label)).toEqual(['appMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    const help = mac.at(-1)!.submenu as { label?: string; click?: () => void }[];
    help.find((i) => i.label === 'Claw Control README')!.click!();
    help.find((i) => i.label?.startsWith('OpenClaw'))!.click!();
    expect(actions.openReadme).toHaveBeenCalledOnce();
    expect(actions.openExternal).toHaveBeenCalledWith(HELP_LINKS.localModels);
    expect(JSON.stringify(mac)).not.toContain('toggleDevTools');
    expect(JSON.stringify(appMenuTemplate('linux', false, actions))).toContain('toggleDevTools');
    expect(appMenuTemplate('win32', true, actions)[0]).toMatchObject({ label: 'File' });
  });

  it('offers Install Command Line Tool in the App menu on macOS and the File menu on Linux, not on Windows', () => {
    const actions = { openReadme: vi.fn(), openExternal: vi.fn(), openPanel: vi.fn(), installCli: vi.fn() };
    const item = (platform: NodeJS.Platform) =>
      (appMenuTemplate(platform, true, actions)[0]!.submenu as { label?: string; click?: () => void }[]).find(
        (i) => i.label === INSTALL_CLI_LABEL,
      );
    item('darwin')!.click!();
    item('linux')!.click!();
    expect(actions.installCli).toHaveBeenCalledTimes(2);
    expect(item('win32')).toBeUndefined();
    const macApp = appMenuTemplate('darwin', true, actions)[0]!.submenu as { role?: string }[];
    expect(macApp.map((i) => i.role).filter(Boolean)).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
  });
});

describe('window bounds', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('restores bounds on a connected display only', () => {
    expect(visibleOnSomeDisplay({ x: 100, y: 100, width: 1000, height: 700 }, [display])).toBe(true);
    expect(visibleOnSomeDisplay({ x: 2500, y: 100, width: 1000, height: 700 }, [display])).toBe(false);
    expect(
      visibleOnSomeDisplay({ x: 2500, y: 100, width: 1000, height: 700 }, [
        display,
        { x: 1920, y: 0, width: 1920, height: 1080 },
      ]),
    ).toBe(true);
  });
});
