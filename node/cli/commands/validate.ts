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
      const errors = report.issues.length + report.findings.filter((f) => f.severity === 'error').length;
      const invalid = errors > 0 || (report.openclaw.ran && !report.openclaw.valid);
      if (opts.json) {
        ctx.printJson({ valid: !invalid, ...report });
      } else {
        const error = ctx.text(msg('cli.severity.error')).padEnd(7);
        const issueLine = (issue: ConfigIssue) =>
          ctx.text(msg('config.issue', { path: issue.path, detail: issueDetail(issue) }));
        for (const issue of report.issues) ctx.io.out(`${error} ${issueLine(issue)}\n`);
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
