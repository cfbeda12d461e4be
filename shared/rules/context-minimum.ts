/**
 * OpenClaw's context-window floor for the installed release (rule-ranges.json,
 * `context-window-minimum`: src/agents/context-window-guard.ts), as the check-up's verdict:
 * below the hard minimum OpenClaw refuses to run; below the warning line it warns. With the
 * version unknown or never probed, the newest release's floor applies and the largest older
 * floor still warns (users on those releases hit it).
 */
import { msg, type Message } from '../i18n/message';
import { RULE_RANGES, contextLimitRuns, contextLimitsFor, type RuleRangesFile } from './ranges';

export interface ContextVerdict {
  status: 'pass' | 'warn' | 'fail';
  evidence: Message[];
}

export function contextMinimumVerdict(
  tokens: number,
  version: string | null,
  file: RuleRangesFile = RULE_RANGES,
): ContextVerdict {
  const own = contextLimitsFor(version, file);
  if (own) {
    if (tokens < own.hardMinTokens)
      return {
        status: 'fail',
        evidence: [msg('checkup.context.belowHardMin', { tokens, min: own.hardMinTokens, range: own.range })],
      };
    if (tokens < own.warnBelowTokens)
      return {
        status: 'warn',
        evidence: [msg('checkup.context.belowWarn', { tokens, warn: own.warnBelowTokens, range: own.range })],
      };
    return { status: 'pass', evidence: [] };
  }
  const runs = contextLimitRuns(file);
  const newest = runs[runs.length - 1];
  if (!newest) throw new Error('rule-ranges.json has no context-window-minimum values');
  const legacy = runs.reduce((a, b) => (b.hardMinTokens > a.hardMinTokens ? b : a), newest);
  const evidence: Message[] =
    version === null ? [] : [msg('checkup.context.limitsUnverified', { version, range: newest.range })];
  if (tokens < newest.hardMinTokens)
    return {
      status: 'fail',
      evidence: [
        ...evidence,
        msg('checkup.context.belowHardMin', { tokens, min: newest.hardMinTokens, range: newest.range }),
      ],
    };
  if (tokens < legacy.hardMinTokens)
    return {
      status: 'warn',
      evidence: [
        ...evidence,
        msg('checkup.context.belowLegacyMin', {
          tokens,
          legacy: legacy.hardMinTokens,
          legacyRange: legacy.range,
          warn: newest.warnBelowTokens,
          range: newest.range,
        }),
      ],
    };
  return { status: 'pass', evidence: [] };
}
