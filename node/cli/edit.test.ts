/** The CLI's save takes turns with other writers: a compare-and-swap miss is planned again on a fresh read. */
import { describe, expect, it } from 'vitest';
import { problem } from '@shared/api/problem';
import { msg } from '@shared/i18n/message';
import { createTranslator } from '@locales/translate';
import type { CliContext } from './context';
import { runEdit, SAVE_ATTEMPTS } from './edit';
import { CliError } from './io';

const english = (m: Parameters<CliContext['text']>[0]) => createTranslator('en', 'cli').message(m);

/** A context whose save loses the race `misses` times (another writer changed the file each time). */
function racingContext(misses: number) {
  const calls: { name: string; baseHash?: string }[] = [];
  let version = 0;
  let out = '';
  const ctx = {
    force: false,
    io: { out: (t: string) => (out += t), err: () => undefined },
    text: (m: Parameters<CliContext['text']>[0]) => english(m),
    printJson: () => undefined,
    async call(name: string, input: { baseHash?: string }) {
      calls.push({ name, baseHash: input.baseHash });
      if (name === 'previewConfigEdit')
        return {
          path: '/c/openclaw.json',
          baseHash: `h${version}`,
          diff: '-a\n+b\n',
          notes: [],
          introduced: [],
          blockers: [],
        };
      if (version < misses) {
        version++; // the panel saved in between
        throw new CliError(
          problem('CONFIG_CHANGED_ON_DISK', msg('config.changedOnDisk', { path: '/c/openclaw.json' })),
        );
      }
      return {
        path: '/c/openclaw.json',
        file: '/c/openclaw.json',
        diff: '-a\n+b\n',
        backup: null,
        notes: [],
        openclaw: { ran: false },
      };
    },
  } as unknown as CliContext;
  return { ctx, calls, out: () => out };
}

describe('runEdit: writers take turns', () => {
  it('plans again on a fresh read after another writer saved, and saves against the new hash', async () => {
    const { ctx, calls, out } = racingContext(3);
    await runEdit(ctx, [{ op: 'setPrimary', ref: 'lmstudio/x' }], {});
    expect(calls.map((c) => c.name)).toEqual([
      ...Array.from({ length: 4 }, () => ['previewConfigEdit', 'saveConfigEdit']).flat(),
    ]);
    expect(calls.filter((c) => c.name === 'saveConfigEdit').map((c) => c.baseHash)).toEqual(['h0', 'h1', 'h2', 'h3']);
    expect(out()).toMatch(/^Saved \/c\/openclaw\.json/);
  });

  it(`gives up after ${SAVE_ATTEMPTS} misses with a clear message, keeping the problem's code`, async () => {
    const { ctx, calls } = racingContext(1000);
    const error = await runEdit(ctx, [{ op: 'setPrimary', ref: 'lmstudio/x' }], {}).then(
      () => null,
      (e: unknown) => e as CliError,
    );
    expect(error?.problem.code).toBe('CONFIG_CHANGED_ON_DISK');
    expect(english(error!.problem.message)).toMatch(/kept changing .* tried 5 times, nothing written/);
    expect(calls.filter((c) => c.name === 'saveConfigEdit')).toHaveLength(SAVE_ATTEMPTS);
  });

  it('does not retry any other refusal', async () => {
    const { ctx, calls } = racingContext(0);
    const failing = {
      ...ctx,
      call: async (name: string, input: object) => {
        if (name === 'saveConfigEdit')
          throw new CliError(problem('CONFIG_READONLY', msg('config.changedOnDisk', { path: 'x' })));
        return (ctx.call as (n: string, i: object) => Promise<unknown>)(name, input);
      },
    } as unknown as CliContext;
    await expect(runEdit(failing, [{ op: 'setPrimary', ref: 'lmstudio/x' }], {})).rejects.toThrow(CliError);
    expect(calls.filter((c) => c.name === 'previewConfigEdit')).toHaveLength(1);
  });
});
