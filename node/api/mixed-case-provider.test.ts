/**
 * A hand-written config with a mixed-case provider id (`LMStudio`; OpenClaw lower-cases
 * ids when it loads them) must not break the document, preview and validate calls with
 * "returned a malformed result" (issue #16): the findings' fixes name it as written.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { apiOnFile } from '@test/helpers/api-on-file';

describe('mixed-case provider ids', () => {
  it('document, preview, save and validate work for LMStudio', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(
      file,
      `{ agents: { defaults: { model: { primary: "LMStudio/qwen3" } } },\n  models: { providers: { LMStudio: { baseUrl: "http://127.0.0.1:1234/v1", api: "openai-responses", models: [{ id: "qwen3", name: "Q" }] } } } }\n`,
    );
    const { api, errors } = apiOnFile(dir, file);
    const document = await api.call('getConfigDocument', {});
    expect(document.ok).toBe(true);
    const operations = [{ op: 'updateProvider', id: 'LMStudio', set: { timeoutSeconds: 600 } }];
    const preview = await api.call('previewConfigEdit', { operations });
    expect(preview).toMatchObject({ ok: true, data: { changed: true } });
    expect(await api.call('validateConfigFile', {})).toMatchObject({ ok: true });
    expect(await api.call('saveConfigEdit', { operations })).toMatchObject({ ok: true });
    // New ids stay lower-case, as OpenClaw stores them.
    expect(
      await api.call('previewConfigEdit', {
        operations: [{ op: 'addProvider', id: 'NewOne', provider: { baseUrl: 'http://127.0.0.1:1/v1' } }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(errors).toEqual([]);
  });
});
