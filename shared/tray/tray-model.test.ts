import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { msg } from '../i18n/message';
import { trayIconState, trayModel, type TrayItem } from './tray-model';

const en = createTranslator('en', 'tray');
const zh = createTranslator('zh-CN', 'tray');
const raw = (text: string) => msg('servers.failure.network', { detail: text });
/** The menu as English text, as the tray shows it. */
type Shown = { type: string; label?: string; items?: Shown[]; [k: string]: unknown };
const shown = (items: TrayItem[]): Shown[] =>
  items.map((item) => {
    if (item.type === 'separator') return item;
    const out: Shown = { ...item, label: en.message(item.label), items: undefined };
    if (item.type === 'submenu') out.items = shown(item.items);
    else delete out.items;
    return out;
  });
const labels = (items: TrayItem[]) => shown(items).map((item) => item.label ?? '---');

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
        { id: 'lmstudio', label: 'LM Studio', health: 'up', detail: raw('2 models loaded') },
        { id: 'ollama', label: 'Ollama', health: 'down', detail: raw('connection refused') },
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
    ).toEqual(msg('tray.tooltipDown', { count: 2 }));
  });
});

describe('trayModel: models kept warm', () => {
  it('has a Models submenu with Warm now, Reload and a Keep warm check per model', () => {
    const model = trayModel({
      servers: [{ id: 'lmstudio', label: 'LM Studio', health: 'up', detail: raw('1 model loaded') }],
      models: [
        { ref: 'lmstudio/minimax-m2.1-gs32', kept: true, status: raw('loaded 12:04') },
        { ref: 'lmstudio/qwen3', kept: false },
      ],
    });
    const submenu = shown(model.items).find((item) => item.type === 'submenu' && item.label === 'Models');
    expect(submenu).toBeDefined();
    const [first, second] = submenu!.items!;
    expect(first!.label).toBe('lmstudio/minimax-m2.1-gs32 (kept warm)');
    expect(first!.ref).toBe('lmstudio/minimax-m2.1-gs32');
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
    expect(second!.items!.at(-1)).toMatchObject({ checked: false });
  });

  it('shows a malformed config instead of "no local servers", in the app language', () => {
    const problem = msg('config.malformedAt', {
      path: '/x/openclaw.json',
      line: 4,
      column: 19,
      detail: 'bad',
      remedy: msg('config.remedyByHand'),
    });
    const model = trayModel({ servers: [], configProblem: problem });
    expect(labels(model.items)[0]).toBe(
      '/x/openclaw.json does not parse (line 4, column 19): bad. Fix it by hand; nothing was changed.',
    );
    expect(labels(model.items)).not.toContain('No local servers configured');
    expect(zh.message((model.items[0] as Extract<TrayItem, { type: 'status' }>).label)).toContain('第 4 行');
    expect(zh.message(model.tooltip)).toBe('Claw Control：配置有问题');
  });

  it('leaves the Models submenu out when there is nothing to warm', () => {
    expect(trayModel({ servers: [], models: [] }).items.some((item) => item.type === 'submenu')).toBe(false);
  });
});
