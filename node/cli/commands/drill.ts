/**
 * `claw-control check --drill [--json]`: the fallback drill — for each chain entry, would OpenClaw
 * reach it when the entries before it fail, and would it answer; names the first entry that would not
 * be reached and why. Exit 1 when an entry would not be reached or would not answer.
 */
import type { Translator } from '@locales/translate';
import { msg } from '@shared/i18n/message';
import type { DrillEntry } from '@shared/rules/drill/report';
import type { CliContext } from '../context';
import { CliError } from '../io';

const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '-' } as const;

function printEntry(ctx: CliContext, t: Translator, entry: DrillEntry): void {
  const reached = t.message(msg(entry.reached ? 'drill.panel.reached' : 'drill.panel.notReached'));
  const answers = t.message(
    msg(entry.answers === null ? 'drill.panel.notAsked' : entry.answers ? 'drill.panel.answers' : 'drill.panel.silent'),
  );
  ctx.io.out(`\n${entry.ref} (${entry.role}) — ${reached}, ${answers}\n`);
  for (const step of entry.steps) {
    const name = t.message(msg(`drill.step.${step.id}`)).padEnd(12);
    ctx.io.out(`  ${MARK[step.status]} ${name} ${t.message(step.summary)}\n`);
    if (step.status === 'pass' || step.status === 'skip') continue;
    for (const line of step.evidence) ctx.io.out(`      ${t.message(line)}\n`);
    if (step.fix) ctx.io.out(`      fix: ${t.message(step.fix.label)}\n`);
  }
}

export async function runDrill(ctx: CliContext, t: Translator, json: boolean): Promise<void> {
  const report = await ctx.call('runDrill', {});
  if (json) ctx.printJson(report);
  else {
    ctx.io.out(`${t.message(msg('drill.cli.header', { count: report.entries.length }))}\n`);
    ctx.io.out(
      `${t.message(report.openclawVersion ? msg('drill.panel.judgedFor', { version: report.openclawVersion }) : msg('drill.panel.versionUnknown'))}\n`,
    );
    report.entries.forEach((e) => printEntry(ctx, t, e));
    ctx.io.out(`\n${t.message(report.verdict)}\n`);
  }
  if (report.entries.some((e) => !e.reached || e.answers === false))
    throw new CliError(t.message(msg('drill.cli.failed')), 1);
}
