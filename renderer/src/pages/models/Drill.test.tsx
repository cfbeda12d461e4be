/**
 * The check-up's Drill button against the fake services (which run the real drill rules over the
 * seed config): the button runs the drill once, says it is running, and shows each entry reached or
 * not with why; a primary whose local server times out (openclaw#122922, OpenClaw 2026.9.6) names
 * the fallback that would not be reached, in English and in Chinese.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveEntry } from '@shared/rules/checkup/entry';
import { drillChain } from '@shared/rules/drill';
import { msg } from '@shared/i18n/message';
import i18next from '@renderer/i18n';
import { useEditor } from '@renderer/stores';
import { fake } from '@renderer/test-support/panel';
import { Checkup } from './Checkup';

const SONNET = 'anthropic/claude-sonnet-4-5';
const LOCAL = 'lmstudio/minimax-m2.1-gs32';
const OPUS = 'anthropic/claude-opus-4-5';

beforeEach(async () => {
  await useEditor.getState().load();
});

const entries = () => screen.getAllByTestId('drill-entry');

/** The drill as the services would report it for the seed chain with the local model made primary and timing out. */
function timedOutReport() {
  const config = { ...useEditor.getState().draft! };
  const chain = [LOCAL, SONNET, OPUS];
  const facts = chain.map((ref, i) => ({
    ref,
    role: i === 0 ? ('primary' as const) : ('fallback' as const),
    entry: resolveEntry(config, ref),
    ask:
      ref === LOCAL
        ? { outcome: 'timeout' as const, status: null, error: 'timed out after 120000 ms', timeoutSeconds: 120 }
        : null,
  }));
  return {
    checkedAt: '2026-11-27T10:00:00.000Z',
    openclawVersion: '2026.9.6',
    ...drillChain({ config, env: {}, openclawVersion: '2026.9.6', entries: facts }),
  };
}

describe('the Drill button', () => {
  it('runs the drill once and shows every chain entry reached, with the verdict', async () => {
    render(<Checkup disabled={false} />);
    expect(screen.queryByTestId('drill')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Drill' }));
    expect(fake.inputsOf('runDrill')).toEqual([{}]);
    expect(screen.getByTestId('drill-verdict').textContent).toBe(
      'Every one of the 3 chain entries would be reached and answer.',
    );
    expect(entries().map((e) => [e.dataset.ref, e.dataset.reached])).toEqual([
      [SONNET, 'true'],
      [LOCAL, 'true'],
      [OPUS, 'true'],
    ]);
    expect(screen.getByText('Judged for OpenClaw 2026.9.6.')).toBeTruthy();
  });

  it('says it is running, then names the entry a timeout keeps the chain from reaching, and why', async () => {
    const held = fake.hold('runDrill');
    render(<Checkup disabled={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Drill' }));
    await held.arrived;
    expect(screen.getByRole('button', { name: 'Drilling…' })).toHaveProperty('disabled', true);
    await act(async () => held.release(timedOutReport()));
    expect(screen.getByTestId('drill-verdict').textContent).toMatch(
      new RegExp(
        `^${SONNET} would not be reached\\. Not reached: ${LOCAL} timed out, and OpenClaw 2026\\.9\\.6 treats a provider timeout as a terminal abort`,
      ),
    );
    const [local, sonnet, opus] = entries();
    expect(local!.dataset.answers).toBe('false');
    expect(local!.querySelector('[data-step="answers"]')!.textContent).toContain(
      'No answer within its timeout (120 s)',
    );
    expect(sonnet!.dataset.reached).toBe('false');
    expect(within(sonnet!).getByText('not reached')).toBeTruthy();
    expect(within(opus!).getByText(`Not reached: the chain stops at ${SONNET}.`)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Drill' })).toHaveProperty('disabled', false);
  });

  it('in Chinese: the button, the verdict and each step', async () => {
    await act(async () => i18next.changeLanguage('zh-CN'));
    fake.answer('runDrill', timedOutReport());
    render(<Checkup disabled={false} />);
    await userEvent.click(screen.getByRole('button', { name: '演练' }));
    expect(screen.getByTestId('drill-verdict').textContent).toMatch(
      new RegExp(`^${SONNET} 轮不到。轮不到：${LOCAL} 超时了`),
    );
    expect(entries()[0]!.querySelector('[data-step="answers"]')!.textContent).toContain('超时时间（120 秒）内没有应答');
    expect(screen.getByRole('region', { name: '备用模型演练' }).textContent).not.toMatch(/would|reached|timed out/);
  });
});

describe('the embedding servers in the check-up', () => {
  it('checking the chain also lists the memory search’s embedding server with its verdict', async () => {
    fake.answer('checkEmbeddings', [
      {
        path: 'agents.defaults.memorySearch',
        provider: 'llama-cpp',
        model: 'Qwen3-Embedding-0.6B-Q8_0.gguf',
        baseUrl: 'http://127.0.0.1:8090/v1',
        contextPerSlot: 32768,
        slots: 4,
        rssBytes: null,
        status: 'fail',
        summary: msg('embeddings.longFails', {
          tokens: 600,
          status: 500,
          error: 'input is too large to process',
          ubatch: 2048,
        }),
        evidence: [msg('embeddings.reserved', { ctx: 32768, slots: 4, total: 131072 })],
      },
    ]);
    render(<Checkup disabled={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Check the chain' }));
    const section = await screen.findByRole('region', { name: 'Embedding servers (memory search)' });
    expect(section.textContent).toContain('An input of 600 tokens fails (HTTP 500');
    expect(section.textContent).toContain('Reserves 32768 tokens × 4 slots = 131072 tokens of context.');
  });
});
