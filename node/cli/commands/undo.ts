/** `claw-control undo`: restores the version before Claw Control's last save. */
import type { Command } from 'commander';
import { msg } from '@shared/i18n/message';
import type { CliContext } from '../context';

export function registerUndo(program: Command, ctx: CliContext): void {
  program
    .command('undo')
    .description(ctx.help('undo'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const result = await ctx.call('undoLastSave');
      if (opts.json) return ctx.printJson(result);
      ctx.io.out(result.diff);
      ctx.io.out(`${ctx.text(msg('listing.undo.restored', { path: result.path }))}\n`);
    });
}
