import { describe, expect, it } from 'vitest';
import { migrateLikeOpenClaw, releaseAtLeast } from './openclaw-migrations';

describe('migrateLikeOpenClaw (OpenClaw 2026.9.6 load-time migrations)', () => {
  it('moves agents.list to agents.entries and drops a single default marker, on a copy', () => {
    const raw = { agents: { list: [{ id: 'main', default: true, model: 'x/y' }] } };
    const { config, changes } = migrateLikeOpenClaw(raw);
    expect(config).toEqual({ agents: { entries: { main: { model: 'x/y' } } } });
    expect(changes.map((c) => [c.id, c.path, c.exact])).toEqual([
      ['roster-list', 'agents.list', true],
      ['roster-default-markers', 'agents.list', true],
    ]);
    expect(raw.agents.list[0]!.default).toBe(true);
  });

  it('leaves a list OpenClaw cannot read as a roster (a non-canonical or repeated id, a non-object)', () => {
    for (const list of [[{ id: 'Main' }], [{ id: 'a' }, { id: 'a' }], ['main'], [{ name: 'no id' }]]) {
      const { config, changes } = migrateLikeOpenClaw({ agents: { list } });
      expect(config).toEqual({ agents: { list } });
      expect(changes).toEqual([]);
    }
  });

  it('keeps agents.list when agents.entries is there (OpenClaw reads entries, the schema refuses list)', () => {
    const raw = { agents: { entries: { main: {} }, list: [{ id: 'work' }] } };
    expect(migrateLikeOpenClaw(raw).config).toEqual(raw);
  });

  it('a marked multi-agent roster is read as explicitly owned, but that is not written and not exact', () => {
    const raw = { agents: { list: [{ id: 'main', default: true }, { id: 'work' }] } };
    const read = migrateLikeOpenClaw(raw);
    expect(read.config).toEqual({ agents: { entries: { main: {}, work: {} }, ownership: 'explicit' } });
    expect(read.changes.find((c) => c.id === 'roster-default-markers')?.exact).toBe(false);
    expect(migrateLikeOpenClaw(raw, null, 'write').config).toEqual({ agents: { entries: { main: {}, work: {} } } });
  });

  it('two markers, or a non-boolean one, are left for the schema to refuse', () => {
    const two = { agents: { entries: { a: { default: true }, b: { default: true } } } };
    expect(migrateLikeOpenClaw(two).config).toEqual(two);
    const odd = { agents: { entries: { a: { default: 'yes' } } } };
    expect(migrateLikeOpenClaw(odd).config).toEqual(odd);
  });

  it('reads the implicit main agent in memory only', () => {
    expect(migrateLikeOpenClaw({}).config).toEqual({ agents: { entries: { main: {} } } });
    expect(migrateLikeOpenClaw({ agents: { defaults: {} } }).config).toEqual({
      agents: { defaults: {}, entries: { main: {} } },
    });
    expect(migrateLikeOpenClaw({}, null, 'write')).toEqual({ config: {}, changes: [] });
  });

  it('bakes provider context budgets into model rows and drops agent-level contextTokens', () => {
    const raw = {
      models: { providers: { p: { contextWindow: 8192, models: [{ id: 'a' }, { id: 'b', contextWindow: 4096 }] } } },
      agents: { defaults: { contextTokens: 1000 }, entries: { main: { contextTokens: 5 } } },
    };
    const { config, changes } = migrateLikeOpenClaw(raw);
    expect(config).toEqual({
      models: {
        providers: {
          p: {
            models: [
              { id: 'a', contextWindow: 8192 },
              { id: 'b', contextWindow: 4096 },
            ],
          },
        },
      },
      agents: { defaults: {}, entries: { main: {} } },
    });
    expect(changes.map((c) => c.path)).toEqual([
      'models.providers.p.contextWindow',
      'agents.defaults.contextTokens',
      'agents.entries.main.contextTokens',
    ]);
    expect(raw.models.providers.p.contextWindow).toBe(8192);
  });

  it('drops GitHub Copilot discovery.enabled', () => {
    const raw = { plugins: { entries: { 'github-copilot': { config: { discovery: { enabled: false } } } } } };
    const { config, changes } = migrateLikeOpenClaw(raw, null, 'write');
    expect(config).toEqual({ plugins: { entries: { 'github-copilot': { config: {} } } } });
    expect(changes.map((c) => c.id)).toEqual(['copilot-discovery']);
  });

  it('applies only what the release applies (the roster move came with 2026.8.1)', () => {
    const raw = { agents: { list: [{ id: 'main' }] } };
    expect(migrateLikeOpenClaw(raw, '2026.7.1').changes).toEqual([]);
    expect(migrateLikeOpenClaw(raw, '2026.8.1').changes.map((c) => c.id)).toEqual(['roster-list']);
    expect(releaseAtLeast('2026.10.1', '2026.9.6')).toBe(true);
    expect(releaseAtLeast('2026.9.5', '2026.9.6')).toBe(false);
  });
});
