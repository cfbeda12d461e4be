/** `claw-control check-upgrade`: will the config load in another OpenClaw release (its schema file, or its openclaw)? */
import type { Command } from 'commander';
import { issueDetail } from '@shared/config/issue-detail';
import { msg } from '@shared/i18n/message';
import type { CliContext } from '../context';
import { CliError } from '../io';

export function registerCheckUpgrade(program: Command, ctx: CliContext): void {
  program
    .command('check-upgrade')
    .description(ctx.help('checkUpgrade.description'))
    .option('--schema <file>', ctx.help('checkUpgrade.schema'))
    .option('--openclaw-bin <path>', ctx.help('checkUpgrade.openclaw'))
    .option('--release <version>', ctx.help('checkUpgrade.release'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { schema?: string; openclawBin?: string; release?: string; json?: boolean }) => {
      const report = await ctx.call('checkUpgrade', {
        ...(opts.schema ? { schemaPath: opts.schema } : {}),
        ...(opts.openclawBin ? { openclawPath: opts.openclawBin } : {}),
        ...(opts.release ? { release: opts.release } : {}),
      });
      const params = { version: report.version, schema: report.schema };
      if (opts.json) ctx.printJson(report);
      else {
        const error = ctx.text(msg('cli.severity.error')).padEnd(7);
        for (const issue of report.issues)
          ctx.io.out(`${error} ${ctx.text(msg('config.issue', { path: issue.path, detail: issueDetail(issue) }))}\n`);
        for (const key of report.renamed) ctx.io.out(`${error} ${key.path}: ${ctx.text(key.message)}\n`);
        if (report.renamed.length > 0)
          ctx.io.out(
            `${ctx.text(msg('upgrade.renamedThere', { path: report.renamed.map((k) => k.path).join(', '), version: report.version }))}\n`,
          );
        if (report.loads) ctx.io.out(`${ctx.text(msg('upgrade.loads', params))}\n`);
      }
      if (!report.loads)
        throw new CliError(ctx.text(msg('upgrade.wontLoad', { ...params, count: report.issues.length })));
    });
}
