/**
 * Runs config edits for the CLI's write commands: `--dry-run` prints the unified diff
 * and writes nothing; otherwise the edit is saved through the same safe path as the
 * panel. Anything that would block the save ends the command with a non-zero exit and
 * leaves the file as it was. When another writer (the panel saving, an editor) changed the
 * file between the preview and the save, the edit is planned again on a fresh read and
 * saved if it still applies; after SAVE_ATTEMPTS misses the command gives up, writing nothing.
 */
import type { ConfigOperation } from '@shared/config/operations';
import type { CliContext } from './context';
import { msg, type Message } from '@shared/i18n/message';
import { CliError } from './io';

/** A finding the edit would introduce, with its severity in the user's language. */
const introducedLine = (ctx: CliContext, finding: { severity: string; message: Message }) =>
  `${ctx.text(msg('cli.finding', { severity: msg(`cli.severity.${finding.severity}`), message: finding.message }))}\n`;

export interface EditFlags {
  dryRun?: boolean;
  json?: boolean;
}

/** How many times a save is planned and tried before another writer's changes make the CLI give up. */
export const SAVE_ATTEMPTS = 5;
/** The problems that mean "someone else wrote first": plan again on a fresh read. */
const LOST_RACE = new Set(['CONFIG_CHANGED_ON_DISK', 'CONFLICT']);
/** A short, growing, jittered pause so two writers in a loop do not meet again at once. */
const pause = (attempt: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, 20 * attempt + Math.floor(Math.random() * 30)));

/** Plans the edit on the file as it is now and saves it; plans again when another writer got there first. */
async function saveInTurn(ctx: CliContext, operations: ConfigOperation[]) {
  for (let attempt = 1; ; attempt++) {
    const preview = await ctx.call('previewConfigEdit', { operations });
    try {
      const saved = await ctx.call('saveConfigEdit', {
        operations,
        baseHash: preview.baseHash,
        ...(ctx.force ? { confirm: true } : {}),
      });
      return { preview, saved };
    } catch (error) {
      if (!(error instanceof CliError) || !LOST_RACE.has(error.problem.code)) throw error;
      if (attempt >= SAVE_ATTEMPTS)
        throw new CliError({
          ...error.problem,
          message: msg('cli.edit.gaveUp', { path: preview.path, count: SAVE_ATTEMPTS }),
        });
      await pause(attempt);
    }
  }
}

export async function runEdit(ctx: CliContext, operations: ConfigOperation[], flags: EditFlags): Promise<void> {
  if (flags.dryRun) {
    const preview = await ctx.call('previewConfigEdit', { operations });
    if (flags.json) ctx.printJson(preview);
    else {
      ctx.io.out(preview.diff || `${ctx.text(msg('cli.edit.noChange', { path: preview.path }))}\n`);
      for (const note of preview.notes) ctx.io.out(`${ctx.text(msg('cli.note', { note }))}\n`);
      for (const finding of preview.introduced) ctx.io.err(introducedLine(ctx, finding));
    }
    if (preview.blockers.length)
      throw new CliError(
        ctx.text(msg('cli.edit.blocked', { reasons: preview.blockers.map((b) => ctx.text(b)).join('; ') })),
      );
    return;
  }
  const { preview, saved } = await saveInTurn(ctx, operations);
  if (flags.json) {
    ctx.printJson(saved);
    return;
  }
  if (!saved.diff) {
    ctx.io.out(`${ctx.text(msg('cli.edit.noChange', { path: saved.path }))}\n`);
    return;
  }
  ctx.io.out(
    `${ctx.text(saved.backup ? msg('cli.edit.savedWithBackup', { path: saved.file, backup: saved.backup }) : msg('cli.edit.saved', { path: saved.file }))}\n`,
  );
  if (saved.openclaw.ran) ctx.io.out(`${ctx.text(msg('cli.edit.openclawAccepts'))}\n`);
  for (const note of saved.notes) ctx.io.out(`${ctx.text(msg('cli.note', { note }))}\n`);
  for (const finding of preview.introduced) ctx.io.err(introducedLine(ctx, finding));
}

/** Parses a 1-based position argument. */
export function parsePosition(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(msg('listing.usage.position', { value }), 2);
  return n;
}
