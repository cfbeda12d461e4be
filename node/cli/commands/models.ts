/**
 * `claw-control models …`: the primary model, the fallback chain, aliases, the
 * guidance's layouts and the allow-list fix — all saved losslessly, with --dry-run.
 */
import { Argument, type Command } from 'commander';
import { modelChain } from '@shared/config/config-access';
import { LAYOUTS, type Layout } from '@shared/config/layouts';
import type { ConfigOperation } from '@shared/config/operations';
import { msg } from '@shared/i18n/message';
import { columns } from '../columns';
import type { CliContext } from '../context';
import { parsePosition, runEdit, type EditFlags } from '../edit';
import type { HelpKey } from '../help-text';

function writeCommand(ctx: CliContext, parent: Command, spec: string, description: HelpKey): Command {
  return parent
    .command(spec)
    .description(ctx.help(description))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'));
}

export function registerModels(program: Command, ctx: CliContext): void {
  const models = program.command('models').description(ctx.help('models.description'));
  const edit = (operations: ConfigOperation[], flags: EditFlags) => runEdit(ctx, operations, flags);

  writeCommand(ctx, models, 'primary <ref>', 'models.primary').action((ref: string, opts: EditFlags) =>
    edit([{ op: 'setPrimary', ref }], opts),
  );

  const fallbacks = models.command('fallbacks').description(ctx.help('models.fallbacks'));
  fallbacks
    .command('list')
    .description(ctx.help('models.fallbacksList'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const document = await ctx.call('getConfigDocument');
      const chain = modelChain(document.config);
      if (opts.json) return ctx.printJson(chain);
      const say = (key: string, params?: Record<string, number>) => ctx.text(msg(`listing.chain.${key}`, params));
      const rows: [string, string][] = [
        [say('primary'), chain.primary ?? say('notSet')],
        ...chain.fallbacks.map((f, i): [string, string] => [say('fallback', { n: i + 1 }), f]),
      ];
      const width = Math.max(...rows.map(([label]) => columns(label)));
      for (const [label, ref] of rows) ctx.io.out(`${label}${' '.repeat(width - columns(label))}  ${ref}\n`);
      if (chain.fallbacks.length === 0) ctx.io.out(`${say('noFallbacks')}\n`);
    });
  writeCommand(ctx, fallbacks, 'add <ref>', 'models.fallbacksAdd')
    .option('--at <n>', ctx.help('models.at'))
    .action((ref: string, opts: EditFlags & { at?: string }) =>
      edit([{ op: 'addFallback', ref, position: opts.at === undefined ? undefined : parsePosition(opts.at) }], opts),
    );
  writeCommand(ctx, fallbacks, 'remove <ref>', 'models.fallbacksRemove').action((ref: string, opts: EditFlags) =>
    edit([{ op: 'removeFallback', ref }], opts),
  );
  writeCommand(ctx, fallbacks, 'move <ref> <position>', 'models.fallbacksMove').action(
    (ref: string, position: string, opts: EditFlags) =>
      edit([{ op: 'moveFallback', ref, position: parsePosition(position) }], opts),
  );
  writeCommand(ctx, fallbacks, 'clear', 'models.fallbacksClear').action((opts: EditFlags) =>
    edit([{ op: 'clearFallbacks' }], opts),
  );

  const alias = models.command('alias').description(ctx.help('models.alias'));
  writeCommand(ctx, alias, 'set <ref> <alias>', 'models.aliasSet').action(
    (ref: string, name: string, opts: EditFlags) => edit([{ op: 'setAlias', ref, alias: name }], opts),
  );
  writeCommand(ctx, alias, 'remove <ref>', 'models.aliasRemove').action((ref: string, opts: EditFlags) =>
    edit([{ op: 'removeAlias', ref }], opts),
  );

  writeCommand(ctx, models, 'layout', 'models.layout')
    .addArgument(new Argument('<layout>', ctx.help('models.layoutName')).choices([...LAYOUTS]))
    .action((layout: Layout, opts: EditFlags) => edit([{ op: 'applyLayout', layout }], opts));

  const policy = models.command('policy').description(ctx.help('models.policy'));
  writeCommand(ctx, policy, 'allow-all', 'models.allowAll').action((opts: EditFlags) =>
    edit([{ op: 'setModelPolicy', allow: [] }], opts),
  );
}
