/**
 * Bad input refused before save (issue 24): each typed value from the new user's walk that used
 * to be saved, guessed or read as empty is said at its field, never reaches the draft, and holds
 * Save with the reason — the provider card, the save bar beside it, and the add-provider form.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { providersOf } from '@shared/config/config-access';
import i18next from '@renderer/i18n';
import { SaveBar } from '@renderer/components/SaveBar';
import { useEditor } from '@renderer/stores';
import { AddProviderDialog } from './AddProviderDialog';
import { ProviderCard } from './ProviderCard';

/** The card as the Providers page shows it, with the save bar under it. */
function Page() {
  const draft = useEditor((s) => s.draft);
  const provider = providersOf(draft!).lmstudio as Record<string, unknown>;
  return (
    <>
      <ProviderCard id="lmstudio" provider={provider} disabled={false} onRename={vi.fn()} onDelete={vi.fn()} />
      <SaveBar />
    </>
  );
}

const card = () => within(screen.getByRole('region', { name: /lmstudio/ }));
const field = (label: string) => card().getByLabelText(label) as HTMLInputElement;
/** The first field of that name: the model row's (the add-model form's comes after the rows). */
const rowField = (label: string) => card().getAllByLabelText(label)[0] as HTMLInputElement;
const pending = () => useEditor.getState().pending;
const saveButton = () => screen.getByRole('button', { name: /^(Save|保存)$/ });
const blockers = () => screen.getByTestId('save-blockers').textContent;
const provider = () => providersOf(useEditor.getState().draft!).lmstudio as Record<string, unknown>;

beforeEach(async () => {
  await useEditor.getState().load();
});

describe('the provider card refuses bad input before save', () => {
  it('`http//127.0.0.1:51001` is refused (no colon), not written, holds Save, and the fix is offered', async () => {
    render(<Page />);
    await userEvent.clear(field('Base URL'));
    await userEvent.type(field('Base URL'), 'http//127.0.0.1:51001{Enter}');
    expect(card().getByRole('alert').textContent).toBe(
      '“http//127.0.0.1:51001” is missing the colon after the scheme. Did you mean http://127.0.0.1:51001?',
    );
    expect(pending()).toEqual([]);
    expect(provider().baseUrl).toBe('http://127.0.0.1:1234/v1');
    expect(saveButton()).toHaveProperty('disabled', true);
    expect(blockers()).toContain('Base URL: “http//127.0.0.1:51001” is missing the colon');

    await userEvent.click(card().getByRole('button', { name: 'Use http://127.0.0.1:51001' }));
    expect(pending()).toEqual([{ op: 'updateProvider', id: 'lmstudio', set: { baseUrl: 'http://127.0.0.1:51001' } }]);
    expect(screen.queryByTestId('save-blockers')).toBeNull();
    expect(saveButton()).toHaveProperty('disabled', false);
  });

  it('`localhost:1234/v1` is asked about (http://?), not guessed into a hosted provider', async () => {
    render(<Page />);
    await userEvent.clear(field('Base URL'));
    await userEvent.type(field('Base URL'), 'localhost:1234/v1');
    await userEvent.tab();
    expect(card().getByRole('alert').textContent).toBe(
      '“localhost:1234/v1” has no http:// or https://. Did you mean http://localhost:1234/v1?',
    );
    expect(pending()).toEqual([]);
    expect(card().getByText('local').className).toBe('badge badge-local');
  });

  it('"ten minutes" in Timeout is refused and deletes nothing; "10m" is 600 seconds', async () => {
    act(() => void useEditor.getState().apply({ op: 'updateProvider', id: 'lmstudio', set: { timeoutSeconds: 300 } }));
    render(<Page />);
    await userEvent.clear(field('Timeout (s)'));
    await userEvent.type(field('Timeout (s)'), 'ten minutes{Enter}');
    expect(card().getByRole('alert').textContent).toBe(
      '“ten minutes” is not a duration. Write seconds (600) or with a unit: 90s, 10m, 1h.',
    );
    expect(provider().timeoutSeconds).toBe(300);
    expect(saveButton()).toHaveProperty('disabled', true);
    expect(blockers()).toContain('Timeout (s): “ten minutes” is not a duration');

    await userEvent.clear(field('Timeout (s)'));
    await userEvent.type(field('Timeout (s)'), '10m{Enter}');
    expect(provider().timeoutSeconds).toBe(600);
    expect(field('Timeout (s)').value).toBe('600');
  });

  it('`128k` in a context field is 131,072 tokens; a bare 128 is below OpenClaw’s minimum and refused', async () => {
    render(<Page />);
    const context = () => rowField('Context window');
    await userEvent.clear(context());
    await userEvent.type(context(), '128{Enter}');
    expect(card().getByRole('alert').textContent).toBe(
      '128 tokens is below OpenClaw’s minimum context window of 4000: OpenClaw would refuse to run this model.',
    );
    expect(pending()).toEqual([]);
    expect(saveButton()).toHaveProperty('disabled', true);

    await userEvent.clear(context());
    await userEvent.type(context(), '128k{Enter}');
    const row = (provider().models as Record<string, unknown>[])[0]!;
    expect(row.contextWindow).toBe(131072);
  });

  it('an output limit that fills the context window is refused', async () => {
    render(<Page />);
    await userEvent.clear(rowField('Context window'));
    await userEvent.type(rowField('Context window'), '32768{Enter}');
    await userEvent.click(card().getByRole('button', { name: /^Edit/ }));
    await userEvent.clear(rowField('Max tokens'));
    await userEvent.type(rowField('Max tokens'), '32k{Enter}');
    expect(card().getByRole('alert').textContent).toBe(
      'An output limit of 32768 does not fit in a context window of 32768: leave room for the prompt.',
    );
    const row = (provider().models as Record<string, unknown>[])[0]!;
    expect(pending().some((op) => op.op === 'updateModel' && 'maxTokens' in (op.set ?? {}))).toBe(false);
    expect(row.maxTokens).not.toBe(32768);
  });

  it('says it in the panel’s language (zh-CN)', async () => {
    await act(() => i18next.changeLanguage('zh-CN'));
    render(<Page />);
    await userEvent.clear(field('超时（秒）'));
    await userEvent.type(field('超时（秒）'), 'ten minutes{Enter}');
    expect(card().getByRole('alert').textContent).toBe(
      '“ten minutes”不是有效的时长。请填秒数（600），或带单位：90s、10m、1h。',
    );
    expect(saveButton()).toHaveProperty('disabled', true);
  });
});

describe('the add-provider form refuses a base URL it cannot read', () => {
  const baseUrlInput = () => screen.getByRole('textbox', { name: /^Base URL/ }) as HTMLInputElement;

  it('holds Add with the reason, offers the fix, and adds the normalised URL once chosen', async () => {
    const onClose = vi.fn();
    render(<AddProviderDialog existing={['lmstudio']} onClose={onClose} />);
    const idInput = screen.getByRole('textbox', { name: /^Provider id/ });
    await userEvent.clear(idInput);
    await userEvent.type(idInput, 'studio-box');
    await userEvent.clear(baseUrlInput());
    await userEvent.type(baseUrlInput(), 'localhost:1234/v1');
    expect(screen.getByRole('alert').textContent).toBe(
      '“localhost:1234/v1” has no http:// or https://. Did you mean http://localhost:1234/v1?',
    );
    expect(screen.getByRole('button', { name: 'Add' })).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: 'Use http://localhost:1234/v1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(pending()[1]).toMatchObject({ op: 'addProvider', provider: { baseUrl: 'http://localhost:1234/v1' } });
    expect(onClose).toHaveBeenCalled();
  });
});
