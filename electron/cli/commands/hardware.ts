/** `claw-control hardware` and `claw-control fit`: what this machine has, and whether a model fits it. */
import { type Command } from 'commander';
import { adviseFit, doesNotFitMessage, type FitResult } from '../../../shared/fit/advisor';
import { fitForRow, totalBudget } from '../../../shared/fit/config-fit';
import { createTranslator, languageFromEnv, type Translator } from '../../../locales/translate';
import { providerModels, providersOf } from '../../../shared/config/config-access';
import { parseModelRef } from '../../../shared/config/model-ref';
import { servedModels } from '../../../shared/servers/probe-result';
import type { HardwareReport } from '../../../shared/hardware/report';
import { msg } from '../../../shared/i18n/message';
import type { CliContext } from '../context';
import { CliError } from '../io';
import { describeClusterFit } from './machines';

const GB = (bytes: number | null) => (bytes === null ? 'unknown' : `${(bytes / 1e9).toFixed(1)} GB`);

function describeHardware(report: HardwareReport, tr: Translator): string[] {
  const lines = [
    `${report.machine} — ${report.os}`,
    `CPU: ${report.cpu.brand}, ${report.cpu.cores} cores`,
    `RAM: ${GB(report.memory.totalBytes)}`,
  ];
  for (const gpu of report.gpus) {
    const mig = gpu.mig.length ? `, MIG ${gpu.mig.map((d) => d.profile).join(' + ')}` : '';
    lines.push(
      gpu.kind === 'apple'
        ? `GPU: ${gpu.model || gpu.vendor} (apple), shares the unified memory`
        : `GPU: ${gpu.model || gpu.vendor} (${gpu.kind}), VRAM ${GB(gpu.vramBytes)}${gpu.vramFreeBytes !== null ? `, ${GB(gpu.vramFreeBytes)} free` : ''}${mig} — from ${gpu.source}`,
    );
  }
  if (report.apple) {
    lines.push(
      `Apple ${report.apple.chip}: ${report.apple.gpuCores ?? '?'} GPU cores, ${GB(report.apple.unifiedMemoryBytes)} unified memory`,
    );
    lines.push(
      `GPU working-set limit: ${GB(report.apple.wiredLimitBytes)}${report.apple.wiredLimitIsEstimate ? ' (estimated default)' : ''}; raise it with: ${report.apple.raiseCommand}`,
    );
  }
  lines.push(`Budget for models: ${GB(report.budget.bytes)} — ${tr.message(report.budget.explanation)}`);
  if (report.budget.bandwidthGBs) lines.push(`Memory bandwidth: ${report.budget.bandwidthGBs} GB/s`);
  for (const note of report.notes) lines.push(`note: ${tr.message(note)}`);
  return lines;
}

export function describeFit(label: string, fit: FitResult, tr: Translator = createTranslator('en')): string[] {
  const lines = [`${label}: ${fit.verdict}`];
  lines.push(
    `  weights ${GB(fit.weightBytes)} (${fit.quant ?? 'unknown quant'}${fit.weightSource === 'none' ? '' : `, from ${fit.weightSource}`}) + KV cache ${GB(fit.kvBytes)} at ${fit.context} tokens + compute buffer ${GB(fit.overheadBytes)} = ${GB(fit.totalBytes)} vs budget ${GB(fit.budgetBytes)}${fit.budgetKind === 'ram' ? ' (system RAM)' : ''}`,
  );
  if (fit.verdict === 'fits-smaller-context')
    lines.push(`  largest context that fits: ${fit.maxContext} tokens (set contextTokens to it)`);
  if (fit.verdict === 'does-not-fit')
    lines.push(`  ${tr.message(doesNotFitMessage(fit))}: short by ${GB(fit.shortByBytes)} even at 8K context`);
  if (fit.decode)
    lines.push(
      `  decode ≈ ${fit.decode.tokensPerSecond.toFixed(0)} tok/s at ${fit.decode.atContext} tokens (${fit.decode.bandwidthGBs} GB/s × ${fit.decode.efficiency} efficiency)`,
    );
  for (const missing of fit.missing) lines.push(`  ${tr.message(msg('listing.fit.missing', { what: missing }))}`);
  for (const assumption of fit.assumptions)
    lines.push(`  ${tr.message(msg('listing.fit.assumed', { what: assumption }))}`);
  return lines;
}

