/** `claw-control probe`, `warm` and `providers import`: local servers from the command line. */
import { gbNumber } from '@shared/units/memory';
import type { Command } from 'commander';
import { providerModels, providersOf } from '@shared/config/config-access';
import type { ConfigOperation } from '@shared/config/operations';
import { importableModels, modelRowFromProbe } from '@shared/servers/import';
import type { WarmLogEntry } from '@shared/servers/keep-warm-types';
import { SERVER_LABELS, type ServerProbe } from '@shared/servers/probe-result';
import { msg, type Message } from '@shared/i18n/message';
import type { CliContext } from '../context';
import { runEdit, type EditFlags } from '../edit';
import { CliError } from '../io';

export function describeProbe(probe: ServerProbe, text: (m: Message) => string): string[] {
  if (probe.problem) return [text(probe.problem.message), `  → ${text(probe.problem.advice)}`];
  const l = (key: string, params?: Record<string, string | number>) => text(msg(`listing.${key}`, params));
  const label =
    probe.kind === null
      ? l('probe.unknownServer')
      : probe.kind === 'openai-compatible'
        ? l('probe.openaiCompatible')
        : SERVER_LABELS[probe.kind];
  const server = `${label}${probe.version ? ` ${probe.version}` : ''}`;
  const extras = [
    ...(probe.lmstudioRest ? [l('probe.rest', { version: probe.lmstudioRest })] : []),
    ...(probe.responsesApi === null ? [] : [l(probe.responsesApi ? 'probe.responsesYes' : 'probe.responsesNo')]),
  ];
  const lines = [
    [l('probe.head', { url: probe.baseUrl, server, ms: probe.latencyMs ?? '?' }), ...extras].join(l('sep')),
  ];
  for (const m of probe.models) {
    const state = m.loaded === null ? '' : ` ${l(m.loaded ? 'probe.loaded' : 'probe.notLoaded')}`;
    const ctx = m.contextLength ?? m.maxContextLength;
    lines.push(
      `  ${m.id}${state}${ctx ? `  ${l('probe.ctx', { tokens: ctx })}` : ''}${m.type === 'embedding' ? `  ${l('probe.embedding')}` : ''}`,
    );
  }
  // A distributed engine (exo): its nodes with their memory.
  const gb = gbNumber;
  for (const node of probe.cluster?.nodes ?? [])
    lines.push(
      `  ${l('probe.node', { label: node.label, chip: node.chip ?? '?', total: gb(node.totalBytes), free: gb(node.availableBytes) })}`,
    );
  return lines;
}

/** One keep-warm log line; what happened is in the user's language (`LANG`). */
const logLine = (e: WarmLogEntry, text: (m: Message) => string) =>
  `${e.at}  ${e.ref}  ${e.method}  ${e.result}${e.latencyMs !== null ? `  ${e.latencyMs} ms` : ''}  ${text(e.text)}`;

export function registerServers(program: Command, providers: Command, ctx: CliContext): void {
  program
    .command('probe <baseUrl>')
    .description(ctx.help('probe.description'))
    .option('--api-key <key>', ctx.help('probe.apiKey'))
    .option('--json', ctx.help('common.json'))
    .action(async (baseUrl: string, opts: { apiKey?: string; json?: boolean }) => {
      const probe = await ctx.call('probeServer', { baseUrl, apiKey: opts.apiKey, checkResponses: true });
      if (opts.json) ctx.printJson(probe);
      else ctx.io.out(`${describeProbe(probe, ctx.text).join('\n')}\n`);
      if (probe.problem) throw new CliError(`${probe.problem.code}: ${ctx.text(probe.problem.advice)}`);
    });

  program
    .command('warm <ref>')
    .description(ctx.help('warm.description'))
    .option('--keep', ctx.help('warm.keep'))
    .option('--json', ctx.help('common.jsonLines'))
    .action(async (ref: string, opts: { keep?: boolean; json?: boolean }) => {
      const print = (entry: WarmLogEntry) =>
        opts.json ? ctx.io.out(`${JSON.stringify(entry)}\n`) : ctx.io.out(`${logLine(entry, ctx.text)}\n`);
      if (!opts.keep) {
        const entry = await ctx.call('warmModel', { ref });
        print(entry);
        if (entry.result === 'error') throw new CliError(ctx.text(entry.text));
        return;
      }
      const services = await ctx.services();
      const stop = services.events.subscribe((event) => event.name === 'keepWarmLog' && print(event.payload));
      services.servers.keepWarm.setKept(ref, true);
      await new Promise<void>((resolve) => {
        if (ctx.io.signal.aborted) resolve();
        else ctx.io.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      stop();
      services.servers.keepWarm.stop();
    });

  providers
    .command('import <id>')
    .description(ctx.help('providers.import'))
    .option('--all', ctx.help('providers.importAll'))
    .option('--model <id...>', ctx.help('providers.importModel'))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'))
    .action(async (id: string, opts: EditFlags & { all?: boolean; model?: string[] }) => {
      const { servers } = await ctx.call('getServerStatuses', { refresh: true });
      const status = servers.find((s) => s.providerId === id);
      if (!status) throw new CliError(ctx.text(msg('listing.import.notLocal', { id })));
      if (status.probe.problem)
        throw new CliError(`${ctx.text(status.probe.problem.message)}. ${ctx.text(status.probe.problem.advice)}`);
      const document = await ctx.call('getConfigDocument');
      const listed = providerModels(providersOf(document.config)[id]).map((m) => String(m.id));
      const candidates = importableModels(status.probe.models, listed);
      if (!opts.all && !opts.model?.length) {
        if (candidates.length === 0) return ctx.io.out(`${ctx.text(msg('listing.import.allConfigured', { id }))}\n`);
        ctx.io.out(`${ctx.text(msg('listing.import.candidates', { id }))}\n`);
        for (const m of candidates) {
          const tokens = m.maxContextLength ?? m.contextLength;
          ctx.io.out(`  ${m.id}${tokens ? `  ${ctx.text(msg('listing.probe.ctx', { tokens }))}` : ''}\n`);
        }
        return;
      }
      const chosen = opts.all
        ? candidates
        : (opts.model ?? []).map((wanted) => {
            const found = status.probe.models.find((m) => m.id === wanted);
            if (!found)
              throw new CliError(
                ctx.text(
                  msg('listing.import.notListed', { wanted, listed: status.probe.models.map((m) => m.id).join(', ') }),
                ),
              );
            return found;
          });
      const operations: ConfigOperation[] = chosen.map((m) => ({
        op: 'addModel',
        provider: id,
        model: modelRowFromProbe(m),
      }));
      if (operations.length === 0) return ctx.io.out(`${ctx.text(msg('listing.import.nothing'))}\n`);
      await runEdit(ctx, operations, opts);
    });
}
