/**
 * `claw-control models …`: the primary model, the fallback chain, aliases, the
 * guidance's layouts and the allow-list fix — all saved losslessly, with --dry-run.
 */
import { Argument, type Command } from 'commander';
import { modelChain } from '@shared/config/config-access';
import { LAYOUTS, type Layout } from '@shared/config/layouts';
import type { ConfigOperation } from '@shared/config/operations';
import { msg } from '@shared/i18n/message';
import type { CliContext } from '../context';
import { parsePosition, runEdit, type EditFlags } from '../edit';

function writeCommand(parent: Command, spec: string, description: string): Command {
  return parent
    .command(spec)
    .description(description)
    .option('--dry-run', 'print the diff and write nothing')
    .option('--json', 'print JSON');
}

export function registerModels(program: Command, ctx: CliContext): void {
  const models = program.command('models').description('primary model, fallbacks, aliases and layouts');
  const edit = (operations: ConfigOperation[], flags: EditFlags) => runEdit(ctx, operations, flags);

  writeCommand(
    models,
    'primary <ref>',
    'set the primary model (provider/model, an alias, or a unique model id)',
  ).action((ref: string, opts: EditFlags) => edit([{ op: 'setPrimary', ref }], opts));

  const fallbacks = models.command('fallbacks').description('the ordered fallback chain');
  fallbacks
    .command('list')
    .description('show the primary and the fallbacks in the order OpenClaw tries them')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const document = await ctx.call('getConfigDocument');
      const chain = modelChain(document.config);
      if (opts.json) return ctx.printJson(chain);
      const say = (key: string, params?: Record<string, number>) => ctx.text(msg(`listing.chain.${key}`, params));
      const rows: [string, string][] = [
        [say('primary'), chain.primary ?? say('notSet')],
        ...chain.fallbacks.map((f, i): [string, string] => [say('fallback', { n: i + 1 }), f]),
      ];
      // Chinese characters take two terminal columns.
      const columns = (label: string) =>
        [...label].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
      const width = Math.max(...rows.map(([label]) => columns(label)));
      for (const [label, ref] of rows) ctx.io.out(`${label}${' '.repeat(width - columns(label))}  ${ref}\n`);
      if (chain.fallbacks.length === 0) ctx.io.out(`${say('noFallbacks')}\n`);
    });
  writeCommand(fallbacks, 'add <ref>', 'add a fallback (at the end, or at --at N)')
    .option('--at <n>', 'position, 1 = first fallback')
    .action((ref: string, opts: EditFlags & { at?: string }) =>
      edit([{ op: 'addFallback', ref, position: opts.at === undefined ? undefined : parsePosition(opts.at) }], opts),
    );
  writeCommand(fallbacks, 'remove <ref>', 'remove a fallback').action((ref: string, opts: EditFlags) =>
    edit([{ op: 'removeFallback', ref }], opts),
  );
  writeCommand(fallbacks, 'move <ref> <position>', 'move a fallback to a position (1 = first)').action(
    (ref: string, position: string, opts: EditFlags) =>
      edit([{ op: 'moveFallback', ref, position: parsePosition(position) }], opts),
  );
  writeCommand(fallbacks, 'clear', 'remove every fallback').action((opts: EditFlags) =>
    edit([{ op: 'clearFallbacks' }], opts),
  );

  const alias = models.command('alias').description('short names for models (agents.defaults.models)');
  writeCommand(alias, 'set <ref> <alias>', 'give a model its alias (one per model)').action(
    (ref: string, name: string, opts: EditFlags) => edit([{ op: 'setAlias', ref, alias: name }], opts),
  );
  writeCommand(alias, 'remove <ref>', "remove a model's alias").action((ref: string, opts: EditFlags) =>
    edit([{ op: 'removeAlias', ref }], opts),
  );

  writeCommand(models, 'layout', "apply one of the guidance's layouts to the chain")
    .addArgument(new Argument('<layout>', 'hosted-primary | local-first | local-only').choices([...LAYOUTS]))
    .action((layout: Layout, opts: EditFlags) => edit([{ op: 'applyLayout', layout }], opts));

  const policy = models.command('policy').description('agents.defaults.modelPolicy (which models /model may pick)');
  writeCommand(policy, 'allow-all', 'let /model pick any model, so aliases do not act as an allow-list').action(
    (opts: EditFlags) => edit([{ op: 'setModelPolicy', allow: [] }], opts),
  );
}
