/** `claw-control providers list|add|remove|rename|set|model`: the providers in models.providers. */
import { Option, type Command } from 'commander';
import { providerModels, providersOf } from '@shared/config/config-access';
import { MODEL_APIS, type ModelApi } from '@shared/config/openclaw-schema';
import { PRESET_IDS, presetProvider, type PresetId } from '@shared/config/presets';
import { effectiveEnv } from '@shared/config/env-refs';
import { providerLocation } from '@shared/config/provider-kind';
import { sourceFilesOf } from '@shared/config/include-sources';
import { describeCredential } from '@shared/config/secrets';
import { msg, type Message } from '@shared/i18n/message';
import type { CliContext } from '../context';
import { runEdit } from '../edit';
import { registerProviderModels } from './provider-models';

function credentialText(view: ReturnType<typeof describeCredential>): Message {
  switch (view.kind) {
    case 'none':
      return msg('listing.providers.noKey');
    case 'plain':
      return msg('listing.providers.plainKey', { masked: view.masked });
    case 'env':
      return msg('listing.providers.envKey', { variable: view.variable });
    case 'secret-ref':
      return msg('listing.providers.secretKey', { source: view.source, id: view.id });
  }
}

export function registerProviders(program: Command, ctx: CliContext): Command {
  const providers = program.command('providers').description(ctx.help('providers.description'));

  providers
    .command('list')
    .description(ctx.help('providers.list'))
    .option('--json', ctx.help('common.json'))
    .action(async (opts: { json?: boolean }) => {
      const document = await ctx.call('getConfigDocument');
      const entries = Object.entries(providersOf(document.config)).map(([id, value]) => {
        const provider = value as Record<string, unknown>;
        return {
          id,
          location: providerLocation(id, provider, effectiveEnv(document.config, ctx.io.env)),
          /** The `$include`d file it lives in (relative to the config folder), or null for the config itself. */
          file: sourceFilesOf(['models', 'providers', id], document.sources)?.join(', ') ?? null,
          baseUrl: typeof provider.baseUrl === 'string' ? provider.baseUrl : null,
          api: typeof provider.api === 'string' ? provider.api : null,
          credential: describeCredential(provider.apiKey),
          timeoutSeconds: typeof provider.timeoutSeconds === 'number' ? provider.timeoutSeconds : null,
          models: providerModels(provider).map((m) => ({
            id: m.id,
            name: m.name,
            contextWindow: m.contextWindow ?? null,
          })),
        };
      });
      if (opts.json) return ctx.printJson({ path: document.path, providers: entries });
      if (entries.length === 0)
        return ctx.io.out(`${ctx.text(msg('listing.providers.none', { path: document.path }))}\n`);
      const say = (m: Message) => ctx.text(m);
      for (const p of entries) {
        ctx.io.out(
          `${p.id} (${say(msg(`listing.providers.${p.location}`))}) ${p.baseUrl ?? say(msg('listing.providers.bundledUrl'))} ${p.api ?? ''} ${say(credentialText(p.credential))}${p.file ? `  [${p.file}]` : ''}\n`,
        );
        for (const m of p.models)
          ctx.io.out(
            `  ${p.id}/${String(m.id)}${typeof m.contextWindow === 'number' ? `  ${say(msg('listing.probe.ctx', { tokens: String(m.contextWindow) }))}` : ''}\n`,
          );
      }
    });

  providers
    .command('add <id>')
    .description(ctx.help('providers.add'))
    .addOption(
      new Option('--preset <preset>', ctx.help('providers.preset')).choices([...PRESET_IDS]).makeOptionMandatory(),
    )
    .option('--base-url <url>', ctx.help('providers.baseUrl'))
    .option('--api-key <key>', ctx.help('providers.apiKey'))
    .addOption(new Option('--api <api>', ctx.help('common.api')).choices([...MODEL_APIS]))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'))
    .action(
      async (
        id: string,
        opts: { preset: PresetId; baseUrl?: string; apiKey?: string; api?: ModelApi; dryRun?: boolean; json?: boolean },
      ) => {
        const provider = presetProvider(opts.preset, id, { baseUrl: opts.baseUrl, apiKey: opts.apiKey, api: opts.api });
        await runEdit(ctx, [{ op: 'keepMergeMode' }, { op: 'addProvider', id, provider }], opts);
      },
    );

  providers
    .command('remove <id>')
    .description(ctx.help('providers.remove'))
    .option('--remove-refs', ctx.help('common.removeRefs'))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'))
    .action(async (id: string, opts: { removeRefs?: boolean; dryRun?: boolean; json?: boolean }) => {
      await runEdit(ctx, [{ op: 'removeProvider', id, removeRefs: opts.removeRefs }], opts);
    });

  providers
    .command('rename <old> <new>')
    .description(ctx.help('providers.rename'))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'))
    .action(async (from: string, to: string, opts: { dryRun?: boolean; json?: boolean }) => {
      await runEdit(ctx, [{ op: 'renameProvider', from, to }], opts);
    });
  registerProviderModels(providers, ctx);
  return providers;
}
