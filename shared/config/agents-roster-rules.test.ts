import { describe, expect, it } from 'vitest';
import { agentRefIssues, agentsRosterIssues, normalizeAgentId } from './agents-roster-rules';

describe('agent rules OpenClaw 2026.9.6 checks beyond its schema export', () => {
  it('the roster: ownership, markers, duplicate ids, at least one agent', () => {
    const paths = (agents: unknown) => agentsRosterIssues({ agents }).map((i) => i.path);
    expect(paths({ entries: { main: {} } })).toEqual([]);
    expect(paths({ entries: { a: {}, b: {} } })).toEqual(['agents.ownership']);
    expect(paths({ entries: { a: {}, b: {} }, ownership: 'explicit' })).toEqual([]);
    expect(paths({ entries: { a: { default: true }, b: { default: true } } })).toEqual(['agents.entries']);
    expect(paths({ entries: { a: { default: true } }, ownership: 'explicit' })).toEqual(['agents.ownership']);
    expect(paths({ entries: { Ops: {}, ops: {} }, ownership: 'explicit' })).toEqual(['agents.entries.ops']);
    expect(paths({ entries: {}, ownership: 'explicit' })).toEqual(['agents.entries']);
  });

  it('references to agents that are not in the roster', () => {
    const config = {
      agents: { entries: { main: {} }, defaults: { heartbeat: { agentId: 'ops' } } },
      talk: { agentId: 'MAIN' },
      bindings: [{ agentId: 'main' }, { agentId: 'support' }],
      broadcast: { strategy: 'parallel', 'group@g.us': ['main', 'writer'] },
    };
    expect(agentRefIssues(config).map((i) => i.path)).toEqual([
      'agents.defaults.heartbeat.agentId',
      'bindings.1.agentId',
      'broadcast.group@g.us.1',
    ]);
    expect(agentRefIssues(config)[0]!.message).toBe('Unknown agent id "ops" (not in agents.entries).');
  });

  it('normalizes ids as OpenClaw does', () => {
    expect(normalizeAgentId(' Main ')).toBe('main');
    expect(normalizeAgentId('a b!')).toBe('a-b');
    expect(normalizeAgentId('!!!')).toBe('main');
  });
});
