/**
 * Planted secrets never leave the service unmasked (issue #16): every config call's
 * answer — document, summary, preview, save, undo, validate, errors — is searched for
 * each planted value; only `revealSecret` returns one, and only the field asked for.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { apiOnFile } from '@test/helpers/api-on-file';

const PLANTED = {
  openaiKey: 'sk-planted-openai-0123456789abcdef',
  shortKey: 'pw9x',
  envKey: 'sk-planted-env-fedcba9876543210',
  envVar: 'planted-var-value',
  botToken: '123456:planted-telegram-token',
  gatewayPassword: 'planted-gateway-pass',
  header: 'Bearer planted-header-secret',
};

const CONFIG = `{
  // planted secrets for the leak test
  env: { OPENAI_API_KEY: "${PLANTED.envKey}", vars: { MY_VAR: "${PLANTED.envVar}" } },
  gateway: { mode: "local", auth: { mode: "password", password: "${PLANTED.gatewayPassword}" } },
  channels: { telegram: { enabled: true, botToken: "${PLANTED.botToken}" } },
  agents: { defaults: { model: { primary: "openai/gpt-5", fallbacks: ["lmstudio/qwen3"] } } },
  models: {
    mode: "merge",
    providers: {
      openai: { baseUrl: "https://api.openai.com/v1", apiKey: "${PLANTED.openaiKey}", headers: { "X-Custom": "${PLANTED.header}" }, models: [{ id: "gpt-5", name: "GPT-5" }] },
      lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", apiKey: "${PLANTED.shortKey}", api: "openai-responses", models: [{ id: "qwen3", name: "Qwen3" }] },
    },
  },
}
`;

async function setup() {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  await writeFile(file, CONFIG);
  return apiOnFile(dir, file).api;
}

function expectNoPlanted(answer: unknown) {
  const text = JSON.stringify(answer);
  for (const [name, value] of Object.entries(PLANTED)) {
    if (value === PLANTED.shortKey) expect(text, name).not.toMatch(/apiKey[^,]{0,12}pw9x/);
    else expect(text, name).not.toContain(value);
  }
}

describe('no API answer carries a planted secret', () => {
  it('document, summary, previews, save, undo, validate', async () => {
    const api = await setup();
    const document = await api.call('getConfigDocument', {});
    expect(document.ok).toBe(true);
    expectNoPlanted(document);
    expectNoPlanted(await api.call('getConfigSummary', {}));
    const edits = [
      [{ op: 'removeProvider', id: 'openai', removeRefs: true }],
      [{ op: 'updateProvider', id: 'openai', set: { apiKey: 'sk-planted-new-key-999999999' } }],
      [{ op: 'updateProvider', id: 'lmstudio', set: { apiKey: 'pw9y' } }],
      [{ op: 'updateProvider', id: 'lmstudio', set: { timeoutSeconds: 600 } }],
    ];
    for (const operations of edits) {
      const preview = await api.call('previewConfigEdit', { operations });
      expect(preview.ok).toBe(true);
      expectNoPlanted(preview);
      expect(JSON.stringify(preview)).not.toContain('sk-planted-new-key-999999999');
    }
    const saved = await api.call('saveConfigEdit', { operations: edits[0]!, confirm: true });
    expect(saved.ok).toBe(true);
    expectNoPlanted(saved);
    const undone = await api.call('undoLastSave', {});
    expect(undone.ok).toBe(true);
    expectNoPlanted(undone);
    expectNoPlanted(await api.call('validateConfigFile', {}));
  });

  it('a masked value sent back is refused, never written as the key', async () => {
    const api = await setup();
    const result = await api.call('saveConfigEdit', {
      operations: [{ op: 'updateProvider', id: 'openai', set: { apiKey: '••••cdef' } }],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFIG_INVALID' } });
    expectNoPlanted(result);
  });

  it('revealSecret returns exactly the one field asked for, and refuses a path that is not a secret', async () => {
    const api = await setup();
    const one = await api.call('revealSecret', { path: ['models', 'providers', 'openai', 'apiKey'] });
    expect(one).toEqual({
      ok: true,
      data: { path: ['models', 'providers', 'openai', 'apiKey'], value: PLANTED.openaiKey },
    });
    const env = await api.call('revealSecret', { path: ['env', 'vars', 'MY_VAR'] });
    expect(env).toMatchObject({ ok: true, data: { value: PLANTED.envVar } });
    expect(await api.call('revealSecret', { path: ['models', 'providers', 'openai', 'baseUrl'] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await api.call('revealSecret', { path: ['models', 'providers'] })).toMatchObject({ ok: false });
  });
});
