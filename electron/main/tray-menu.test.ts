import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from '@locales/translate';
import { trayModel } from '@shared/tray/tray-model';
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
      createTranslator('en', 'tray').message,
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

  it('speaks the app language: Chinese labels with LANG=zh_CN', () => {
    const template = toMenuTemplate(
      trayModel({ servers: [{ id: 'a', label: 'LM Studio', health: 'down' }] }).items,
      vi.fn(),
      createTranslator('zh-CN', 'tray').message,
    );
    expect(template.map((item) => item.label)).toEqual([
      'LM Studio：已停止',
      undefined,
      '打开 Claw Control',
      undefined,
      '退出',
    ]);
  });
});
