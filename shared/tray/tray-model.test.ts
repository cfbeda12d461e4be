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
