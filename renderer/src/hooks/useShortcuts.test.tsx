/** Ctrl-S with a field that refuses what was typed: nothing is saved, and the save bar says why. */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { msg } from '@shared/i18n/message';
import { SaveBar } from '@renderer/components/SaveBar';
import { useFieldErrors } from '@renderer/components/field-errors';
import { useEditor } from '@renderer/stores';
import { fake } from '@renderer/test-support/panel';
import { useShortcuts } from './useShortcuts';

function Shell() {
  useShortcuts();
  return <SaveBar />;
}

beforeEach(async () => {
  fake.reset();
  await useEditor.getState().load();
  useEditor.getState().discard();
});

describe('Ctrl-S', () => {
  it('does not save while a field refuses its value, and says which and why', async () => {
    render(<Shell />);
    act(() => void useEditor.getState().apply({ op: 'setMode', mode: 'replace' }));
    act(() =>
      useFieldErrors.getState().report('models.providers.lmstudio.baseUrl', {
        label: 'Base URL',
        problem: msg('forms.url.notUrl', { url: 'http//x' }),
      }),
    );
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() =>
      expect(screen.getByTestId('notice').textContent).toContain(
        'Not saved: a field holds a value that cannot be read. Base URL: “http//x” is not a URL.',
      ),
    );
    expect(fake.inputsOf('saveConfigEdit')).toEqual([]);

    // Once the field is fixed, Ctrl-S saves.
    act(() => useFieldErrors.getState().report('models.providers.lmstudio.baseUrl', undefined));
    await userEvent.keyboard('{Control>}s{/Control}');
    await waitFor(() => expect(fake.inputsOf('saveConfigEdit')).toHaveLength(1));
  });
});
