/**
 * The config document through the API for a config whose providers live in an `$include`d file
 * (issue #11): the providers as OpenClaw reads them, which file they come from, a masked key, and
 * a preview/save that names and writes the included file.
 */
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import type { CallOutput } from '@shared/api/contract';
import { apiOnFile } from '@test/helpers/api-on-file';

const FIXTURE = path.resolve(__dirname, '../../test/fixtures/configs/include-providers');

describe('config document with $include', () => {
  it('lists included providers with their file, and saves an edit of one into that file', async () => {
    const dir = await tempDir();
    await cp(FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'openclaw.json5');
    const { api } = apiOnFile(dir, file);
    const result = await api.call('getConfigDocument', {});
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const document = { data: result.data as CallOutput<'getConfigDocument'> };
    const providers = (document.data.config.models as { providers: Record<string, { apiKey: string }> }).providers;
    expect(Object.keys(providers)).toEqual(['studio']);
    expect(providers.studio!.apiKey).not.toBe('lmstudio'); // masked, as every key
    expect(document.data.sources).toEqual([
      { path: ['models', 'providers'], files: ['providers.json5'], writable: true },
    ]);
    expect(document.data.includes).toEqual([]);
    const operations = [{ op: 'updateProvider', id: 'studio', set: { timeoutSeconds: 900 } }];
    const preview = await api.call('previewConfigEdit', { operations, baseHash: document.data.hash });
    expect(preview).toMatchObject({ ok: true, data: { file: path.join(dir, 'providers.json5'), blockers: [] } });
    const mainBefore = await readFile(file, 'utf8');
    const saved = await api.call('saveConfigEdit', { operations, baseHash: document.data.hash });
    expect(saved).toMatchObject({ ok: true, data: { file: path.join(dir, 'providers.json5') } });
    expect(await readFile(file, 'utf8')).toBe(mainBefore);
    expect(await readFile(path.join(dir, 'providers.json5'), 'utf8')).toContain('timeoutSeconds: 900,');
    expect(await api.call('undoLastSave', {})).toMatchObject({
      ok: true,
      data: { file: path.join(dir, 'providers.json5') },
    });
    expect(await readFile(path.join(dir, 'providers.json5'), 'utf8')).toContain('timeoutSeconds: 600,');
  });
});
