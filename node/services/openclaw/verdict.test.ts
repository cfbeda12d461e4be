import { describe, expect, it } from 'vitest';
import { decideVerdict } from './verdict';

const issue = { path: 'agents.list', message: 'Unrecognized key: "list"' };

describe('decideVerdict: the installed OpenClaw decides; a disagreement is reported and logged, not enforced', () => {
  it('OpenClaw accepts what our check refuses: valid, nothing blocks, the user is told, a defect is logged', () => {
    const log: string[] = [];
    const verdict = decideVerdict([issue], { ran: true, valid: true, issues: [] }, '2026.9.6', (l) => log.push(l));
    expect(verdict).toMatchObject({ valid: true, by: 'openclaw', blocking: [] });
    expect(verdict.disagreement?.code).toBe('openclawReading.weRefuse');
    expect(log).toHaveLength(1);
    expect(log[0]).toContain('defect');
  });

  it('OpenClaw refuses what our check passes: its issues block, and the disagreement is logged', () => {
    const log: string[] = [];
    const theirs = { path: 'channels.qqbot', message: 'unknown channel id: qqbot' };
    const verdict = decideVerdict([], { ran: true, valid: false, issues: [theirs] }, '2026.9.6', (l) => log.push(l));
    expect(verdict).toMatchObject({ valid: false, blocking: [theirs] });
    expect(verdict.disagreement?.code).toBe('openclawReading.weAccept');
    expect(log).toHaveLength(1);
  });

  it('agreement says nothing; without OpenClaw our check decides', () => {
    const log: string[] = [];
    expect(decideVerdict([], { ran: true, valid: true, issues: [] }, 'x', (l) => log.push(l)).disagreement).toBeNull();
    expect(decideVerdict([issue], { ran: false, valid: true, issues: [] }, 'x', (l) => log.push(l))).toEqual({
      valid: false,
      by: 'schema',
      blocking: [issue],
      disagreement: null,
    });
    expect(log).toEqual([]);
  });
});
