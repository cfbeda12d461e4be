import { describe, expect, it } from 'vitest';
import { RULE_RANGES, contextLimitRuns } from './ranges';
import { contextMinimumVerdict } from './context-minimum';

// Context floors per OpenClaw release come from the committed shared/rules/rule-ranges.json
// (scripts/openclaw-rule-ranges.mjs, src/agents/context-window-guard.ts of each release).
const runs = contextLimitRuns();
const firstOf = (range: string) => /^>=(\S+)/.exec(range)![1]!;

describe('contextMinimumVerdict', () => {
  it('uses the floor of the installed release, for a version inside each range', () => {
    for (const run of runs) {
      const version = firstOf(run.range);
      expect(contextMinimumVerdict(run.hardMinTokens - 1, version)).toEqual({
        status: 'fail',
        evidence: [
          {
            code: 'checkup.context.belowHardMin',
            params: { tokens: run.hardMinTokens - 1, min: run.hardMinTokens, range: run.range },
          },
        ],
      });
      expect(contextMinimumVerdict(run.hardMinTokens, version).status).toBe('warn');
      expect(contextMinimumVerdict(run.warnBelowTokens - 1, version).status).toBe('warn');
      expect(contextMinimumVerdict(run.warnBelowTokens, version)).toEqual({ status: 'pass', evidence: [] });
    }
  });

  it('2026.9.6 refuses below 4,000 and warns below 8,000; older releases refused 8,000', () => {
    expect(contextMinimumVerdict(3999, '2026.9.6').status).toBe('fail');
    expect(contextMinimumVerdict(7999, '2026.9.6').status).toBe('warn');
    expect(contextMinimumVerdict(8000, '2026.9.6').status).toBe('pass');
    expect(contextMinimumVerdict(8000, RULE_RANGES.releases.first).status).toBe('fail');
  });

  it('outside the probed releases: the newest floor, the older one as a warning, and "not verified"', () => {
    const newest = runs.at(-1)!;
    const legacy = Math.max(...runs.map((r) => r.hardMinTokens));
    const unverified = contextMinimumVerdict(newest.hardMinTokens, '2099.1.1');
    expect(unverified.status).toBe('warn');
    expect(unverified.evidence[0]).toEqual({
      code: 'checkup.context.limitsUnverified',
      params: { version: '2099.1.1', range: newest.range },
    });
    expect(contextMinimumVerdict(newest.hardMinTokens - 1, null).status).toBe('fail');
    expect(contextMinimumVerdict(legacy - 1, null).evidence[0]?.code).toBe('checkup.context.belowLegacyMin');
    expect(contextMinimumVerdict(legacy, null)).toEqual({ status: 'pass', evidence: [] });
  });
});
