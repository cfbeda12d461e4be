/**
 * `claw-control check [ref…] [--fix] [--cold] [--drill] [--json]`: the model check-up for the chain
 * (or the refs given) against the real servers; --fix saves every offered fix whose values
 * are plausible (fix-bounds.ts: a server's word is not trusted blindly) through the safe save
 * and checks again; the others are reported, never written. Exit 1 when a check fails.
 * `--drill` runs the fallback drill instead (drill.ts).
 */
import type { Command } from 'commander';
import { fixesOf, type CheckupEntry, type CheckupReport } from '@shared/checkup/types';
import { implausibleFix } from '@shared/checkup/fix-bounds';
import { SERVER_LABELS } from '@shared/servers/probe-result';
import { createTranslator, languageFromEnv, type Translator } from '@locales/translate';
import { msg } from '@shared/i18n/message';
import type { CliContext } from '../context';
import { CliError } from '../io';
import { runDrill } from './drill';
import { printEmbeddings } from './check-embeddings';

const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '-' } as const;

function printEntry(ctx: CliContext, t: Translator, entry: CheckupEntry): void {
  const server = entry.serverKind ? `, ${SERVER_LABELS[entry.serverKind]}` : '';
  ctx.io.out(`\n${entry.ref} (${entry.role}${server}) — ${entry.checkedAt}\n`);
  for (const check of entry.checks) {
    const name = t.message(msg(`checkup.check.${check.id}`)).padEnd(13);
    ctx.io.out(`  ${MARK[check.status]} ${name} ${t.message(check.summary)}\n`);
    if (check.status === 'pass' || check.status === 'skip') continue;
    for (const line of check.evidence) ctx.io.out(`      ${t.message(line)}\n`);
    if (check.fix) ctx.io.out(`      fix: ${t.message(check.fix.label)} (--fix)\n`);
  }
}

const failures = (report: CheckupReport) =>
  report.entries.reduce((n, e) => n + e.checks.filter((c) => c.status === 'fail').length, 0);

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description(ctx.help('check.description'))
    .argument('[refs...]', ctx.help('check.refs'))
    .option('--fix', ctx.help('check.fix'))
    .option('--cold', ctx.help('check.cold'))
    .option('--drill', ctx.help('check.drill'))
    .option('--json', ctx.help('common.json'))
    .action(async (refs: string[], opts: { fix?: boolean; cold?: boolean; drill?: boolean; json?: boolean }) => {
      const t = createTranslator(languageFromEnv(ctx.io.env));
      if (opts.drill) return runDrill(ctx, t, opts.json ?? false);
      const input = { refs: refs.length ? refs : undefined, cold: opts.cold };
      let report = await ctx.call('runCheckup', input);
      const { path, openclawVersion } = await ctx.call('getConfigDocument');
      if (!opts.json) {
        ctx.io.out(`${t.message(msg('checkup.cli.header', { count: report.entries.length, path }))}\n`);
        report.entries.forEach((e) => printEntry(ctx, t, e));
      }
      // The whole chain's check-up also looks at the memory search's embedding servers.
      const embeddings = refs.length ? [] : await ctx.call('checkEmbeddings', {});
      if (!opts.json) printEmbeddings(ctx, t, embeddings);
      let saved: unknown = null;
      let before: CheckupReport | null = null;
      let refused: { ref: string; reason: ReturnType<typeof msg> }[] = [];
      if (opts.fix) {
        const offered = fixesOf(report.entries).map((f) => ({ ...f, reason: implausibleFix(f.fix, openclawVersion) }));
        refused = offered.flatMap((f) => (f.reason ? [{ ref: f.ref, reason: f.reason }] : []));
        for (const r of refused)
          ctx.io.err(`${t.message(msg('checkup.cli.fixSkipped', { ref: r.ref, reason: r.reason }))}\n`);
        const fixes = offered.filter((f) => !f.reason);
        if (fixes.length === 0) {
          if (!opts.json) ctx.io.out(`\n${t.message(msg('checkup.cli.noFixes'))}\n`);
        } else {
          const operations = fixes.flatMap((f) => f.fix.operations);
          const preview = await ctx.call('previewConfigEdit', { operations });
          if (preview.blockers.length)
            throw new CliError(`the fixes could not be saved: ${preview.blockers.map((b) => t.message(b)).join('; ')}`);
          const result = await ctx.call('saveConfigEdit', { operations, baseHash: preview.baseHash });
          saved = result;
          if (!opts.json) {
            ctx.io.out(`\n${t.message(msg('checkup.cli.fixed', { count: fixes.length }))}\n`);
            for (const f of fixes) ctx.io.out(`  ${f.ref}: ${t.message(f.fix.label)}\n`);
            ctx.io.out(`Saved ${result.path}${result.backup ? ` (previous version in ${result.backup})` : ''}\n`);
            if (result.openclaw.ran) ctx.io.out('OpenClaw accepts the new config.\n');
          }
          before = report;
          report = await ctx.call('runCheckup', { refs: report.entries.map((e) => e.ref), cold: false });
          if (!opts.json) report.entries.forEach((e) => printEntry(ctx, t, e));
        }
      }
      const extra = embeddings.length ? { embeddings } : {};
      if (opts.json)
        ctx.printJson(
          before || refused.length
            ? { ...report, ...extra, ...(before ? { before, saved } : {}), refused }
            : { ...report, ...extra },
        );
      const failed = failures(report) + embeddings.filter((e) => e.status === 'fail').length;
      if (failed > 0) throw new CliError(t.message(msg('checkup.cli.failed', { count: failed })), 1);
    });
}