function parseCount(value: string): number {
  const n = Number(value.replace(/[_,]/g, '').replace(/k$/i, '000'));
  if (!Number.isInteger(n) || n <= 0) throw new CliError(`"${value}" is not a context length`, 2);
  return n;
}

export function registerHardware(program: Command, ctx: CliContext): void {
  program
    .command('hardware')
    .description('GPUs, unified memory, the GPU memory budget for models')
    .option('--refresh', 'probe again instead of using the cached result')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean; refresh?: boolean }) => {
      const { report, extraMachines } = await ctx.call('getHardware', { refresh: opts.refresh });
      const budget = totalBudget(report, extraMachines);
      // Added machines are read over the network (with a deadline each), so only when there are any.
      const cluster = (await (await ctx.services()).settings.get()).machines.length
        ? await ctx.call('getMachines')
        : null;
      if (opts.json)
        return ctx.printJson({
          ...report,
          extraMachines,
          totalBudgetBytes: budget.bytes,
          ...(cluster ? { cluster } : {}),
        });
      ctx.io.out(`${describeHardware(report, createTranslator(languageFromEnv(ctx.io.env))).join('\n')}\n`);
      if (extraMachines.length)
        ctx.io.out(
          `Other machines: ${extraMachines.map((m) => `${m.label} ${GB(m.memoryBytes)}`).join(', ')} → total ${GB(budget.bytes)}\n`,
        );
    });

  program
    .command('fit <model>')
    .description('will a model fit? <model> is a configured provider/model or a catalog id (e.g. minimax-m2.1)')
    .option('--quant <quant>', 'quantisation, e.g. Q4_K_M, Q8_0, UD-IQ2_M, MLX-4bit-gs32')
    .option(
      '--context <tokens>',
      'context length to check (default: the configured contextTokens/contextWindow, else the model maximum)',
    )
    .option('--gguf <file>', 'read the size and attention shape from a local GGUF file (first shard of a split file)')
    .option('--cluster', 'check it across the added machines (exo cluster or other panels), with each machine’s share')
    .option('--json', 'print JSON')
    .action(
      async (
        model: string,
        opts: { quant?: string; context?: string; gguf?: string; json?: boolean; cluster?: boolean },
      ) => {
        if (opts.cluster) {
          const context = opts.context ? parseCount(opts.context) : undefined;
          const out = await ctx.call('fitOnCluster', {
            model,
            ...(opts.quant ? { quant: opts.quant } : {}),
            ...(context ? { context } : {}),
          });
          if (opts.json) return ctx.printJson({ model, ...out });
          ctx.io.out(`${describeClusterFit(createTranslator(languageFromEnv(ctx.io.env)), model, out).join('\n')}\n`);
          return;
        }
        const [{ report, extraMachines }, document] = await Promise.all([
          ctx.call('getHardware', {}),
          ctx.call('getConfigDocument'),
        ]);
        const gguf = opts.gguf ? await ctx.call('readGguf', { path: opts.gguf }) : null;
        const budget = totalBudget(report, extraMachines);
        const ref = parseModelRef(model);
        const [providerId, provider] = ref
          ? (Object.entries(providersOf(document.config)).find(([id]) => id.toLowerCase() === ref.provider) ?? [])
          : [];
        const row = ref ? providerModels(provider).find((m) => m.id === ref.model) : undefined;
        const context = opts.context ? parseCount(opts.context) : undefined;
        // A configured model on a running local server: the size the server reports beats the catalog.
        const served =
          row && providerId && !gguf && !opts.quant
            ? servedModels((await ctx.call('getServerStatuses', {})).servers)(providerId, String(row.id))
            : null;
        const fit =
          row && !opts.quant
            ? fitForRow(context ? { ...row, contextTokens: context } : row, budget, served, gguf)
            : adviseFit({
                modelId: ref?.model ?? model,
                quant: opts.quant,
                context,
                knownWeightBytes: gguf ? { bytes: gguf.weightBytes, source: 'gguf' } : undefined,
                shape: gguf ?? undefined,
                budgetBytes: budget.bytes,
                bandwidthGBs: budget.bandwidthGBs,
                budgetKind: budget.kind,
              });
        if (opts.json) return ctx.printJson({ model, ...fit });
        ctx.io.out(`${describeFit(model, fit, createTranslator(languageFromEnv(ctx.io.env))).join('\n')}\n`);
      },
    );
}
