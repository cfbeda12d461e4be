/** `claw-control hardware` and `claw-control fit`: what this machine has, and whether a model fits it. */
import { formatGB } from '@shared/units/memory';
import { type Command } from 'commander';
import { doesNotFitMessage, type FitResult } from '@shared/fit/advisor';
import { totalBudget } from '@shared/fit/config-fit';
import { KV_TYPES, type KvType } from '@shared/fit/model-shape';
import type { CallOutput } from '@shared/api/contract';
import { createTranslator, englishOf, languageFromEnv, type Translator } from '@locales/translate';
import type { HardwareReport } from '@shared/hardware/report';
import { msg, type Message } from '@shared/i18n/message';
import { againstMessages, detailMessages, headlineMessage } from '@shared/fit/answer-messages';
import { reportAgeMs } from '@node/platform/hardware-snapshot';
import type { CliContext } from '../context';
import { hardwareJson } from '../hardware-json';
import { CliError } from '../io';
import { describeClusterFit } from './machines';

const VERDICT_KEYS: Record<FitResult['verdict'], string> = {
  fits: 'fits',
  'fits-smaller-context': 'fitsSmallerContext',
  'does-not-fit': 'doesNotFit',
  unknown: 'unknown',
};

/** `listing.<key>` in the translator's language. */
const say = (tr: Translator, key: string, params?: Record<string, string | number | null>) =>
  tr.message(msg(`listing.${key}`, params));

function describeHardware(report: HardwareReport, tr: Translator): string[] {
  const GB = (bytes: number | null) => (bytes === null ? say(tr, 'hw.unknown') : formatGB(bytes));
  const lines = [
    `${report.machine} — ${report.os}`,
    say(tr, 'hw.cpu', { brand: report.cpu.brand, count: report.cpu.cores }),
    say(tr, 'hw.ram', { size: GB(report.memory.totalBytes) }),
  ];
  for (const gpu of report.gpus) {
    const mig = gpu.mig.length ? `, MIG ${gpu.mig.map((d) => d.profile).join(' + ')}` : '';
    const model = gpu.model || gpu.vendor;
    lines.push(
      gpu.kind === 'apple'
        ? say(tr, 'hw.appleGpu', { model })
        : say(tr, 'hw.gpu', {
            model,
            kind: gpu.kind,
            vram: GB(gpu.vramBytes),
            free: gpu.vramFreeBytes !== null ? say(tr, 'hw.free', { size: GB(gpu.vramFreeBytes) }) : '',
            mig,
            source: gpu.source,
          }),
    );
  }
  if (report.apple) {
    lines.push(
      say(tr, 'hw.apple', {
        chip: report.apple.chip,
        cores: report.apple.gpuCores ?? '?',
        size: GB(report.apple.unifiedMemoryBytes),
      }),
    );
    lines.push(
      say(tr, 'hw.wiredLimit', {
        size: GB(report.apple.wiredLimitBytes),
        estimate: report.apple.wiredLimitIsEstimate ? say(tr, 'hw.estimated') : '',
        command: report.apple.raiseCommand,
      }),
    );
  }
  lines.push(
    say(tr, 'hw.budget', { size: GB(report.budget.bytes), explanation: tr.message(report.budget.explanation) }),
  );
  if (report.budget.bandwidthGBs) lines.push(say(tr, 'hw.bandwidth', { gbs: report.budget.bandwidthGBs }));
  for (const note of report.notes) lines.push(tr.message(msg('cli.note', { note })));
  return lines;
}

