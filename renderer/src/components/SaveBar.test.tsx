/** The save bar against the fake services: what blocks a save, the review, the save with its base hash, a refusal in words. */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConfigOperation } from '@shared/config/operations';
import { msg } from '@shared/i18n/message';
import i18next from '@renderer/i18n';
import { useEditor } from '@renderer/stores';
import { fake } from '@renderer/test-support/panel';
import { CONFIG_PATH } from '@renderer/test-support/fake-services';
import { ChangedOnDiskBanner, SaveBar } from './SaveBar';

const badContext: ConfigOperation = {
  op: 'updateModel',
  provider: 'lmstudio',
  id: 'minimax-m2.1-gs32',
  set: { contextWindow: -5 },
};
const replaceMode: ConfigOperation = { op: 'setMode', mode: 'replace' };

const edit = (...operations: ConfigOperation[]) => act(() => void useEditor.getState().apply(...operations));
const saveButton = () => screen.getByRole('button', { name: 'Save' });
const notice = () => screen.findByTestId('notice');

beforeEach(async () => {
  await useEditor.getState().load();
});

describe('the save bar', () => {
  it('stays disabled while a field is invalid, says why, and enables once it is fixed', async () => {
    render(<SaveBar />);
    expect(screen.getByTestId('save-status').textContent).toBe('No unsaved changes');
    expect(saveButton()).toHaveProperty('disabled', true);

    edit(badContext);
    expect(screen.getByTestId('save-status').textContent).toBe('1 unsaved change');
    expect(saveButton()).toHaveProperty('disabled', true);
    const blockers = screen.getByTestId('save-blockers');
    expect(blockers.textContent).toContain('1 problem blocks saving:');
    expect(within(blockers).getByRole('button').textContent).toBe(
      'models.providers.lmstudio.models.0.contextWindow: must be more than 0',
    );

    edit({ ...badContext, set: { contextWindow: 32768 } } as ConfigOperation);
    expect(screen.queryByTestId('save-blockers')).toBeNull();
    expect(saveButton()).toHaveProperty('disabled', false);
  });

  it('Review changes shows the services’ diff of the pending edits, made against the loaded file', async () => {
    const { hash } = useEditor.getState().document!;
    render(<SaveBar />);
    edit(replaceMode);
    await userEvent.click(screen.getByRole('button', { name: 'Review changes' }));

    const dialog = await screen.findByRole('dialog', { name: `Changes to ${CONFIG_PATH}` });
    expect(fake.inputsOf('previewConfigEdit')).toEqual([{ operations: [replaceMode], baseHash: hash }]);
    const lines = [...within(dialog).getByTestId('diff').children].map((line) => line.textContent);
    expect(lines).toContain('-    "mode": "merge",');
    expect(lines).toContain('+    "mode": "replace",');
    expect(fake.services.config.models).toMatchObject({ mode: 'merge' }); // reviewing writes nothing
  });

  it('Save sends the pending edits with the hash they were made against, then shows the saved file', async () => {
    const { hash } = useEditor.getState().document!;
    render(<SaveBar />);
    edit(replaceMode);
    await userEvent.click(saveButton());

    expect((await notice()).textContent).toContain(`Saved ${CONFIG_PATH}`);
    expect(fake.inputsOf('saveConfigEdit')).toEqual([{ operations: [replaceMode], baseHash: hash }]);
    expect(fake.services.config.models).toMatchObject({ mode: 'replace' });
    expect(screen.getByTestId('save-status').textContent).toBe('No unsaved changes');
    expect(useEditor.getState().document!.hash).toBe(fake.services.hash);
  });

  it('a file changed on disk is refused in words, the edit is kept and the bar is not left busy', async () => {
    render(<SaveBar />);
    edit(replaceMode);
    fake.services.writeOutside({ ...fake.services.config, gateway: { mode: 'local' } });
    await userEvent.click(saveButton());

    expect((await notice()).textContent).toContain(
      `${CONFIG_PATH} changed on disk since it was loaded. Reload it before saving.`,
    );
    expect(fake.services.config.models).toMatchObject({ mode: 'merge' });
    expect(screen.getByTestId('save-status').textContent).toBe('1 unsaved change');
    expect(saveButton()).toHaveProperty('disabled', false);
    expect(useEditor.getState().diskChanged).toBe(true);
  });

  it('a refused save reads in the panel’s language (zh-CN)', async () => {
    fake.fail('saveConfigEdit', {
      code: 'CONFIG_READONLY',
      text: msg('config.readOnly', { reason: msg('config.readOnlyFile', { mode: '0444' }) }),
    });
    render(<SaveBar />);
    edit(replaceMode);
    await act(() => i18next.changeLanguage('zh-CN'));
    await userEvent.click(screen.getByRole('button', { name: '保存' }));

    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^配置为只读：.*0444/));
    expect(screen.getByTestId('save-status').textContent).toBe('1 项未保存的更改');
  });
});

describe('the changed-on-disk banner', () => {
  const outside = () => {
    fake.services.writeOutside({ ...fake.services.config, gateway: { mode: 'local' } });
    fake.push('configChanged', { path: CONFIG_PATH, change: 'changed' });
  };

  it('appears when the file changes under pending edits; "keep my edits" puts them on the new file', async () => {
    render(
      <>
        <ChangedOnDiskBanner />
        <SaveBar />
      </>,
    );
    edit(replaceMode);
    expect(screen.queryByTestId('disk-changed')).toBeNull();
    outside();

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('The file changed on disk while you were editing. Nothing was overwritten.');
    await userEvent.click(within(banner).getByRole('button', { name: 'Keep my edits' }));
    await waitFor(() => expect(screen.queryByTestId('disk-changed')).toBeNull());
    expect(useEditor.getState().document?.hash).toBe(fake.services.hash);
    expect(screen.getByTestId('save-status').textContent).toBe('1 unsaved change');

    await userEvent.click(saveButton());
    expect((await notice()).textContent).toContain(`Saved ${CONFIG_PATH}`);
    expect(fake.services.config).toMatchObject({ gateway: { mode: 'local' }, models: { mode: 'replace' } });
  });

  it('stays away when nothing is pending: the new file is simply shown', async () => {
    render(<ChangedOnDiskBanner />);
    outside();
    await waitFor(() => expect(useEditor.getState().document?.hash).toBe(fake.services.hash));
    expect(screen.queryByTestId('disk-changed')).toBeNull();
  });
});
