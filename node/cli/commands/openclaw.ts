/** `claw-control openclaw`: which OpenClaw Claw Control follows; `openclaw use <path>` / `openclaw auto` change it. */
import type { Command } from 'commander';
import { createTranslator, languageFromEnv } from '@locales/translate';
import type { OpenClawInfo } from '@shared/api/schemas/openclaw';
import { msg } from '@shared/i18n/message';
import type { CliContext } from '../context';

/** Where it was found, as a `listing.openclaw.source.*` key. */
const SOURCES: Record<NonNullable<OpenClawInfo['source']>, string> = {
  flag: 'flag',
  setting: 'setting',
  env: 'env',
  path: 'path',
  'npm-prefix': 'npmPrefix',
  homebrew: 'homebrew',
};

export function formatOpenClawInfo(info: OpenClawInfo, ctx: CliContext): string {
  const t = createTranslator(languageFromEnv(ctx.io.env));
  const lines: string[] = [];
  const l = (key: string, params?: Record<string, string>) => t.message(msg(`listing.openclaw.${key}`, params));
  if (info.path)
    lines.push(
      l('found', {
        version: info.version ?? l('versionUnknown'),
        path: info.path,
        source: l(`source.${SOURCES[info.source!]}`),
      }),
    );
  else lines.push(l('notFound'));
  if (info.problem) lines.push(`  ${t.message(info.problem)}`);
  lines.push(
    l(info.schema.source === 'bundled' ? 'schemaBundled' : 'schemaInstalled', { version: info.schema.version }),
  );
  if (info.schema.note && info.path) lines.push(`  (${t.message(info.schema.note)})`);
  return lines.join('\n');
}

export function registerOpenClaw(program: Command, ctx: CliContext): void {
  const openclaw = program.command('openclaw').description(ctx.help('openclaw.description'));
  openclaw
    .command('show', { isDefault: true })
    .description(ctx.help('openclaw.show'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const info = await ctx.call('getOpenClawInfo');
      if (opts.json) return ctx.printJson(info);
      ctx.io.out(`${formatOpenClawInfo(info, ctx)}\n`);
    });
  openclaw
    .command('use <path>')
    .description(ctx.help('openclaw.use'))
    .action(async (binary: string) => {
      const info = await ctx.call('setOpenClawPath', { path: binary });
      ctx.io.out(`${formatOpenClawInfo(info, ctx)}\n`);
    });
  openclaw
    .command('auto')
    .description(ctx.help('openclaw.auto'))
    .action(async () => {
      const info = await ctx.call('setOpenClawPath', { path: null });
      ctx.io.out(`${formatOpenClawInfo(info, ctx)}\n`);
    });
}
