/**
 * Bounds on what `check --fix` writes: a fix's numbers come from a server, which may say
 * anything (a context of 1 token, of 10^12). A context size is written only when it is a
 * whole number from OpenClaw's hard minimum (rule-ranges.json `context-window-minimum`, for
 * the installed release or, unknown, the newest) up to MAX_PLAUSIBLE_CONTEXT_TOKENS; any
 * other fix is reported and not written.
 */
import type { ConfigOperation } from '../config/operations';
import { msg, type Message } from '../i18n/message';
import { contextLimitRuns, contextLimitsFor } from '../rules/ranges';
import type { CheckFix } from './types';

/** Above every context a model ships with today (10M tokens, Llama 4 Scout) with room to spare. */
export const MAX_PLAUSIBLE_CONTEXT_TOKENS = 16 * 1024 * 1024;

/** OpenClaw's hard minimum context for `version` (the newest release's when unknown). */
export function contextHardMin(version: string | null): number {
  const own = contextLimitsFor(version);
  if (own) return own.hardMinTokens;
  const runs = contextLimitRuns();
  return runs[runs.length - 1]?.hardMinTokens ?? 0;
}

/** The context sizes an operation would write, by field name. */
function contextValues(op: ConfigOperation): [string, unknown][] {
  if (op.op !== 'updateModel') return [];
  const set = op.set as Record<string, unknown>;
  const found: [string, unknown][] = [];
  for (const key of ['contextTokens', 'contextWindow'])
    if (key in set && set[key] !== null && set[key] !== undefined) found.push([key, set[key]]);
  const params = set.params as Record<string, unknown> | undefined;
  if (params && typeof params === 'object' && 'num_ctx' in params) found.push(['params.num_ctx', params.num_ctx]);
  return found;
}

/** Why a fix must not be written (its first implausible value), or null when every value is plausible. */
export function implausibleFix(fix: CheckFix, version: string | null): Message | null {
  const min = contextHardMin(version);
  for (const op of fix.operations)
    for (const [field, value] of contextValues(op)) {
      const ok =
        typeof value === 'number' && Number.isInteger(value) && value >= min && value <= MAX_PLAUSIBLE_CONTEXT_TOKENS;
      if (!ok)
        return msg('checkup.cli.fixImplausible', {
          field,
          value: typeof value === 'number' ? value : String(JSON.stringify(value)).slice(0, 40),
          min,
          max: MAX_PLAUSIBLE_CONTEXT_TOKENS,
        });
    }
  return null;
}
