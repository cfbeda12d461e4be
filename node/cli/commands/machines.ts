/** `claw-control machines list|add|remove` and the cluster half of `fit --cluster`: several machines, one budget. */
import { gbNumber } from '@shared/units/memory';
import { type Command } from 'commander';
import type { CallOutput } from '@shared/api/contract';
import type { ClusterNode } from '@shared/cluster/cluster';
import type { MachinesReport } from '@shared/cluster/machines';
import { msg } from '@shared/i18n/message';
import { createTranslator, languageFromEnv, type Translator } from '@locales/translate';
import type { CliContext } from '../context';
import { CliError } from '../io';

const GB = gbNumber;

function nodeLine(t: Translator, node: ClusterNode): string {
  return t.message(
    msg('cluster.cli.node', {
      label: node.label,
      chip: node.chip ?? '?',
      usable: GB(node.usableBytes),
      estimate: node.usableIsEstimate ? t.message(msg('cluster.cli.estimate')) : '',
    }),
  );
}

export function describeMachines(t: Translator, report: MachinesReport): string[] {
  const lines: string[] = [];
  if (report.thisMachine) lines.push(`${t.message(msg('cluster.thisMachine'))}:`, nodeLine(t, report.thisMachine));
  for (const machine of report.machines) {
    lines.push(
      `${machine.label} [${machine.kind}] ${machine.url} — ${t.message(msg(`cluster.cli.state.${machine.state}`))}` +
        (machine.problem ? `: ${t.message(machine.problem)}` : ''),
    );
    for (const node of machine.kind === 'panel' ? [] : machine.nodes) lines.push(nodeLine(t, node));
    for (const server of machine.servers)
      lines.push(
        t.message(
          msg('cluster.cli.server', {
            provider: server.providerId,
            kind: server.kind ?? '?',
            state: t.message(msg(server.reachable ? 'cluster.cli.serverUp' : 'cluster.cli.serverDown')),
            loaded: server.loaded.length
              ? t.message(msg('cluster.cli.serverLoaded', { models: server.loaded.join(', ') }))
              : '',
          }),
        ),
      );
    if (machine.keptWarm.length)
      lines.push(
        t.message(
          msg('cluster.cli.kept', {
            refs: machine.keptWarm.map((k) => `${k.ref}${k.lastResult ? ` (${k.lastResult})` : ''}`).join(', '),
          }),
        ),
      );
    for (const instance of machine.instances)
      lines.push(
        t.message(
          msg('cluster.cli.loaded', {
            model: instance.modelId,
            count: instance.shards.length,
            ranges: instance.shards.map((s) => `${s.startLayer}–${s.endLayer - 1}`).join(', '),
          }),
        ),
      );
  }
  for (const node of report.manual) lines.push(nodeLine(t, node));
  if (!report.machines.length && !report.manual.length) lines.push(t.message(msg('cluster.cli.none')));
  const total = report.clusterNodes.reduce((sum, n) => sum + (n.usableBytes ?? 0), 0);
  lines.push(
    t.message(
      msg('cluster.cli.total', {
        count: report.clusterNodes.length,
        total: GB(total),
        source: t.message(msg(`cluster.cli.source.${report.clusterSource}`)),
      }),
    ),
  );
  return lines;
}

export function describeClusterFit(t: Translator, model: string, out: CallOutput<'fitOnCluster'>): string[] {
  const { fit, clusterSource } = out;
  const lines = [
    t.message(
      msg('cluster.cli.fitHeader', {
        model,
        quant: fit.total.quant ?? '?',
        tokens: fit.total.context.toLocaleString('en-US'),
        count: fit.nodes.length,
        source: t.message(msg(`cluster.cli.source.${clusterSource}`)),
      }),
    ),
  ];
  if (fit.total.weightBytes !== null)
    lines.push(
      t.message(
        msg('cluster.cli.fitSize', {
          weights: GB(fit.total.weightBytes),
          kv: GB(fit.total.kvBytes),
          layers: fit.nLayers ?? '?',
        }),
      ),
    );
  for (const node of fit.nodes)
    lines.push(
      t.message(
        msg('cluster.cli.fitNode', {
          label: node.label,
          layers: node.layers,
          need: GB(node.needBytes),
          usable: GB(node.usableBytes),
          mark: node.fits ? '✓' : '✗',
        }),
      ),
    );
  if (fit.skipped.length) lines.push(t.message(msg('cluster.cli.skipped', { labels: fit.skipped.join(', ') })));
  const short = fit.nodes.find((n) => !n.fits);
  lines.push(
    fit.verdict === 'fits'
      ? t.message(msg('cluster.verdict.fits', { count: fit.nodes.length }))
      : fit.verdict === 'does-not-fit' && short
        ? t.message(
            msg('cluster.verdict.doesNotFit', {
              label: short.label,
              need: GB(short.needBytes),
              layers: short.layers,
              usable: GB(short.usableBytes),
            }),
          )
        : t.message(
            msg('cluster.verdict.unknown', {
              why: t.message(
                msg(fit.nodes.length || fit.total.budgetBytes ? 'cluster.why.unsized' : 'cluster.why.noNodes'),
              ),
            }),
          ),
  );
  return lines;
}

export function registerMachines(program: Command, ctx: CliContext): void {
  const t = () => createTranslator(languageFromEnv(ctx.io.env));
  const machines = program.command('machines').description(ctx.help('machines.description'));

  machines
    .command('list', { isDefault: true })
    .description(ctx.help('machines.list'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const report = await ctx.call('getMachines');
      if (opts.json) return ctx.printJson(report);
      ctx.io.out(`${describeMachines(t(), report).join('\n')}\n`);
    });

  machines
    .command('add')
    .description(ctx.help('machines.add'))
    .option('--panel <url>', ctx.help('machines.panel'))
    .option('--exo <url>', ctx.help('machines.exo'))
    .option('--rpc <host:port>', ctx.help('machines.rpc'))
    .option('--token <token>', ctx.help('machines.token'))
    .option('--label <name>', ctx.help('machines.label'))
    .action(async (opts: { panel?: string; exo?: string; rpc?: string; token?: string; label?: string }) => {
      const given = (['panel', 'exo', 'rpc'] as const).filter((kind) => opts[kind]);
      if (given.length !== 1) throw new CliError(msg('cli.machines.giveOne'), 2);
      const kind = given[0]!;
      const report = await ctx.call('addMachine', {
        kind,
        url: opts[kind]!,
        ...(opts.token ? { token: opts.token } : {}),
        ...(opts.label ? { label: opts.label } : {}),
      });
      const added = report.machines[report.machines.length - 1];
      ctx.io.out(`${t().message(msg('cluster.cli.added', { label: added?.label ?? '' }))}\n`);
      ctx.io.out(`${describeMachines(t(), report).join('\n')}\n`);
    });

  machines
    .command('remove <id>')
    .description(ctx.help('machines.remove'))
    .action(async (id: string) => {
      await ctx.call('removeMachine', { id });
      ctx.io.out(`${t().message(msg('cluster.cli.removed', { id }))}\n`);
    });
}
