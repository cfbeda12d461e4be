import { describe, expect, it, vi } from 'vitest';
import { trayModel } from '../../shared/tray/tray-model';
import { toMenuTemplate } from './tray-menu';

describe('tray menu template', () => {
  it('renders status lines disabled, checks as checkboxes, and routes clicks to the same actions', () => {
    const onAction = vi.fn();
    const template = toMenuTemplate(
      trayModel({
        servers: [{ id: 'a', label: 'LM Studio', health: 'up' }],
        models: [{ ref: 'lmstudio/x', kept: true }],
      }).items,
      onAction,
    );
    expect(template[0]).toEqual({ label: 'LM Studio: up', enabled: false });
    const models = template.find((item) => item.label === 'Models')!;
    const entry = (models.submenu as Electron.MenuItemConstructorOptions[])[0]!;
    const keep = (entry.submenu as Electron.MenuItemConstructorOptions[]).find((item) => item.label === 'Keep warm')!;
    expect(keep).toMatchObject({ type: 'checkbox', checked: true });
    const warm = (entry.submenu as Electron.MenuItemConstructorOptions[]).find((item) => item.label === 'Warm now')!;
    (warm.click as () => void)();
    expect(onAction).toHaveBeenCalledWith({ kind: 'warm', ref: 'lmstudio/x' });
  });
});
