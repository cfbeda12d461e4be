/** `claw-control validate`: our schema and checks, plus the user's `openclaw config validate` when installed. */
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { CliError } from '../io';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('check the config with the built-in schema and, when installed, OpenClaw itself')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const report = await ctx.call('validateConfigFile');
      const errors = report.issues.length + report.findings.filter((f) => f.severity === 'error').length;
      const invalid = errors > 0 || (report.openclaw.ran && !report.openclaw.valid);
      if (opts.json) {
        ctx.printJson({ valid: !invalid, ...report });
      } else {
        for (const issue of report.issues) ctx.io.out(`error   ${issue.path}: ${issue.message}\n`);
        for (const f of report.findings)
          ctx.io.out(`${f.severity.padEnd(7)} ${f.path}: ${f.message}${f.fix ? ` (fix: ${f.fix.label})` : ''}\n`);
        if (report.openclaw.ran) {
          ctx.io.out(report.openclaw.valid ? 'OpenClaw: valid\n' : 'OpenClaw: invalid\n');
          for (const issue of report.openclaw.issues)
            ctx.io.out(`error   ${issue.path}: ${issue.message} (OpenClaw)\n`);
        } else if (report.openclaw.note) {
          ctx.io.out(`note: ${report.openclaw.note}\n`);
        }
        if (!invalid) ctx.io.out(`${report.path} is valid\n`);
      }
      if (invalid) throw new CliError(`${report.path} is not valid`);
    });
}
