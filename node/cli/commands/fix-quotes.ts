/** `claw-control fix-quotes`: straighten typographic quotes (“ ” ‘ ’) that keep the config from parsing; shows the diff, writes with --yes. */
import type { Command } from 'commander';
import type { CliContext } from '../context';

export function registerFixQuotes(program: Command, ctx: CliContext): void {
  program
    .command('fix-quotes')
    .description('replace typographic quotes (“ ” ‘ ’) that break the config with straight ones; shows the diff first')
    .option('--yes', 'write the change (backup kept, same safe save as every edit)')
    .action(async (opts: { yes?: boolean }) => {
      const preview = await ctx.call('previewQuoteRepair');
      ctx.io.out(preview.diff);
      if (!opts.yes) {
        ctx.io.out('\nNothing written; run again with --yes to save this change.\n');
        return;
      }
      const saved = await ctx.call('repairQuotes', { baseHash: preview.baseHash });
      ctx.io.out(`\nSaved ${saved.path}${saved.backup ? ` (previous version in ${saved.backup})` : ''}.\n`);
    });
}
