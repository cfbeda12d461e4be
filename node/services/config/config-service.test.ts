import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { msg } from '@shared/i18n/message';
import { asUnprivileged } from '@test/helpers/as-unprivileged';
import { tempDir } from '@test/helpers/temp-dir';
import { createEventBus, type AnyEvent } from '../event-bus';
import { createConfigService } from './config-service';

const HYBRID = `{
  // hosted primary, local fallback
  agents: { defaults: { model: { primary: "anthropic/claude-sonnet-4-5", fallbacks: ["lmstudio/minimax-m2.1-gs32", "anthropic/claude-opus-4-5"] } } },
  models: { mode: "merge", providers: { lmstudio: { baseUrl: "http://127.0.0.1:1234/v1", models: [{ id: "minimax-m2.1-gs32", name: "MiniMax" }] } } },
}
`;

async function serviceFor(text: string | null, env: Record<string, string> = {}) {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  if (text !== null) await writeFile(file, text);
  const events = createEventBus();
  const service = createConfigService({ env: { HOME: dir, OPENCLAW_CONFIG_PATH: file, ...env }, events });
  return { dir, file, service, events };
}

describe('config service summary', () => {
  it('summarises a JSON5 config with comments', async () => {
    const { service, file } = await serviceFor(HYBRID);
    await expect(service.getSummary()).resolves.toEqual({
      path: file,
      source: 'OPENCLAW_CONFIG_PATH',
      state: 'ok',
      readOnly: false,
      readOnlyReason: null,
      parseError: null,
      ioError: null,
      summary: {
        providerIds: ['lmstudio'],
        modelCount: 1,
        primary: 'anthropic/claude-sonnet-4-5',
        fallbacks: ['lmstudio/minimax-m2.1-gs32', 'anthropic/claude-opus-4-5'],
        mode: 'merge',
      },
    });
  });

  it('reads a file with a BOM and the string form of agents.defaults.model', async () => {
    const { service } = await serviceFor('\uFEFF{ agents: { defaults: { model: "lmstudio/x" } } }');
    const summary = await service.getSummary();
    expect(summary.state).toBe('ok');
    expect(summary.summary).toMatchObject({ primary: 'lmstudio/x', fallbacks: [], providerIds: [] });
  });

  it('treats a missing file as the normal "no config yet" state', async () => {
    const { service } = await serviceFor(null);
    await expect(service.getSummary()).resolves.toMatchObject({ state: 'missing', summary: null, readOnly: false });
  });

  it('reports a malformed file with line and column and makes it read-only', async () => {
    const { service } = await serviceFor('{\n  models: {\n    mode: "merge" {\n}');
    const summary = await service.getSummary();
    expect(summary.state).toBe('malformed');
    expect(summary.readOnly).toBe(true);
    expect(summary.parseError).toEqual({ line: 3, column: 19, message: "invalid character '{'", backup: null });
    expect(summary.readOnlyReason).toEqual(msg('config.readOnlyMalformed'));
  });

  it('honours OPENCLAW_CONFIG_READONLY=1', async () => {
    const { service } = await serviceFor(HYBRID, { OPENCLAW_CONFIG_READONLY: '1' });
    await expect(service.getSummary()).resolves.toMatchObject({
      state: 'ok',
      readOnly: true,
      readOnlyReason: msg('config.readOnlyEnv'),
    });
  });

  it('says a 0444 file is read-only, and why', async () => {
    const { service, file } = await serviceFor(HYBRID);
    await chmod(file, 0o444);
    await expect(service.getSummary()).resolves.toMatchObject({
      state: 'ok',
      readOnly: true,
      readOnlyReason: msg('config.readOnlyFile', { mode: '0444' }),
    });
  });

  it('reports an unreadable file with the OS error (as an ordinary user, also under root)', async () => {
    const { service, file, dir } = await serviceFor(HYBRID);
    await asUnprivileged([dir], async () => {
      await chmod(file, 0o000);
      const summary = await service.getSummary();
      expect(summary).toMatchObject({ state: 'unreadable', readOnly: true });
      expect(summary.ioError).toMatch(/EACCES/);
    });
  });

  it('reports a folder in place of the file as unreadable', async () => {
    const { service, file } = await serviceFor(null);
    await mkdir(file);
    const summary = await service.getSummary();
    expect(summary.state).toBe('unreadable');
    expect(summary.ioError).toMatch(/ENOTREG: .* is not a regular file/);
  });
});

