/** The ranges a typed number must fall in: OpenClaw's context floor (rule-ranges.json), an output limit inside the window. */
import { describe, expect, it } from 'vitest';
import { PINNED_OPENCLAW_VERSION } from '../config/openclaw-release';
import { contextLimitsFor } from '../rules/ranges';
import { checkContextWindow, checkMaxTokens, checkTimeoutSeconds, contextFloor } from './input-limits';

describe('input limits', () => {
  const floor = contextLimitsFor(PINNED_OPENCLAW_VERSION)!.hardMinTokens;

  it('takes the context floor from the rule ranges of the release judged for', () => {
    expect(contextFloor(null)).toBe(floor);
    expect(floor).toBeGreaterThan(128);
  });

  it('refuses a context window below OpenClaw’s minimum (the 128 that "128k" used to become)', () => {
    expect(checkContextWindow(128, null)).toEqual({
      ok: false,
      problem: { code: 'forms.limit.contextBelowMin', params: { tokens: 128, min: floor } },
    });
    expect(checkContextWindow(floor, null)).toEqual({ ok: true, value: floor });
    expect(checkContextWindow(0, null)).toMatchObject({ ok: false, problem: { code: 'forms.limit.positiveWhole' } });
  });

  it('refuses an output limit that fills the context window', () => {
    expect(checkMaxTokens(32768, 32768)).toMatchObject({
      ok: false,
      problem: { code: 'forms.limit.maxTokensAboveContext' },
    });
    expect(checkMaxTokens(8192, 32768)).toEqual({ ok: true, value: 8192 });
    expect(checkMaxTokens(8192, undefined)).toEqual({ ok: true, value: 8192 });
  });

  it('wants a whole, positive timeout', () => {
    expect(checkTimeoutSeconds(600)).toEqual({ ok: true, value: 600 });
    expect(checkTimeoutSeconds(0)).toMatchObject({ ok: false });
  });
});
