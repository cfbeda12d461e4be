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

function rowOptions(command: Command): Command {
  return command
    .option('--name <name>', 'the name OpenClaw shows for it')
    .option(
      '--context-window <tokens>',
      'contextWindow: the context the model has',
      positiveInteger('--context-window'),
    )
    .option(
      '--context-tokens <tokens>',
      'contextTokens: the context OpenClaw uses (at most contextWindow)',
      positiveInteger('--context-tokens'),
    )
    .option('--max-tokens <tokens>', 'maxTokens: the most tokens it writes per answer', positiveInteger('--max-tokens'))
    .option('--input <kinds>', `what it reads, comma-separated (${MODEL_INPUTS.join(', ')})`, inputKinds)
    .option('--reasoning', 'it is a reasoning model')
    .option('--no-reasoning', 'it is not a reasoning model')
    .option('--dry-run', 'print the diff and write nothing')
    .option('--json', 'print JSON');
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
  const model = providers.command('model').description("add, change or remove a provider's model rows");

  rowOptions(model.command('add <provider> <id>').description('add a model row (input defaults to text)')).action(
    async (provider: string, id: string, opts: RowFlags) => {
      const fields = rowFields({ ...opts, input: opts.input ?? DEFAULT_INPUT });
      const row = { id, name: opts.name ?? id, ...fields };
      await runEdit(ctx, [{ op: 'addModel', provider, model: row }], opts);
    },
  );

  rowOptions(model.command('set <provider> <id>').description("change a model row's fields")).action(
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
    .description('remove a model row')
    .option('--remove-refs', 'also remove the primary/fallback/alias references to it')
    .option('--dry-run', 'print the diff and write nothing')
    .option('--json', 'print JSON')
    .action(async (provider: string, id: string, opts: EditFlags & { removeRefs?: boolean }) => {
      await runEdit(ctx, [{ op: 'removeModel', provider, id, removeRefs: opts.removeRefs }], opts);
    });

  providers
    .command('set <id>')
    .description("change a provider's base URL, API or timeout")
    .option('--base-url <url>', 'where its OpenAI-compatible server listens (ends in /v1)')
    .addOption(new Option('--api <api>', 'API protocol').choices([...MODEL_APIS]))
    .option(
      '--timeout <seconds>',
      'timeoutSeconds: how long a request (and a cold load) may take',
      positiveInteger('--timeout'),
    )
    .option('--dry-run', 'print the diff and write nothing')
    .option('--json', 'print JSON')
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
