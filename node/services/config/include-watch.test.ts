/**
 * Outside edits of `$include`d files, with real files and real fs.watch: reported like an edit of
 * the config itself, the watched files follow the config's includes (added, dropped, a folder that
 * appears later), a watcher error is reported like the config's, and stop closes every watcher.
 */
import type * as NodeFs from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { msg } from '@shared/i18n/message';
import { tempDir } from '@test/helpers/temp-dir';
import { createEventBus, type AnyEvent, type EventBus } from '../event-bus';
import { createConfigService } from './config-service';

/** Every real watcher opened, to check that stop closes them all; `refuse` makes watching a folder fail (EMFILE). */
const opened: { dir: string; closed: boolean }[] = [];
let refuse: string | null = null;
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof NodeFs>();
  const watch = ((...args: Parameters<typeof fs.watch>) => {
    const dir = String(args[0]);
    if (dir === refuse) throw Object.assign(new Error('EMFILE: too many open files, watch'), { code: 'EMFILE' });
    const watcher = fs.watch(...args);
    const entry = { dir, closed: false };
    const close = watcher.close.bind(watcher);
    watcher.close = () => {
      entry.closed = true;
      close();
    };
    opened.push(entry);
    return watcher;
  }) as typeof fs.watch;
  return { ...fs, watch };
});

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/configs/include-providers');
/** The fixture's config (test/fixtures/configs/include-providers), its providers included from `include`. */
const mainWith = (include: string, more = '') =>
  `{\n  agents: { defaults: { model: { primary: "studio/qwen3-coder-30b" } } },\n` +
  `  models: { mode: "merge", providers: { $include: "${include}" }${more} },\n}\n`;

/** The first event that matches, or a failure after `ms` (a loaded machine gets time, never a fixed sleep). */
function waitFor(events: EventBus, match: (event: AnyEvent) => boolean, ms = 10_000): Promise<AnyEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('no matching configChanged event within the deadline'));
    }, ms);
    const stop = events.subscribe((event) => {
      if (!match(event)) return;
      clearTimeout(timer);
      stop();
      resolve(event);
    });
  });
}
const about = (file: string, change?: string) => (event: AnyEvent) =>
  event.name === 'configChanged' && event.payload.path === file && (!change || event.payload.change === change);

async function setup(include = './providers.json5') {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json5');
  await writeFile(file, mainWith(include));
  const providers = await readFile(path.join(FIXTURE, 'providers.json5'), 'utf8');
  const events = createEventBus();
  const service = createConfigService({ env: { HOME: dir, OPENCLAW_CONFIG_PATH: file }, events });
  return { dir, file, providers, events, service };
}

describe('watching $include files', () => {
  it('an outside edit of an included file (in place or by rename) raises configChanged', async () => {
    const { dir, providers, events, service } = await setup();
    const included = path.join(dir, 'providers.json5');
    await writeFile(included, providers);
    await service.startWatching();
    try {
      let next = waitFor(events, about(included, 'changed'));
      await writeFile(included, providers.replace('timeoutSeconds: 600', 'timeoutSeconds: 900'));
      await expect(next).resolves.toEqual({ name: 'configChanged', payload: { path: included, change: 'changed' } });

      next = waitFor(events, about(included, 'changed'));
      await writeFile(`${included}.tmp`, providers);
      await rename(`${included}.tmp`, included);
      await next;
    } finally {
      service.stop();
    }
  });

  it('follows the includes: a newly included file in a folder made later is watched, a dropped one is not', async () => {
    const { dir, file, providers, events, service } = await setup();
    const first = path.join(dir, 'providers.json5');
    await writeFile(first, providers);
    await service.startWatching();
    try {
      // The config now includes a file in a folder that does not exist yet.
      const later = path.join(dir, 'conf.d', 'local', 'providers.json5');
      let next = waitFor(events, about(file));
      await writeFile(file, mainWith('./conf.d/local/providers.json5'));
      await next;

      next = waitFor(events, about(later, 'created'));
      await mkdir(path.dirname(later), { recursive: true });
      await writeFile(later, providers);
      await next;

      next = waitFor(events, about(later, 'changed'));
      await writeFile(later, providers.replace('600', '900'));
      await next;

      // The first file is no longer included: its edit is not reported, the next one of `later` is.
      next = waitFor(events, (event) => event.name === 'configChanged');
      await writeFile(first, providers.replace('600', '300'));
      await writeFile(later, providers.replace('600', '120'));
      await expect(next).resolves.toMatchObject({ payload: { path: later } });
    } finally {
      service.stop();
    }
  });

  it('an included file that is missing at first is seen when it appears, and its removal too', async () => {
    const { dir, providers, events, service } = await setup();
    const included = path.join(dir, 'providers.json5');
    await service.startWatching();
    try {
      let next = waitFor(events, about(included, 'created'));
      await writeFile(included, providers);
      await next;
      next = waitFor(events, about(included, 'removed'));
      await rm(included);
      await next;
    } finally {
      service.stop();
    }
  });

  it('an included file whose folder is removed is reported removed, and seen again when the folder comes back', async () => {
    const { dir, providers, events, service } = await setup('./sub/providers.json5');
    const included = path.join(dir, 'sub', 'providers.json5');
    await mkdir(path.dirname(included));
    await writeFile(included, providers);
    await service.startWatching();
    try {
      let next = waitFor(events, about(included, 'removed'));
      await rm(path.dirname(included), { recursive: true });
      await next;
      next = waitFor(events, about(included, 'created'));
      await mkdir(path.dirname(included));
      await writeFile(included, providers);
      await next;
      next = waitFor(events, about(included, 'changed'));
      await writeFile(included, providers.replace('600', '900'));
      await next;
    } finally {
      service.stop();
    }
  });

  it('stop closes every watcher: the config, each included file and the wait for a missing folder', async () => {
    const { dir, file, providers, events, service } = await setup('./a.json5');
    await writeFile(path.join(dir, 'a.json5'), providers);
    await service.startWatching();
    const next = waitFor(events, about(file));
    await writeFile(file, mainWith('./a.json5', ', extra: { $include: "./no/b.json5" }'));
    await next;
    const mine = opened.filter((entry) => entry.dir.startsWith(dir));
    expect(mine.filter((entry) => !entry.closed).map((entry) => entry.dir)).toEqual([dir, dir, dir]);
    service.stop();
    expect(mine.every((entry) => entry.closed)).toBe(true);
  });

  it('a watcher error on an included file is reported like the config’s: an "unwatched" event and the summary', async () => {
    const { dir, providers, events, service } = await setup('./sub/providers.json5');
    const included = path.join(dir, 'sub', 'providers.json5');
    await mkdir(path.dirname(included));
    await writeFile(included, providers);
    refuse = path.dirname(included);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const unwatched = waitFor(events, about(included, 'unwatched'));
    try {
      await service.startWatching();
      const error = msg('config.watchFailed', { path: included, detail: 'EMFILE' });
      await expect(unwatched).resolves.toEqual({
        name: 'configChanged',
        payload: { path: included, change: 'unwatched', error },
      });
      expect((await service.getSummary()).watchError).toEqual(error);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(`stopped watching ${included}`));
    } finally {
      refuse = null;
      logged.mockRestore();
      service.stop();
    }
  });
});
