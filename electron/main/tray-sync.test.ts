/** The tray asks the dispatcher, as the panel does: a refused call is its problem's words in the tray. */
import { describe, expect, it, vi } from 'vitest';
import type { Envelope } from '@shared/api/problem';
import type { TrayState } from '@shared/tray/tray-model';
import { msg } from '@shared/i18n/message';
import { createEventBus } from '@node/services/event-bus';
import type { TrayController } from './tray';
import { runTrayAction, syncTray } from './tray-sync';

function fakeTray() {
  const states: TrayState[] = [];
  const tray: TrayController = { update: (s) => states.push(s), setTranslate: () => {}, destroy: () => {} };
  return { tray, states };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('tray sync', () => {
  it('shows the problem a refused call answers with, as its Message', async () => {
    const said = msg('config.malformedAt', {
      path: '/x.json5',
      line: 4,
      column: 19,
      detail: 'bad',
      remedy: msg('config.remedyByHand'),
    });
    const call = vi.fn(async (): Promise<Envelope<unknown>> => ({
      ok: false,
      error: { code: 'CONFIG_MALFORMED', message: said },
    }));
    const { tray, states } = fakeTray();
    const stop = syncTray(call, createEventBus(), tray);
    await settle();
    stop();
    expect(call).toHaveBeenCalledWith('getServerStatuses', {});
    expect(states).toEqual([{ servers: [], configProblem: said }]);
  });

  it('builds the state from the calls: the chain’s refs on a listed server are the local ones', async () => {
    const probe = { baseUrl: 'http://127.0.0.1:1234/v1', kind: 'lmstudio', problem: null, models: [] };
    const answers: Record<string, unknown> = {
      getServerStatuses: { servers: [{ providerId: 'lmstudio', probe }] },
      getConfigSummary: { summary: { primary: 'lmstudio/qwen', fallbacks: ['anthropic/claude', 'lmstudio/qwen'] } },
      getKeepWarm: { kept: [] },
    };
    const call = vi.fn(async (name: unknown): Promise<Envelope<unknown>> => ({
      ok: true,
      data: answers[String(name)],
    }));
    const { tray, states } = fakeTray();
    syncTray(call, createEventBus(), tray)();
    await settle();
    expect(states).toHaveLength(1);
    expect(states[0]!.configProblem).toBeNull();
    expect(states[0]!.servers.map((s) => s.id)).toEqual(['lmstudio']);
    expect(JSON.stringify(states[0])).toContain('lmstudio/qwen');
    expect(JSON.stringify(states[0])).not.toContain('anthropic/claude');
  });

  it('a click goes through the dispatcher; a refusal is logged in English from the catalog', async () => {
    const calls: unknown[][] = [];
    const call = async (name: unknown, input: unknown): Promise<Envelope<unknown>> => {
      calls.push([name, input]);
      if (name === 'getKeepWarm') return { ok: true, data: { kept: [{ ref: 'lmstudio/qwen' }] } };
      return { ok: false, error: { code: 'NOT_FOUND', message: msg('servers.notLocal', { provider: 'lmstudio' }) } };
    };
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await runTrayAction(call, { kind: 'toggle-keep-warm', ref: 'lmstudio/qwen' });
    expect(calls).toEqual([
      ['getKeepWarm', {}],
      ['setKeepWarm', { ref: 'lmstudio/qwen', keep: false }],
    ]);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/toggle-keep-warm failed: .*lmstudio/));
    expect(String(log.mock.calls[0]![0])).not.toContain('servers.notLocal');
    log.mockRestore();
  });
});
