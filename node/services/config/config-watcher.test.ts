import { EventEmitter } from 'node:events';
import type * as NodeFs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';

/** A watcher Node hands out; the test makes it fail the way an exhausted inotify does (EMFILE). */
const fakeWatchers: (EventEmitter & { close: () => void; closed: boolean })[] = [];
/** When set, `watch` itself throws it (as Node does when no watcher can be created). */
let throwOnWatch: Error | null = null;
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof NodeFs>();
  return {
    ...fs,
    watch: () => {
      if (throwOnWatch) throw throwOnWatch;
      const watcher = Object.assign(new EventEmitter(), {
        closed: false,
        close() {
          watcher.closed = true;
        },
      });
      fakeWatchers.push(watcher);
      return watcher;
    },
  };
});

const { watchConfigFile } = await import('./config-watcher');

describe('config watcher failures', () => {
  it('a watcher error (EMFILE) closes it and reports once; close() afterwards reports nothing', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'openclaw.json');
    await writeFile(file, '{}');
    const failures: Error[] = [];
    const watcher = await watchConfigFile(
      file,
      () => undefined,
      (error) => failures.push(error),
    );
    const fake = fakeWatchers.at(-1)!;
    const error = Object.assign(new Error('EMFILE: too many open files, watch'), { code: 'EMFILE' });
    fake.emit('error', error);
    fake.emit('error', error);
    expect(failures).toEqual([error]);
    expect(fake.closed).toBe(true);
    watcher.close();
    expect(failures).toHaveLength(1);
  });

  it('a watcher that cannot even start (EMFILE) is a failure', async () => {
    const dir = await tempDir();
    const failures: Error[] = [];
    throwOnWatch = Object.assign(new Error('EMFILE: too many open files, watch'), { code: 'EMFILE' });
    await watchConfigFile(
      path.join(dir, 'openclaw.json'),
      () => undefined,
      (error) => failures.push(error),
    );
    expect(failures).toEqual([throwOnWatch]);
    throwOnWatch = null;
  });
});
