/** Test before save in the add-provider form: the server tried as its URL and key are typed, its models added in the same edit, the API set from what it found. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useEditor } from '@renderer/stores';
import { fake } from '@renderer/test-support/panel';
import { lmstudioProbe } from '@renderer/test-support/recorded';
import { AddProviderDialog } from './AddProviderDialog';

const baseUrlInput = () => screen.getByRole('textbox', { name: /^Base URL/ }) as HTMLInputElement;
const idInput = () => screen.getByRole('textbox', { name: /^Provider id/ }) as HTMLInputElement;

beforeEach(async () => {
  fake.reset();
  await useEditor.getState().load();
  useEditor.getState().discard();
});

describe('the add-provider form tries the server before it is saved', () => {
  it('probes the URL and key typed, then adds the provider with the models picked from its answer', async () => {
    const onClose = vi.fn();
    render(<AddProviderDialog existing={['lmstudio']} onClose={onClose} />);
    await userEvent.clear(idInput());
    await userEvent.type(idInput(), 'studio-box');
    await userEvent.clear(baseUrlInput());
    await userEvent.type(baseUrlInput(), 'http://10.0.0.7:1234/v1');
    await waitFor(() => expect(screen.getByTestId('try-server').textContent).toContain('LM Studio answered in 12 ms'), {
      timeout: 3000,
    });
    // Only the URL as finally typed reached the server, with the key in the form.
    expect(fake.inputsOf('probeServer')).toEqual([
      { baseUrl: 'http://10.0.0.7:1234/v1', apiKey: 'lmstudio', checkResponses: true },
    ]);
    await userEvent.click(screen.getByRole('checkbox', { name: /^minimax-m2\.1-gs32/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    const added = useEditor.getState().pending.find((o) => o.op === 'addProvider');
    expect(added).toMatchObject({
      id: 'studio-box',
      provider: { models: [{ id: 'minimax-m2.1-gs32', contextWindow: 196608 }] },
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('offers chat completions when the server has no /v1/responses, and sets it', async () => {
    fake.answer('probeServer', ({ baseUrl }) => ({ ...lmstudioProbe(baseUrl), responsesApi: false }));
    render(<AddProviderDialog existing={['lmstudio']} onClose={() => {}} />);
    const use = await screen.findByRole(
      'button',
      { name: 'Use chat completions (openai-completions)' },
      { timeout: 3000 },
    );
    await userEvent.click(use);
    expect((screen.getByRole('combobox', { name: /^API/ }) as HTMLSelectElement).value).toBe('openai-completions');
  });
});
