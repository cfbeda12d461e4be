/** The add-provider form against the fake services' config: the preset's values, the id rules, the edit it makes, cancel. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18next from '@renderer/i18n';
import { useEditor } from '@renderer/stores';
import { fake } from '@renderer/test-support/panel';
import { AddProviderDialog } from './AddProviderDialog';

const idInput = () => screen.getByRole('textbox', { name: /^Provider id/ }) as HTMLInputElement;
const baseUrlInput = () => screen.getByRole('textbox', { name: /^Base URL/ }) as HTMLInputElement;
/** A password field: the key typed is never shown in clear. */
const apiKeyInput = () => {
  const input = screen.getByLabelText(/^API key/) as HTMLInputElement;
  expect(input.type).toBe('password');
  return input;
};
const addButton = () => screen.getByRole('button', { name: 'Add' });
const pending = () => useEditor.getState().pending;

let onClose: ReturnType<typeof vi.fn<() => void>>;
beforeEach(async () => {
  await useEditor.getState().load();
  onClose = vi.fn();
});

const open = () => render(<AddProviderDialog existing={['lmstudio']} onClose={onClose} />);

describe('the add-provider form', () => {
  it('starts from the LM Studio preset and refuses an id that is taken', () => {
    open();
    expect(screen.getByRole('dialog', { name: 'Add a provider' })).toBeTruthy();
    expect([idInput().value, baseUrlInput().value, apiKeyInput().value]).toEqual([
      'lmstudio',
      'http://127.0.0.1:1234/v1',
      'lmstudio',
    ]);
    expect(screen.getByText('A provider “lmstudio” already exists')).toBeTruthy();
    expect(idInput().getAttribute('aria-invalid')).toBe('true');
    expect(addButton()).toHaveProperty('disabled', true);
  });

  it('refuses an id OpenClaw would not keep as it is, in words', async () => {
    open();
    await userEvent.clear(idInput());
    await userEvent.type(idInput(), 'My Box');
    expect(screen.getByText(/^Lower-case letters, digits/)).toBeTruthy();
    expect(addButton()).toHaveProperty('disabled', true);
    await userEvent.click(addButton());
    expect(pending()).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('Add makes one edit: keep the merge mode and add the provider with the form’s values; then it closes', async () => {
    open();
    await userEvent.clear(idInput());
    await userEvent.type(idInput(), 'studio-box');
    await userEvent.clear(baseUrlInput());
    await userEvent.type(baseUrlInput(), 'http://10.0.0.7:1234/v1');
    await userEvent.click(addButton());

    expect(pending()).toEqual([
      { op: 'keepMergeMode' },
      {
        op: 'addProvider',
        id: 'studio-box',
        provider: {
          baseUrl: 'http://10.0.0.7:1234/v1',
          apiKey: 'lmstudio',
          api: 'openai-responses',
          timeoutSeconds: 600,
          models: [],
        },
      },
    ]);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(Object.keys((useEditor.getState().draft?.models as { providers: object }).providers)).toEqual([
      'lmstudio',
      'studio-box',
    ]);
    expect(fake.inputsOf('saveConfigEdit')).toEqual([]); // an unsaved change, not a save
  });

  it('another preset fills in its own values and says where it differs from the guidance; an empty base URL is left out', async () => {
    open();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Server or service/ }), 'ollama');
    expect([idInput().value, baseUrlInput().value, apiKeyInput().value]).toEqual([
      'ollama',
      'http://127.0.0.1:11434/v1',
      'ollama-local',
    ]);
    expect(screen.getByTestId('preset-differences').textContent).toContain('11434');

    await userEvent.clear(baseUrlInput());
    await userEvent.click(addButton());
    const add = pending().find((op) => op.op === 'addProvider');
    expect(add).toMatchObject({ id: 'ollama', provider: { apiKey: 'ollama-local', api: 'openai-completions' } });
    expect(add && 'provider' in add ? add.provider : {}).not.toHaveProperty('baseUrl');
  });

  it('Cancel closes and leaves nothing behind', async () => {
    open();
    await userEvent.clear(idInput());
    await userEvent.type(idInput(), 'studio-box');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(pending()).toEqual([]);
    expect(useEditor.getState().draft).toEqual(fake.services.masked);
  });

  it('speaks the panel’s language', async () => {
    open();
    await act(() => i18next.changeLanguage('zh-CN'));
    expect(screen.getByText('提供商“lmstudio”已存在')).toBeTruthy();
    expect(screen.getByRole('button', { name: '添加' })).toHaveProperty('disabled', true);
  });
});
