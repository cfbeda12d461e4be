/**
 * One fault, every surface: a service's problem reaches the panel's transport, the CLI's text and
 * the CLI's `--json` with the same code and the same words, in English and in Chinese.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiOnFile } from '@test/helpers/api-on-file';
import { createDispatcher } from './dispatcher';
import type { Handlers } from './handlers';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';
import { createApi } from '@renderer/api/transport';
import { failure } from '@renderer/stores/failure';
import { ApiCallError } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { createTranslator, englishOf } from '@locales/translate';

describe('a service fault on every surface', () => {
  it('the panel, the CLI and --json say the same problem, in en and zh-CN', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'missing.json5');
    const { api } = apiOnFile(dir, file);
    // The panel: the renderer's own transport over the same dispatcher.
    const panel = createApi({ call: (name, input) => api.call(name, input), subscribe: () => () => {} });
    const thrown = await panel.runCheckup({}).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ApiCallError);
    expect((thrown as ApiCallError).problem.code).toBe('NOT_FOUND');
    const said = failure(thrown);
    expect(said).toEqual(msg('checkup.noConfig', { path: file }));

    for (const [language, LANG] of [
      ['en', 'C.UTF-8'],
      ['zh-CN', 'zh_CN.UTF-8'],
    ] as const) {
      const words = createTranslator(language).message(said);
      expect(words).toContain(file);
      const env = { HOME: dir, LANG };
      const text = await cli(['--config', file, 'check'], env);
      expect(text).toMatchObject({ code: 1, stdout: '', stderr: `claw-control: ${words}\n` });
      const json = await cli(['--config', file, 'check', '--json'], env);
      expect(json.code).toBe(1);
      expect(json.stderr).toBe('');
      // --json speaks English from the catalog whatever the locale, and carries the Message to translate.
      expect(JSON.parse(json.stdout)).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: englishOf(said), text: said },
      });
    }
    expect(createTranslator('zh-CN').message(said)).not.toBe(englishOf(said));
  });

  it('a fault nobody worded reaches the panel as INTERNAL with generic words; the cause stays in the log', async () => {
    const errors: string[] = [];
    const crashing = createDispatcher(
      { ping: async () => Promise.reject(new Error('secret sk-123 at /home/me')) } as unknown as Handlers,
      { logError: (line) => errors.push(line), english: englishOf },
    );
    const panel = createApi({ call: (name, input) => crashing.call(name, input), subscribe: () => () => {} });
    const said = failure(await panel.ping({}).catch((e: unknown) => e));
    expect(said).toEqual(msg('common.internal', { call: 'ping' }));
    expect(JSON.stringify(said)).not.toContain('sk-123');
    expect(errors).toEqual([
      '[dispatcher] ping: ping failed unexpectedly; the details are in the log. (secret sk-123 at /home/me)',
    ]);
  });
});