export function describeFit(label: string, fit: FitResult, tr: Translator = createTranslator('en')): string[] {
  const GB = (bytes: number | null) => (bytes === null ? say(tr, 'hw.unknown') : formatGB(bytes));
  const lines = [`${label}: ${say(tr, `fit.verdict.${VERDICT_KEYS[fit.verdict]}`)}`];
  lines.push(
    `  ${say(tr, 'fit.numbers', {
      weights: GB(fit.weightBytes),
      quant: fit.quant ?? say(tr, 'fit.unknownQuant'),
      source:
        fit.weightSource === 'none' ? '' : say(tr, 'fit.from', { source: say(tr, `fit.source.${fit.weightSource}`) }),
      kv: GB(fit.kvBytes),
      tokensAt: fit.context,
      overhead: GB(fit.overheadBytes),
      total: GB(fit.totalBytes),
      budget: GB(fit.budgetBytes),
      ram: fit.budgetKind === 'ram' ? say(tr, 'fit.systemRam') : '',
    })}`,
  );
  if (fit.verdict === 'fits-smaller-context') lines.push(`  ${say(tr, 'fit.maxContext', { tokens: fit.maxContext })}`);
  if (fit.verdict === 'does-not-fit')
    lines.push(`  ${say(tr, 'fit.shortBy', { what: tr.message(doesNotFitMessage(fit)), gb: GB(fit.shortByBytes) })}`);
  if (fit.freeNowBytes !== null)
    lines.push(
      `  ${tr.message(msg('hardware.fit.freeNow', { free: GB(fit.freeNowBytes), needs: GB(fit.totalBytes) }))}`,
    );
  if (fit.decode)
    lines.push(
      `  ${say(tr, 'fit.decode', {
        tps: fit.decode.tokensPerSecond.toFixed(0),
        tokensAt: fit.decode.atContext,
        bandwidth: fit.decode.bandwidthGBs,
        efficiency: fit.decode.efficiency,
      })}`,
    );
  for (const missing of fit.missing) lines.push(`  ${say(tr, 'fit.missing', { what: tr.message(missing) })}`);
  for (const assumption of fit.assumptions) lines.push(`  ${say(tr, 'fit.assumed', { what: tr.message(assumption) })}`);
  return lines;
}

function parseCount(value: string): number {
  const n = Number(value.replace(/[_,]/g, '').replace(/k$/i, '000'));
  if (!Number.isInteger(n) || n <= 0) throw new CliError(msg('listing.usage.contextLength', { value }), 2);
  return n;
}

function parseKvType(value: string): KvType {
  const type = KV_TYPES.find((t) => t === value.toLowerCase());
  if (!type) throw new CliError(msg('fit.usage.kvType', { value, types: KV_TYPES.join(', ') }), 2);
  return type;
}

function parseLayers(option: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 1000) throw new CliError(msg('fit.usage.layers', { option, value }), 2);
  return n;
}

/** The headline (spare / over / can't tell) and what it was measured against, with other processes' use. */
function headlineAndAgainst(fit: CallOutput<'fitModel'>): Message[] {
  return [headlineMessage(fit), ...againstMessages(fit, fit.gpuProcesses)];
}

function parseParallel(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new CliError(msg('fit.usage.parallel', { value }), 2);
  return n;
}

/** How the name was understood and where the shape and weights came from. */
function describeSources(fit: CallOutput<'fitModel'>, tr: Translator): string[] {
  const from = (source: string | null) => tr.message(msg(`fit.source.${source ?? 'none'}`));
  return [
    `  ${tr.message(msg(`fit.resolved.${fit.resolved.kind}`, { ref: fit.resolved.ref }))}`,
    `  ${tr.message(
      msg('fit.figures', {
        shape: from(fit.sources.shape ?? (fit.catalogId ? 'catalog' : null)),
        weights: from(
          fit.sources.weights ??
            (fit.weightSource === 'catalog' ? 'catalog' : fit.weightSource === 'params' ? 'estimate' : null),
        ),
        kvType: fit.kvType,
      }),
    )}; ${tr.message(msg('fit.slots', { count: fit.parallel }))}`,
  ];
}

