/** `claw-control info`: the app version, the OpenClaw it follows, and which OpenClaw config it uses. */
import type { Command } from 'commander';
import type { ConfigSummary } from '@shared/api/schemas/config-summary';
import { msg, type Message } from '@shared/i18n/message';
import type { CliContext } from '../context';
import { formatOpenClawInfo } from './openclaw';

export function formatConfigSummary(summary: ConfigSummary, text: (m: Message) => string): string {
  const l = (key: string, params?: Record<string, string | number | null | Message>) =>
    text(msg(`listing.${key}`, params));
  const lines = [l('info.config', { path: summary.path, source: l(`info.source.${summary.source}`) })];
  if (summary.state === 'missing') lines.push(l('info.missing'));
  if (summary.state === 'unreadable') lines.push(l('info.unreadable', { detail: summary.ioError }));
  if (summary.state === 'malformed' && summary.parseError) {
    const { line, column, message } = summary.parseError;
    lines.push(
      line !== null
        ? l('info.malformedAt', { line, column, detail: message })
        : l('info.malformed', { detail: message }),
    );
  }
  if (summary.summary) {
    const s = summary.summary;
    const list = s.providerIds.length ? s.providerIds.join(', ') : l('none');
    lines.push(l('info.providers', { list, count: s.modelCount }));
    lines.push(l('info.primary', { ref: s.primary ?? l('notSet') }));
    lines.push(l('info.fallbacks', { list: s.fallbacks.length ? s.fallbacks.join(' → ') : l('none') }));
    if (s.mode) lines.push(l('info.mode', { mode: s.mode }));
  }
  if (summary.readOnly) lines.push(l('info.readOnly', { reason: summary.readOnlyReason }));
  return lines.join('\n');
}

export function registerInfo(program: Command, ctx: CliContext): void {
  program
    .command('info')
    .description(ctx.help('info'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const [app, config, openclaw] = await Promise.all([
        ctx.call('getAppInfo'),
        ctx.call('getConfigSummary'),
        ctx.call('getOpenClawInfo'),
      ]);
      if (opts.json) return ctx.printJson({ app, config, openclaw });
      ctx.io.out(`Claw Control ${app.version} (${app.platform}/${app.arch}, Node ${app.nodeVersion})\n`);
      ctx.io.out(`${formatOpenClawInfo(openclaw, ctx)}\n`);
      ctx.io.out(`${formatConfigSummary(config, ctx.text)}\n`);
    });
}
