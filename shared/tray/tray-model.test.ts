import { describe, expect, it } from 'vitest';
import { trayIconState, trayModel, type TrayItem } from './tray-model';

const labels = (items: TrayItem[]) => items.map((item) => ('label' in item ? item.label : '---'));

describe('trayModel', () => {
  it('with nothing configured shows an idle icon, a hint, Open and Quit', () => {
    const model = trayModel({ servers: [] });
    expect(model.icon).toBe('idle');
    expect(labels(model.items)).toEqual(['No local servers configured', '---', 'Open Claw Control', '---', 'Quit']);
    const actions = model.items.flatMap((item) => (item.type === 'action' ? [item.action.kind] : []));
    expect(actions).toEqual(['open-panel', 'quit']);
  });

  it('shows one status line per server with its detail', () => {
    const model = trayModel({
      servers: [
        { id: 'lmstudio', label: 'LM Studio', health: 'up', detail: '2 models loaded' },
        { id: 'ollama', label: 'Ollama', health: 'down', detail: 'connection refused' },
      ],
    });
    expect(labels(model.items).slice(0, 2)).toEqual([
      'LM Studio: up (2 models loaded)',
      'Ollama: down (connection refused)',
    ]);
    expect(model.items[0]).toMatchObject({ type: 'status' });
  });

  it.each([
    [[], 'idle'],
    [['up', 'up'], 'ok'],
    [['up', 'degraded'], 'warning'],
    [['up', 'unknown'], 'warning'],
    [['degraded', 'down'], 'down'],
  ] as const)('icon for %j is %s', (healths, icon) => {
    const servers = healths.map((health, i) => ({ id: `s${i}`, label: `S${i}`, health }));
    expect(trayIconState(servers)).toBe(icon);
  });

  it('says in the tooltip how many servers are down', () => {
    expect(
      trayModel({
        servers: [
          { id: 'a', label: 'A', health: 'down' },
          { id: 'b', label: 'B', health: 'down' },
        ],
      }).tooltip,
    ).toBe('Claw Control: 2 servers down');
  });
});

describe('trayModel: models kept warm', () => {
  it('has a Models submenu with Warm now, Reload and a Keep warm check per model', () => {
    const model = trayModel({
      servers: [{ id: 'lmstudio', label: 'LM Studio', health: 'up', detail: '1 model loaded' }],
      models: [
        { ref: 'lmstudio/minimax-m2.1-gs32', kept: true, status: 'loaded 12:04' },
        { ref: 'lmstudio/qwen3', kept: false },
      ],
    });
    const submenu = model.items.find((item) => item.type === 'submenu' && item.label === 'Models');
    expect(submenu).toBeDefined();
    const [first, second] = (submenu as Extract<TrayItem, { type: 'submenu' }>).items as Extract<
      TrayItem,
      { type: 'submenu' }
    >[];
    expect(first!.label).toBe('lmstudio/minimax-m2.1-gs32 (kept warm)');
    expect(first!.items).toEqual([
      { type: 'status', label: 'loaded 12:04' },
      { type: 'action', label: 'Warm now', action: { kind: 'warm', ref: 'lmstudio/minimax-m2.1-gs32' }, enabled: true },
      { type: 'action', label: 'Reload', action: { kind: 'reload', ref: 'lmstudio/minimax-m2.1-gs32' }, enabled: true },
      {
        type: 'action',
        label: 'Keep warm',
        action: { kind: 'toggle-keep-warm', ref: 'lmstudio/minimax-m2.1-gs32' },
        enabled: true,
        checked: true,
      },
    ]);
    expect(second!.items.at(-1)).toMatchObject({ checked: false });
  });

  it('leaves the Models submenu out when there is nothing to warm', () => {
    expect(trayModel({ servers: [], models: [] }).items.some((item) => item.type === 'submenu')).toBe(false);
  });
});