export function registerHardware(program: Command, ctx: CliContext): void {
  program
    .command('hardware')
    .description(ctx.help('hardware.description'))
    .option('--refresh', ctx.help('hardware.refresh'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean; refresh?: boolean }) => {
      const { report, extraMachines } = await ctx.call('getHardware', { refresh: opts.refresh });
      const budget = totalBudget(report, extraMachines);
      // Added machines are read over the network (with a deadline each), so only when there are any.
      const cluster = (await (await ctx.services()).settings.get()).machines.length
        ? await ctx.call('getMachines')
        : null;
      if (opts.json) return ctx.printJson(hardwareJson(report, extraMachines, budget.bytes, cluster));
      const tr = createTranslator(languageFromEnv(ctx.io.env));
      ctx.io.out(`${describeHardware(report, tr).join('\n')}\n`);
      // A report kept from an earlier run says how old it is.
      const minutes = Math.floor(reportAgeMs(report, Date.now()) / 60_000);
      if (minutes >= 1) ctx.io.out(`${tr.message(msg('ship2.snapshotAge', { count: minutes }))}\n`);
      if (extraMachines.length) {
        const GB = (bytes: number | null) => (bytes === null ? say(tr, 'hw.unknown') : formatGB(bytes));
        const list = extraMachines.map((m) => `${m.label} ${GB(m.memoryBytes)}`).join(', ');
        ctx.io.out(`${say(tr, 'hw.others', { list, total: GB(budget.bytes) })}\n`);
      }
    });

  program
    .command('fit <model>')
    .description(ctx.help('fit.description'))
    .option('--quant <quant>', ctx.help('fit.quant'))
    .option('--context <tokens>', ctx.help('fit.context'))
    .option('--gguf <file>', ctx.help('fit.gguf'))
    .option('--kv-type <type>', ctx.help('fit.kvType'))
    .option('--parallel <slots>', ctx.help('fit.parallel'))
    .option('--mmproj <file>', ctx.help('fit.mmproj'))
    .option('--gpu-layers <n>', ctx.help('fit.gpuLayers'))
    .option('--cpu-moe', ctx.help('fit.cpuMoe'))
    .option('--n-cpu-moe <n>', ctx.help('fit.nCpuMoe'))
    .option('--no-flash-attn', ctx.help('fit.noFlashAttn'))
    .option('--cluster', ctx.help('fit.cluster'))
    .option('--json', ctx.help('common.json'))
    .action(
      async (
        model: string,
        opts: {
          quant?: string;
          context?: string;
          gguf?: string;
          kvType?: string;
          parallel?: string;
          mmproj?: string;
          gpuLayers?: string;
          cpuMoe?: boolean;
          nCpuMoe?: string;
          flashAttn?: boolean;
          json?: boolean;
          cluster?: boolean;
        },
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
        const fit = await ctx.call('fitModel', {
          model,
          ...(opts.gguf ? { gguf: opts.gguf } : {}),
          ...(opts.quant ? { quant: opts.quant } : {}),
          ...(opts.context ? { context: parseCount(opts.context) } : {}),
          ...(opts.kvType ? { kvType: parseKvType(opts.kvType) } : {}),
          ...(opts.parallel ? { parallel: parseParallel(opts.parallel) } : {}),
          ...(opts.mmproj ? { mmproj: opts.mmproj } : {}),
          ...(opts.gpuLayers !== undefined ? { gpuLayers: parseLayers('--gpu-layers', opts.gpuLayers) } : {}),
          // --cpu-moe is every layer: the largest count, cut to the model's layers.
          ...(opts.cpuMoe ? { cpuMoeLayers: 1000 } : {}),
          ...(opts.nCpuMoe !== undefined ? { cpuMoeLayers: parseLayers('--n-cpu-moe', opts.nCpuMoe) } : {}),
          ...(opts.flashAttn === false ? { flashAttention: false } : {}),
        });
        const tr = createTranslator(languageFromEnv(ctx.io.env));
        const answers = [...headlineAndAgainst(fit), ...detailMessages(fit)];
        if (opts.json) return ctx.printJson({ model, ...fit, sentences: answers.map((m) => englishOf(m)) });
        ctx.io.out(
          `${[...describeFit(model, fit, tr), ...answers.map((m) => `  ${tr.message(m)}`), ...describeSources(fit, tr)].join('\n')}\n`,
        );
      },
    );
}
