/** `claw-control validate`: our schema and checks, plus the user's `openclaw config validate` when installed. */
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { msg } from '@shared/i18n/message';
import { issueDetail } from '@shared/config/issue-detail';
import type { ConfigIssue } from '@shared/config/validate';
import { judgedForLine } from '@shared/rules/judged';
import { CliError } from '../io';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description(ctx.help('validate'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const report = await ctx.call('validateConfigFile');
      // OpenClaw's verdict stands when it answered (our schema issues then explain); rule-book errors always count.
      const invalid = !report.verdict.valid || report.findings.some((f) => f.severity === 'error');
      if (opts.json) {
        ctx.printJson({ valid: !invalid, ...report });
      } else {
        const error = ctx.text(msg('cli.severity.error')).padEnd(7);
        const issueLine = (issue: ConfigIssue) =>
          ctx.text(msg('config.issue', { path: issue.path, detail: issueDetail(issue) }));
        // Issues OpenClaw does not hold against the file are said as notes, not errors.
        const issueLabel =
          report.verdict.by === 'openclaw' && report.verdict.valid
            ? ctx.text(msg('cli.severity.info')).padEnd(7)
            : error;
        for (const issue of report.issues) ctx.io.out(`${issueLabel} ${issueLine(issue)}\n`);
        if (report.verdict.disagreement)
          ctx.io.out(`${ctx.text(msg('cli.note', { note: report.verdict.disagreement }))}\n`);
        // A finding about the file itself (it does not parse) names the file in its sentence and holds for every release.
        const aboutFile = (f: (typeof report.findings)[number]) => f.path === report.path;
        if (report.findings.some((f) => !aboutFile(f)))
          ctx.io.out(`${ctx.text(judgedForLine(report.openclawVersion))}\n`);
        for (const f of report.findings) {
          const fix = f.fix ? ` ${ctx.text(msg('cli.validate.fix', { fix: f.fix.label }))}` : '';
          const where = aboutFile(f) ? '' : `${f.path}: `;
          ctx.io.out(`${ctx.text(msg(`cli.severity.${f.severity}`)).padEnd(7)} ${where}${ctx.text(f.message)}${fix}\n`);
        }
        if (report.openclaw.ran) {
          ctx.io.out(
            `${ctx.text(msg(report.openclaw.valid ? 'cli.validate.openclawValid' : 'cli.validate.openclawInvalid'))}\n`,
          );
          for (const issue of report.openclaw.issues) ctx.io.out(`${error} ${issueLine(issue)} (OpenClaw)\n`);
        } else if (report.openclaw.noteMessage || report.openclaw.note) {
          const note = report.openclaw.noteMessage ?? msg('schemaIssue.openclawSays', { text: report.openclaw.note! });
          ctx.io.out(`${ctx.text(msg('cli.note', { note }))}\n`);
        }
        if (!invalid) ctx.io.out(`${ctx.text(msg('cli.validate.valid', { path: report.path }))}\n`);
      }
      if (invalid) throw new CliError(ctx.text(msg('cli.validate.invalid', { path: report.path })));
    });
}
