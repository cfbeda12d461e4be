/** `claw-control doctor`: the troubleshooting list and every check, most important first; exit 1 when something is wrong. */
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { msg } from '@shared/i18n/message';
import { CliError } from '../io';
import { ruleLine, ruleSource } from '@shared/rules/sources';

export function registerDoctor(program: Command, ctx: CliContext): void {
  program
    .command('doctor')
    .description(ctx.help('doctor'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const { path, findings } = await ctx.call('runDoctor');
      const problems = findings.filter((f) => f.severity !== 'info');
      if (opts.json)
        ctx.printJson({
          path,
          ok: problems.length === 0,
          findings: findings.map((f) => ({ ...f, rule: ruleSource(f.code) })),
        });
      else {
        ctx.io.out(`${ctx.text(msg('cli.doctor.header', { path }))}\n`);
        if (findings.length === 0) ctx.io.out(`${ctx.text(msg('cli.doctor.allGood'))}\n`);
        findings.forEach((f, i) => {
          const severity = ctx.text(msg(`cli.severity.${f.severity}`)).padEnd(7);
          const fix = f.fix ? `\n    ${ctx.text(msg('cli.doctor.fix', { fix: f.fix.label }))}` : '';
          const line = f.ruleLine ?? ruleLine(f.code);
          const rule = line ? `\n    ${ctx.text(msg('cli.doctor.rule', { rule: line }))}` : '';
          ctx.io.out(`${String(i + 1).padStart(2)}. ${severity} ${ctx.text(f.message)}${fix}${rule}\n`);
        });
      }
      if (problems.length > 0) throw new CliError(ctx.text(msg('cli.doctor.problems', { count: problems.length })), 1);
    });
}
