/** `claw-control openclaw`: which OpenClaw Claw Control follows; `openclaw use <path>` / `openclaw auto` change it. */
import type { Command } from 'commander';
import { createTranslator, languageFromEnv } from '../../../locales/translate';
import type { OpenClawInfo } from '../../../shared/api/schemas/openclaw';
import type { CliContext } from '../context';

const SOURCES: Record<NonNullable<OpenClawInfo['source']>, string> = {
  flag: '--openclaw',
  setting: 'set with `claw-control openclaw use`',
  env: 'OPENCLAW_BIN',
  path: 'PATH',
  'npm-prefix': "npm's global prefix",
  homebrew: 'Homebrew',
};

export function formatOpenClawInfo(info: OpenClawInfo, ctx: CliContext): string {
  const t = createTranslator(languageFromEnv(ctx.io.env));
  const lines: string[] = [];
  if (info.path)
    lines.push(`OpenClaw: ${info.version ?? 'version unknown'} at ${info.path} (${SOURCES[info.source!]})`);
  else lines.push('OpenClaw: not found');
  if (info.problem) lines.push(`  ${t.message(info.problem)}`);
  const schema =
    info.schema.source === 'bundled'
      ? `the schema of OpenClaw ${info.schema.version} shipped with Claw Control`
      : `the installed OpenClaw's own (${info.schema.version})`;
  lines.push(`  Schema:    ${schema}`);
  if (info.schema.note && info.path) lines.push(`  (${t.message(info.schema.note)})`);
  return lines.join('\n');
}

export function registerOpenClaw(program: Command, ctx: CliContext): void {
  const openclaw = program.command('openclaw').description('show or change which OpenClaw Claw Control follows');
  openclaw
    .command('show', { isDefault: true })
    .description('where OpenClaw is, its version, and the schema in use')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const info = await ctx.call('getOpenClawInfo');
      if (opts.json) return ctx.printJson(info);
      ctx.io.out(`${formatOpenClawInfo(info, ctx)}\n`);
    });
  openclaw
    .command('use <path>')
    .description('always use this openclaw binary (saved in Claw Control’s settings)')
    .action(async (binary: string) => {
      const info = await ctx.call('setOpenClawPath', { path: binary });
      ctx.io.out(`${formatOpenClawInfo(info, ctx)}\n`);
    });
  openclaw
    .command('auto')
    .description('find openclaw automatically again (OPENCLAW_BIN, PATH, npm, Homebrew)')
    .action(async () => {
      const info = await ctx.call('setOpenClawPath', { path: null });
      ctx.io.out(`${formatOpenClawInfo(info, ctx)}\n`);
    });
}
