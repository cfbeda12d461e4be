/** `claw-control doctor`: the troubleshooting list and every check, most important first; exit 1 when something is wrong. */
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { CliError } from '../io';
import { formatRuleSource, ruleSource } from '../../../shared/doctor/rule-sources';

export function registerDoctor(program: Command, ctx: CliContext): void {
  program
    .command('doctor')
    .description('check the config, the local servers, the models and this machine; say what to do')
    .option('--json', 'print JSON')
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
        ctx.io.out(`Doctor for ${path}\n`);
        if (findings.length === 0) ctx.io.out('All good.\n');
        findings.forEach((f, i) =>
          ctx.io.out(
            `${String(i + 1).padStart(2)}. ${f.severity.padEnd(7)} ${f.message}${f.fix ? `\n    fix: ${f.fix.label} (in the panel)` : ''}${ruleSource(f.code) ? `\n    rule: ${formatRuleSource(ruleSource(f.code)!)}` : ''}\n`,
          ),
        );
      }
      if (problems.length > 0)
        throw new CliError(`${problems.length} problem${problems.length === 1 ? '' : 's'} found`, 1);
    });
}
