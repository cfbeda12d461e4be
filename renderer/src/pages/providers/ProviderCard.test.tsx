/** A provider's card against the fake services' config: its fields, the edits they make, its masked key, invalid values in words. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { providersOf } from '@shared/config/config-access';
import i18next from '@renderer/i18n';
import { useEditor } from '@renderer/stores';
import { ProviderCard } from './ProviderCard';

const onRename = vi.fn();
const onDelete = vi.fn();

/** The card as the Providers page shows it: the provider read from the draft, so an edit shows at once. */
function Card({ disabled = false }: { disabled?: boolean }) {
  const draft = useEditor((s) => s.draft);
  const provider = providersOf(draft!).lmstudio as Record<string, unknown>;
  return <ProviderCard id="lmstudio" provider={provider} disabled={disabled} onRename={onRename} onDelete={onDelete} />;
}

const card = () => within(screen.getByRole('region', { name: 'Provider lmstudio' }));
const field = (label: string) => card().getByLabelText(label) as HTMLInputElement;
const pending = () => useEditor.getState().pending;

beforeEach(async () => {
  await useEditor.getState().load();
  onRename.mockClear();
  onDelete.mockClear();
});

describe('the provider card', () => {
  it('shows the provider’s fields, its key masked, and its model count', () => {
    render(<Card />);
    expect(field('Base URL').value).toBe('http://127.0.0.1:1234/v1');
    expect((card().getByLabelText('API') as HTMLSelectElement).value).toBe('openai-responses');
    expect(card().getByTestId('credential-lmstudio').textContent).toBe('••••');
    expect(card().getByRole('heading', { level: 3 }).textContent).toBe('1 model');
  });

  it('a changed base URL is one updateProvider edit when committed (Enter), and clearing it removes it', async () => {
    render(<Card />);
    await userEvent.clear(field('Base URL'));
    await userEvent.type(field('Base URL'), 'http://10.0.0.7:1234/v1{Enter}');
    expect(pending()).toEqual([{ op: 'updateProvider', id: 'lmstudio', set: { baseUrl: 'http://10.0.0.7:1234/v1' } }]);

    await userEvent.clear(field('Base URL'));
    await userEvent.tab();
    expect(pending().at(-1)).toEqual({ op: 'updateProvider', id: 'lmstudio', set: { baseUrl: null } });
  });

  it('a value OpenClaw refuses is said at the field as you type, in words', async () => {
    render(<Card />);
    await userEvent.type(field('Timeout (s)'), '-5');
    expect(card().getByRole('alert').textContent).toBe('must be more than 0');
    expect(field('Timeout (s)').getAttribute('aria-invalid')).toBe('true');
  });

  it('a new key is written through a password field and never shown', async () => {
    render(<Card />);
    await userEvent.click(card().getByRole('button', { name: 'Change' }));
    const key = field('New key');
    expect(key.type).toBe('password');
    await userEvent.type(key, '${{LMSTUDIO_KEY}{Enter}'); // `{{` types one `{`
    expect(pending()).toEqual([{ op: 'updateProvider', id: 'lmstudio', set: { apiKey: '${LMSTUDIO_KEY}' } }]);
    expect(card().getByTestId('credential-lmstudio').textContent).toBe('from env LMSTUDIO_KEY');
  });

  it('rename and delete are the page’s to do; a read-only config offers neither', async () => {
    const { unmount } = render(<Card />);
    await userEvent.click(card().getByRole('button', { name: 'Rename' }));
    await userEvent.click(card().getByRole('button', { name: 'Delete' }));
    expect([onRename.mock.calls.length, onDelete.mock.calls.length]).toEqual([1, 1]);
    unmount();

    render(<Card disabled />);
    expect(card().getByRole('button', { name: 'Delete' })).toHaveProperty('disabled', true);
    expect(field('Base URL').closest('fieldset')?.disabled).toBe(true);
  });

  it('speaks the panel’s language', async () => {
    render(<Card />);
    await act(() => i18next.changeLanguage('zh-CN'));
    const zh = within(screen.getByRole('region', { name: '提供商 lmstudio' }));
    expect(zh.getByRole('heading', { level: 3 }).textContent).toBe('1 个模型');
  });
});