describe('config watching', () => {
  function nextEvent(events: ReturnType<typeof createEventBus>): Promise<AnyEvent> {
    return new Promise((resolve) => {
      const stop = events.subscribe((event) => {
        stop();
        resolve(event);
      });
    });
  }

  it('emits configChanged for an edit, an atomic rename, a removal and a creation', async () => {
    const { service, events, file, dir } = await serviceFor(HYBRID);
    await service.startWatching();
    try {
      let next = nextEvent(events);
      await writeFile(file, HYBRID.replace('merge', 'replace'));
      await expect(next).resolves.toEqual({ name: 'configChanged', payload: { path: file, change: 'changed' } });

      next = nextEvent(events);
      const temp = path.join(dir, 'openclaw.json.tmp');
      await writeFile(temp, HYBRID);
      await rename(temp, file);
      await expect(next).resolves.toMatchObject({ payload: { change: 'changed' } });

      next = nextEvent(events);
      await (await import('node:fs/promises')).rm(file);
      await expect(next).resolves.toMatchObject({ payload: { change: 'removed' } });

      next = nextEvent(events);
      await writeFile(file, HYBRID);
      await expect(next).resolves.toMatchObject({ payload: { change: 'created' } });
    } finally {
      service.stop();
    }
  });

  it('a config folder made after start (first OpenClaw setup) turns the summary from missing to ok, no restart', async () => {
    const home = await tempDir();
    const events = createEventBus();
    // No OPENCLAW_CONFIG_PATH: the default ~/.openclaw/openclaw.json, its folder not made yet.
    const service = createConfigService({ env: { HOME: home }, events });
    const file = path.join(home, '.openclaw', 'openclaw.json');
    expect(await service.getSummary()).toMatchObject({ path: file, state: 'missing', summary: null });
    await service.startWatching();
    try {
      const created = nextEvent(events);
      await mkdir(path.dirname(file));
      await writeFile(file, HYBRID);
      await expect(created).resolves.toEqual({ name: 'configChanged', payload: { path: file, change: 'created' } });
      const summary = await service.getSummary();
      expect(summary).toMatchObject({ path: file, state: 'ok', summary: { providerIds: ['lmstudio'] } });
      expect(summary.watchError).toBeUndefined();
    } finally {
      service.stop();
    }
  });

  it('a removed config folder is not a watcher failure: the config is removed, and seen again when it comes back', async () => {
    const parent = await tempDir();
    const dir = path.join(parent, '.openclaw');
    await mkdir(dir);
    const file = path.join(dir, 'openclaw.json');
    await writeFile(file, HYBRID);
    const events = createEventBus();
    const service = createConfigService({ env: { HOME: parent, OPENCLAW_CONFIG_PATH: file }, events });
    const seen: AnyEvent[] = [];
    events.subscribe((event) => void seen.push(event));
    await service.startWatching();
    try {
      let next = nextEvent(events);
      await rm(dir, { recursive: true });
      await expect(next).resolves.toEqual({ name: 'configChanged', payload: { path: file, change: 'removed' } });
      expect((await service.getSummary()).state).toBe('missing');
      next = nextEvent(events);
      await mkdir(dir);
      await writeFile(file, HYBRID);
      await expect(next).resolves.toEqual({ name: 'configChanged', payload: { path: file, change: 'created' } });
      const summary = await service.getSummary();
      expect(summary.state).toBe('ok');
      expect(summary.watchError).toBeUndefined();
      expect(seen.filter((event) => event.name === 'configChanged' && event.payload.change === 'unwatched')).toEqual(
        [],
      );
    } finally {
      service.stop();
    }
  });

  it('the "stopped watching" text reads in Chinese with its path and reason', () => {
    const file = '/home/u/.openclaw/openclaw.json';
    expect(
      createTranslator('zh-CN', 'panel').message(msg('config.watchFailed', { path: file, detail: 'EMFILE' })),
    ).toBe(`已停止监视 ${file}（EMFILE）：外部修改要在重启后才会显示。`);
  });
});
