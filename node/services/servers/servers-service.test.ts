import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/problem';
import { tempConfig, tempDir } from '@test/helpers/temp-dir';
import { readDocument } from '../config/config-document';
import { createEventBus } from '../event-bus';
import { createSettingsStore } from '../settings';
import { bundledDefaultBaseUrl } from '@shared/servers/defaults';
import { createServersService, localProviders } from './servers-service';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/configs');

async function serviceFor(fixture: string | null) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  if (fixture) await copyFile(path.join(FIXTURES, fixture), file);
  return createServersService({
    document: () => readDocument(file, {}),
    settings: createSettingsStore(path.join(dir, 'state')),
    events: createEventBus(),
    env: {},
  });
}

describe('servers service: the config it reads', () => {
  it('a malformed config is an error with its position, never "no local servers"', async () => {
    const servers = await serviceFor('seed-curly-quotes.json5');
    const error = (await servers.statuses().catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('CONFIG_MALFORMED');
    expect(error.problem.message).toMatchObject({ code: 'config.malformedAt', params: { line: 4, column: 19 } });
    await expect(servers.setKept('lmstudio/x', true)).resolves.toBeDefined();
    await expect(servers.keepWarm.warmNow('lmstudio/x')).resolves.toMatchObject({ result: 'error' });
  });

  it('its errors carry a message: a malformed ref, a provider that is not local', async () => {
    const servers = await serviceFor(null);
    const bad = (await servers.setKept('no-slash', true).catch((e: unknown) => e)) as AppError;
    expect(bad.problem.message).toEqual({ code: 'servers.notRef', params: { ref: 'no-slash' } });
    const entry = await servers.keepWarm.warmNow('openrouter/x');
    expect(entry).toMatchObject({
      result: 'error',
      text: { code: 'servers.notLocal', params: { provider: 'openrouter' } },
    });
  });

  it('a missing config simply has no local servers', async () => {
    await expect((await serviceFor(null)).statuses()).resolves.toEqual([]);
  });
});

describe('servers service: base URLs and keys (shared/servers/defaults.ts, shared/config/env-refs.ts)', () => {
  it('a bundled provider without baseUrl uses its default; ${VAR}s resolve with the process env first', () => {
    const config = {
      env: { vars: { BOX_URL: 'http://10.0.0.9:8000/v1', BOX_KEY: 'from-config' } },
      models: {
        providers: {
          ollama: {},
          box: { baseUrl: '${BOX_URL}', apiKey: '$BOX_KEY' },
          escaped: { baseUrl: 'http://127.0.0.1:1/$${BOX_URL}' },
          gone: { baseUrl: 'http://${NOT_SET}:1/v1' },
        },
      },
    };
    expect(localProviders(config, { BOX_KEY: 'from-process' })).toEqual([
      { id: 'ollama', baseUrl: bundledDefaultBaseUrl('ollama'), apiKey: undefined, api: null },
      { id: 'box', baseUrl: 'http://10.0.0.9:8000/v1', apiKey: 'from-process', api: null },
      { id: 'escaped', baseUrl: 'http://127.0.0.1:1/${BOX_URL}', apiKey: undefined, api: null },
    ]);
  });
});

describe('servers service: providers in an $include file', () => {
  it('lists them and their chain entries, as OpenClaw reads the resolved config (config-reader.ts resolveForRead)', async () => {
    const { dir, file } = await tempConfig(
      '{ agents: { defaults: { model: { primary: "box/x" } } }, models: { providers: { $include: "./providers.json5" } } }\n',
      { 'providers.json5': '{ box: { baseUrl: "http://127.0.0.1:9/v1" } }\n' },
    );
    const servers = createServersService({
      document: () => readDocument(file, {}),
      settings: createSettingsStore(path.join(dir, 'state')),
      events: createEventBus(),
      env: {},
    });
    const statuses = await servers.statuses();
    expect(statuses.map((s) => [s.providerId, s.baseUrl])).toEqual([['box', 'http://127.0.0.1:9/v1']]);
    // The tray's Models submenu: the chain's local refs, with the provider found in the include.
    expect(await servers.chainLocalRefs()).toEqual(['box/x']);
  });
});
