/** `claw-control fix-quotes`: straighten typographic quotes (“ ” ‘ ’) that keep the config from parsing; shows the diff, writes with --yes. */
import type { Command } from 'commander';
import { msg } from '@shared/i18n/message';
import type { CliContext } from '../context';

export function registerFixQuotes(program: Command, ctx: CliContext): void {
  program
    .command('fix-quotes')
    .description(ctx.help('fixQuotes.description'))
    .option('--yes', ctx.help('fixQuotes.yes'))
    .action(async (opts: { yes?: boolean }) => {
      const preview = await ctx.call('previewQuoteRepair');
      ctx.io.out(preview.diff);
      if (!opts.yes) {
        ctx.io.out(`\n${ctx.text(msg('cli.fixQuotes.notWritten'))}\n`);
        return;
      }
      const saved = await ctx.call('repairQuotes', { baseHash: preview.baseHash });
      const said = saved.backup
        ? msg('cli.edit.savedWithBackup', { path: saved.path, backup: saved.backup })
        : msg('cli.edit.saved', { path: saved.path });
      ctx.io.out(`\n${ctx.text(said)}\n`);
    });
}
