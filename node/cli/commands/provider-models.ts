/**
 * `claw-control providers model add|set|remove <provider> <id>` and `providers set <id>`:
 * a provider's model rows and connection fields from the command line, so the guidance's
 * setups (including a custom server that is down) need no hand editing.
 */
import { Option, type Command } from 'commander';
import { MODEL_APIS, MODEL_INPUTS, type ModelApi } from '@shared/config/openclaw-schema';
import type { CliContext } from '../context';
import { runEdit, type EditFlags } from '../edit';
import { msg } from '@shared/i18n/message';
import { CliError } from '../io';

/** What a model added without --input reads: OpenClaw's own rows default to text (dist/defaults-*.mjs, 2026.9.6). */
const DEFAULT_INPUT = ['text'];

interface RowFlags extends EditFlags {
  name?: string;
  contextWindow?: number;
  contextTokens?: number;
  maxTokens?: number;
  input?: string[];
  reasoning?: boolean;
}

function positiveInteger(flag: string) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0) throw new CliError(msg('listing.usage.wholeNumber', { flag, text }));
    return value;
  };
}

function inputKinds(text: string, previous: string[] | undefined): string[] {
  const kinds = text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = kinds.filter((k) => !(MODEL_INPUTS as readonly string[]).includes(k));
  if (unknown.length)
    throw new CliError(
      msg('listing.usage.inputKinds', { allowed: MODEL_INPUTS.join(', '), unknown: unknown.join(', ') }),
    );
  return [...new Set([...(previous ?? []), ...kinds])];
}

function rowOptions(command: Command, ctx: CliContext): Command {
  return command
    .option('--name <name>', ctx.help('model.name'))
    .option('--context-window <tokens>', ctx.help('model.contextWindow'), positiveInteger('--context-window'))
    .option('--context-tokens <tokens>', ctx.help('model.contextTokens'), positiveInteger('--context-tokens'))
    .option('--max-tokens <tokens>', ctx.help('model.maxTokens'), positiveInteger('--max-tokens'))
    .option('--input <kinds>', ctx.help('model.input', { kinds: MODEL_INPUTS.join(', ') }), inputKinds)
    .option('--reasoning', ctx.help('model.reasoning'))
    .option('--no-reasoning', ctx.help('model.noReasoning'))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'));
}

function rowFields(opts: RowFlags): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  // The seed's key order: name, reasoning, input, contextWindow, maxTokens.
  if (opts.name !== undefined) fields.name = opts.name;
  if (opts.reasoning !== undefined) fields.reasoning = opts.reasoning;
  if (opts.input !== undefined) fields.input = opts.input;
  if (opts.contextWindow !== undefined) fields.contextWindow = opts.contextWindow;
  if (opts.contextTokens !== undefined) fields.contextTokens = opts.contextTokens;
  if (opts.maxTokens !== undefined) fields.maxTokens = opts.maxTokens;
  return fields;
}

export function registerProviderModels(providers: Command, ctx: CliContext): void {
  const model = providers.command('model').description(ctx.help('model.description'));

  rowOptions(model.command('add <provider> <id>').description(ctx.help('model.add')), ctx).action(
    async (provider: string, id: string, opts: RowFlags) => {
      const fields = rowFields({ ...opts, input: opts.input ?? DEFAULT_INPUT });
      const row = { id, name: opts.name ?? id, ...fields };
      await runEdit(ctx, [{ op: 'addModel', provider, model: row }], opts);
    },
  );

  rowOptions(model.command('set <provider> <id>').description(ctx.help('model.set')), ctx).action(
    async (provider: string, id: string, opts: RowFlags) => {
      const set = rowFields(opts);
      if (Object.keys(set).length === 0)
        throw new CliError(
          msg('listing.usage.nothingToChange', {
            flags: '--name, --context-window, --context-tokens, --max-tokens, --input, --reasoning',
          }),
        );
      await runEdit(ctx, [{ op: 'updateModel', provider, id, set }], opts);
    },
  );

  model
    .command('remove <provider> <id>')
    .description(ctx.help('model.remove'))
    .option('--remove-refs', ctx.help('common.removeRefs'))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'))
    .action(async (provider: string, id: string, opts: EditFlags & { removeRefs?: boolean }) => {
      await runEdit(ctx, [{ op: 'removeModel', provider, id, removeRefs: opts.removeRefs }], opts);
    });

  providers
    .command('set <id>')
    .description(ctx.help('providers.set'))
    .option('--base-url <url>', ctx.help('providers.setBaseUrl'))
    .addOption(new Option('--api <api>', ctx.help('common.api')).choices([...MODEL_APIS]))
    .option('--timeout <seconds>', ctx.help('providers.timeout'), positiveInteger('--timeout'))
    .option('--dry-run', ctx.help('common.dryRun'))
    .option('--json', ctx.help('common.json'))
    .action(async (id: string, opts: EditFlags & { baseUrl?: string; api?: ModelApi; timeout?: number }) => {
      const set: Record<string, unknown> = {};
      if (opts.baseUrl !== undefined) set.baseUrl = opts.baseUrl;
      if (opts.api !== undefined) set.api = opts.api;
      if (opts.timeout !== undefined) set.timeoutSeconds = opts.timeout;
      if (Object.keys(set).length === 0)
        throw new CliError(msg('listing.usage.nothingToChange', { flags: '--base-url, --api, --timeout' }));
      await runEdit(ctx, [{ op: 'updateProvider', id, set }], opts);
    });
}
