/** The chain list against the fake services' config: primary and fallbacks in order, reorder by buttons and keyboard, remove. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { modelChain } from '@shared/config/config-access';
import i18next from '@renderer/i18n';
import { useEditor } from '@renderer/stores';
import { ChainList } from './ChainList';

const SONNET = 'anthropic/claude-sonnet-4-5';
const LOCAL = 'lmstudio/minimax-m2.1-gs32';
const OPUS = 'anthropic/claude-opus-4-5';

/** The chain as the Models page passes it: read from the draft, so an edit shows at once. */
function Chain({ disabled = false }: { disabled?: boolean }) {
  const draft = useEditor((s) => s.draft);
  const { primary, fallbacks } = modelChain(draft!);
  return <ChainList chain={[primary!, ...fallbacks]} disabled={disabled} />;
}

const shown = () => screen.getAllByTestId('chain-item').map((item) => item.dataset.ref);
const pending = () => useEditor.getState().pending;

beforeEach(async () => {
  await useEditor.getState().load();
});

describe('the chain list', () => {
  it('lists the primary, then each fallback in order, with its role and alias', () => {
    render(<Chain />);
    expect(shown()).toEqual([SONNET, LOCAL, OPUS]);
    const roles = screen.getAllByTestId('chain-item').map((item) => item.querySelector('.chain-role')?.textContent);
    expect(roles).toEqual(['Primary', 'Fallback 1', 'Fallback 2']);
    expect(screen.getAllByRole('textbox', { name: /^Alias of / }).map((i) => (i as HTMLInputElement).value)).toEqual([
      'Sonnet',
      'MiniMax Local',
      'Opus',
    ]);
  });

  it('the move buttons reorder the chain as one setChain edit, and cannot move past either end', async () => {
    render(<Chain />);
    expect(screen.getByRole('button', { name: `Move ${SONNET} up` })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: `Move ${OPUS} down` })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: `Move ${SONNET} down` }));
    expect(pending()).toEqual([{ op: 'setChain', refs: [LOCAL, SONNET, OPUS] }]);
    expect(shown()).toEqual([LOCAL, SONNET, OPUS]);

    await userEvent.click(screen.getByRole('button', { name: `Make primary: ${OPUS}` }));
    expect(pending().at(-1)).toEqual({ op: 'setChain', refs: [OPUS, LOCAL, SONNET] });
    expect(shown()).toEqual([OPUS, LOCAL, SONNET]);
  });

  it('Alt+Arrow keys move the focused entry', async () => {
    render(<Chain />);
    const last = screen.getAllByTestId('chain-item')[2]!;
    within(last)
      .getByRole('button', { name: `Move ${OPUS} up` })
      .focus();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(pending()).toEqual([{ op: 'setChain', refs: [SONNET, OPUS, LOCAL] }]);

    // Without Alt an arrow key is left to the browser (and to the drag handle's own keys).
    await userEvent.keyboard('{ArrowUp}');
    expect(pending()).toHaveLength(1);
  });

  it('removes an entry from the chain, never the last one', async () => {
    render(<Chain />);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${LOCAL} from the chain` }));
    expect(pending()).toEqual([{ op: 'setChain', refs: [SONNET, OPUS] }]);
    await userEvent.click(screen.getByRole('button', { name: `Remove ${OPUS} from the chain` }));
    expect(shown()).toEqual([SONNET]);
    expect(screen.getByRole('button', { name: `Remove ${SONNET} from the chain` })).toHaveProperty('disabled', true);
  });

  it('a read-only config offers no change', () => {
    render(<Chain disabled />);
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.filter((b) => !(b as HTMLButtonElement).disabled)).toEqual([]);
  });

  it('speaks the panel’s language', async () => {
    render(<Chain />);
    await act(() => i18next.changeLanguage('zh-CN'));
    const roles = screen.getAllByTestId('chain-item').map((item) => item.querySelector('.chain-role')?.textContent);
    expect(roles).toEqual(['主模型', '备用 1', '备用 2']);
  });
});
