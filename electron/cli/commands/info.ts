/** `claw-control info`: the app version, the OpenClaw it follows, and which OpenClaw config it uses. */
import type { Command } from 'commander';
import type { ConfigSummary } from '../../../shared/api/schemas/config-summary';
import type { CliContext } from '../context';
import { formatOpenClawInfo } from './openclaw';

export function formatConfigSummary(summary: ConfigSummary): string {
  const lines = [`Config: ${summary.path} (${summary.source})`];
  if (summary.state === 'missing') lines.push('  No config yet: OpenClaw has not written this file.');
  if (summary.state === 'unreadable') lines.push(`  Cannot read it: ${summary.ioError}`);
  if (summary.state === 'malformed' && summary.parseError) {
    const { line, column, message } = summary.parseError;
    lines.push(`  Does not parse${line !== null ? ` at line ${line}, column ${column}` : ''}: ${message}`);
  }
  if (summary.summary) {
    const s = summary.summary;
    lines.push(`  Providers: ${s.providerIds.length ? s.providerIds.join(', ') : 'none'} (${s.modelCount} models)`);
    lines.push(`  Primary:   ${s.primary ?? 'not set'}`);
    lines.push(`  Fallbacks: ${s.fallbacks.length ? s.fallbacks.join(' → ') : 'none'}`);
    if (s.mode) lines.push(`  Mode:      ${s.mode}`);
  }
  if (summary.readOnly) lines.push(`  Read-only: ${summary.readOnlyReason}`);
  return lines.join('\n');
}

export function registerInfo(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description('show the version, the installed OpenClaw and the OpenClaw config in use')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const [app, config, openclaw] = await Promise.all([
        ctx.call('getAppInfo'),
        ctx.call('getConfigSummary'),
        ctx.call('getOpenClawInfo'),
      ]);
      if (opts.json) return ctx.printJson({ app, config, openclaw });
      ctx.io.out(`Claw Control ${app.version} (${app.platform}/${app.arch}, Node ${app.nodeVersion})\n`);
      ctx.io.out(`${formatOpenClawInfo(openclaw, ctx)}\n`);
      ctx.io.out(`${formatConfigSummary(config)}\n`);
    });
}
