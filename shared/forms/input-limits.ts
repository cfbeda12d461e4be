/**
 * The ranges a typed model or provider number must fall in before it is saved: OpenClaw's
 * schema (positive; whole seconds), OpenClaw's context-window floor for the release judged
 * for (rule-ranges.json `context-window-minimum`; the pinned release's when none was found),
 * and the model's own size (an output limit below its context window).
 */
import { msg } from '../i18n/message';
import { PINNED_OPENCLAW_VERSION } from '../config/openclaw-release';
import { contextLimitRuns, contextLimitsFor } from '../rules/ranges';
import { accept, refuse, type InputResult } from './input';

/** The fewest tokens OpenClaw runs a model with (its hard minimum), for `version`. */
export function contextFloor(version: string | null): number {
  const own = contextLimitsFor(version ?? PINNED_OPENCLAW_VERSION);
  if (own) return own.hardMinTokens;
  const runs = contextLimitRuns();
  return runs[runs.length - 1]?.hardMinTokens ?? 1;
}

export function checkContextWindow(tokens: number, version: string | null): InputResult<number> {
  if (!Number.isInteger(tokens) || tokens <= 0) return refuse(msg('forms.limit.positiveWhole'));
  const min = contextFloor(version);
  if (tokens < min) return refuse(msg('forms.limit.contextBelowMin', { tokens, min }));
  return accept(tokens);
}

/** A model's output limit: positive, and below its context window when that is known (the prompt needs room). */
export function checkMaxTokens(tokens: number, contextWindow: number | undefined): InputResult<number> {
  if (!Number.isInteger(tokens) || tokens <= 0) return refuse(msg('forms.limit.positiveWhole'));
  if (contextWindow !== undefined && tokens >= contextWindow)
    return refuse(msg('forms.limit.maxTokensAboveContext', { tokens, context: contextWindow }));
  return accept(tokens);
}

export function checkTimeoutSeconds(seconds: number): InputResult<number> {
  if (!Number.isInteger(seconds) || seconds <= 0) return refuse(msg('forms.limit.positiveSeconds'));
  return accept(seconds);
}
