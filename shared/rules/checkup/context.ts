/** Check-up rule 3, context: what the config says against what the server loaded, and the OpenClaw release's floor. */
import { asObject } from '../../config/config-access';
import { msg, type Message } from '../../i18n/message';
import type { GatheredFacts } from '../../checkup/facts';
import type { CheckFix, CheckResult, CheckStatus } from '../../checkup/types';
import { contextMinimumVerdict } from '../context-minimum';
import { conversationRoom, raiseAdvice } from './window';
import type { Obj, ResolvedEntry } from './entry';
import { num, result, updateRow } from './result';

/** `openclawVersion`: the installed OpenClaw's (null when unknown); its release's context floor applies. */
export function contextCheck(
  entry: ResolvedEntry,
  facts: GatheredFacts,
  openclawVersion: string | null = null,
): CheckResult {
  const model = facts.model;
  if (!facts.server || facts.server.problem || !model?.present)
    return result('context', 'skip', msg('checkup.skip.noServer'));
  if (!entry.row) return result('context', 'skip', msg('checkup.context.noRow'));
  const window = num(entry.row.contextWindow);
  const tokens = num(entry.row.contextTokens);
  const params = asObject(entry.row.params) ?? {};
  const numCtx = facts.server.kind === 'ollama' ? num(params.num_ctx) : null;
  const configured = numCtx ?? tokens ?? window;
  const loaded = model.loadedContext;
  const evidence: Message[] = [
    msg('checkup.context.configured', {
      values: [
        `contextWindow ${window ?? '—'}`,
        `contextTokens ${tokens ?? '—'}`,
        ...(numCtx !== null ? [`params.num_ctx ${numCtx}`] : []),
      ].join(', '),
    }),
  ];
  if (loaded === null) {
    evidence.push(msg(model.loaded === false ? 'checkup.context.notLoaded' : 'checkup.context.serverSilent'));
    return result('context', 'skip', msg('checkup.context.unknown'), evidence);
  }
  evidence.push(
    model.loaded === false
      ? msg('checkup.context.nextLoad', { tokens: loaded, source: model.loadedContextSource ?? '' })
      : msg('checkup.context.loaded', { tokens: loaded, source: model.loadedContextSource ?? '' }),
  );
  if (model.slots && model.slots > 1)
    evidence.push(msg('checkup.context.slots', { slots: model.slots, tokens: loaded }));
  if (model.maxContext) evidence.push(msg('checkup.context.native', { tokens: model.maxContext }));

  const set: Obj = {};
  let status: CheckStatus = 'pass';
  let summary = msg('checkup.context.ok', { configured, loaded });
  if (configured === null) {
    status = 'warn';
    summary = msg('checkup.context.unset', { loaded });
    set.contextTokens = loaded;
    if (!window) set.contextWindow = model.maxContext ?? loaded;
  } else if (configured > loaded) {
    status = 'fail';
    summary = msg('checkup.context.aboveLoaded', { configured, loaded });
    set.contextTokens = loaded;
    if (numCtx !== null) set.params = { ...params, num_ctx: loaded };
  } else if (configured < loaded && facts.server.kind === 'ollama') {
    status = 'warn';
    summary = msg('checkup.context.ollamaReload', { configured, loaded });
    set.contextTokens = loaded;
    if (numCtx !== null) set.params = { ...params, num_ctx: loaded };
  }
  if (window && model.maxContext && window > model.maxContext) {
    if (status === 'pass') {
      status = 'warn';
      summary = msg('checkup.context.windowAboveNative', { window, native: model.maxContext });
    }
    set.contextWindow = model.maxContext;
  }
  const smallest = Math.min(loaded, configured ?? loaded);
  const floor = contextMinimumVerdict(smallest, openclawVersion);
  evidence.push(...floor.evidence);
  if (floor.status === 'fail') status = 'fail';
  else if (floor.status === 'warn' && status === 'pass') status = 'warn';
  // What is left for the conversation after OpenClaw's reserve and its own prompt (window.ts).
  const room = conversationRoom(smallest);
  if (room.status === 'pass') evidence.push(room.message);
  else {
    if (summary.code === 'checkup.context.ok') summary = room.message;
    else evidence.push(room.message);
    if (status === 'pass') status = 'warn';
    // The server's window is what is small: say how to raise it there (the config cannot: Ollama runs
    // at its own num_ctx whatever OpenClaw believes, openclaw#142695). A config that caps a roomier
    // server lower gets the server's whole window.
    if (smallest === loaded) {
      const raise = raiseAdvice(facts.server.kind, entry.modelId ?? '', loaded, model.maxContext, model.slots ?? null);
      if (raise) evidence.push(raise);
    } else if (!set.contextTokens) set.contextTokens = loaded;
  }
  if (status !== 'pass' && summary.code === 'checkup.context.ok')
    summary = msg('checkup.context.small', { tokens: smallest });
  const fix: CheckFix | undefined = Object.keys(set).length
    ? {
        label: msg('checkup.fix.context', {
          changes: Object.entries(set)
            .map(([k, v]) => (k === 'params' ? `params.num_ctx: ${loaded}` : `${k}: ${String(v)}`))
            .join(', '),
        }),
        operations: [updateRow(entry, set)],
      }
    : undefined;
  return result('context', status, summary, evidence, fix);
}
