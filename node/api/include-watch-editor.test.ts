/**
 * The editor's "changed on disk" state for a config whose providers live in an `$include`d file,
 * end to end: the real services (watching real files with fs.watch), the dispatcher, the
 * renderer's API object and editor store. Claw Control's own write through the include never
 * raises the banner; an outside edit of the included file does, while there are unsaved edits.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { createApi } from '@renderer/api/transport';
import { createConfigEditorStore } from '@renderer/stores/config-editor';
import { apiOnFile } from '@test/helpers/api-on-file';

const FIXTURE = path.resolve(__dirname, '../../test/fixtures/configs/include-providers');

describe('changed on disk, through an $include', () => {
  it('an own write-through raises no banner; an outside edit of the included file does', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'openclaw.json5');
    const included = path.join(dir, 'providers.json5');
    const { services, api: dispatcher } = apiOnFile(dir, file);
    const api = createApi({
      call: (name, input) => dispatcher.call(name, input),
      subscribe: (listener) => services.events.subscribe(listener),
    });
    const editor = createConfigEditorStore(api);
    /** The next change the watcher reports for the included file, handled as the panel does (stores/index.ts). */
    const nextIncludeChange = () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          stop();
          reject(new Error(`no configChanged for ${included} within the deadline`));
        }, 10_000);
        const stop = api.on('configChanged', (payload) => {
          if (payload.path !== included) return;
          clearTimeout(timer);
          stop();
          void editor.getState().fileChangedOnDisk().then(resolve, reject);
        });
      });
    const timeout = (seconds: number) => ({
      op: 'updateProvider' as const,
      id: 'studio',
      set: { timeoutSeconds: seconds },
    });

    await services.config.startWatching();
    try {
      await editor.getState().load();
      expect(editor.getState().apply(timeout(900))).toBe(true);
      let seen = nextIncludeChange();
      await expect(editor.getState().save()).resolves.toBe(true);
      expect(await readFile(included, 'utf8')).toContain('timeoutSeconds: 900,');
      // A new edit is pending when the watcher's report of our own write arrives: still no banner.
      expect(editor.getState().apply(timeout(1200))).toBe(true);
      await seen;
      await editor.getState().fileChangedOnDisk(); // however late the report comes
      expect(editor.getState()).toMatchObject({ diskChanged: false, pending: [timeout(1200)] });

      seen = nextIncludeChange();
      await writeFile(
        included,
        (await readFile(included, 'utf8')).replace('timeoutSeconds: 900', 'timeoutSeconds: 60'),
      );
      await seen;
      expect(editor.getState().diskChanged).toBe(true);
    } finally {
      services.stop();
    }
  });
});
