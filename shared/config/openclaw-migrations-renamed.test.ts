/**
 * The renamed keys (openclaw-migrations-renamed.ts): one config per renamed key, each found,
 * explained (zh-CN too) and moved in one edit as OpenClaw 2026.9.6's doctor moves it
 * (dist/legacy-Dc3ci2cN.mjs, dist/doctor-config-flow-B6DPk2Av.mjs); refused for a release that
 * still reads the old key. test/integration/openclaw-renames.test.ts asks the real OpenClaw.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@locales/translate';
import { checkConfig } from './checks';
import { applyOperations } from './operations';
import { migrateRenamedKeys, oldSpellings, renamedKeys } from './openclaw-migrations-renamed';
import { OperationError } from './operation-error';
import type { ConfigObject } from './config-access';

const LOCAL = { baseUrl: 'http://127.0.0.1:1234/v1', timeoutSeconds: 600, models: [{ id: 'm', name: 'M' }] };

/** One config per renamed key, with what it becomes (OpenClaw 2026.9.6's doctor moves; mergeMissing: explicit new-key values win). */
const RENAMED_CASES: { name: string; before: ConfigObject; after: ConfigObject }[] = [
  {
    name: 'agents.defaults.memorySearch → memory.search',
    before: { agents: { defaults: { memorySearch: { enabled: true, provider: 'local' } } } },
    after: { agents: { defaults: {} }, memory: { search: { enabled: true, provider: 'local' } } },
  },
  {
    name: 'memorySearch (top level) → memory.search, explicit memory.search values kept',
    before: { memorySearch: { enabled: false, provider: 'local' }, memory: { search: { enabled: true } } },
    after: { memory: { search: { enabled: true, provider: 'local' } } },
  },
  {
    name: 'agents.entries.*.memorySearch → agents.entries.*.memory.search',
    before: { agents: { entries: { main: { memorySearch: { enabled: false } } } } },
    after: { agents: { entries: { main: { memory: { search: { enabled: false } } } } } },
  },
  {
    name: 'api "openai" → "openai-completions" (provider and model row)',
    before: {
      models: { providers: { lm: { ...LOCAL, api: 'openai', models: [{ id: 'm', name: 'M', api: 'openai' }] } } },
    },
    after: {
      models: {
        providers: {
          lm: { ...LOCAL, api: 'openai-completions', models: [{ id: 'm', name: 'M', api: 'openai-completions' }] },
        },
      },
    },
  },
  {
    name: 'agents.defaults.llm removed',
    before: { agents: { defaults: { llm: { idleTimeoutSeconds: 300 } } } },
    after: { agents: { defaults: {} } },
  },
  {
    name: 'media → attachments',
    before: { media: { ttlHours: 12 } },
    after: { attachments: { ttlHours: 12 } },
  },
  {
    name: 'audit → logging.audit, under what logging.audit already says',
    before: { audit: { enabled: true, messages: 'direct' }, logging: { level: 'info', audit: { enabled: false } } },
    after: { logging: { level: 'info', audit: { enabled: false, messages: 'direct' } } },
  },
];

const en = createTranslator('en');
const zh = createTranslator('zh-CN');

describe('renamed keys: found, explained, moved in one edit', () => {
  for (const { name, before, after } of RENAMED_CASES)
    it(name, () => {
      const found = checkConfig(before, '2026.9.6').filter((f) => f.code === 'openclaw-renamed-key');
      expect(found.map((f) => f.path)).toEqual(oldSpellings(before).map((k) => k.path));
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe('error');
        expect(en.message(f.ruleLine!)).toMatch(/^OpenClaw >=2026\.9\.6 · dist\//);
        // zh-CN: a full sentence of its own, not the English nor a missing key.
        const chinese = zh.message(f.message);
        expect(chinese).toMatch(/[\u4e00-\u9fff]/);
        expect(chinese).not.toBe(en.message(f.message));
        expect(chinese).not.toContain('upgrade.');
        expect(zh.message(f.fix!.label)).toMatch(/[\u4e00-\u9fff]/);
      }
      // The finding's own fix is the one edit: every old key moved, nothing else touched.
      const { config, notes } = applyOperations(before, found[0]!.fix!.operations);
      expect(config).toEqual(after);
      expect(migrateRenamedKeys(before).config).toEqual(after);
      expect(before).not.toEqual(after); // the input is untouched
      expect(zh.message(notes[0]!)).toMatch(/已把 \d+ 个改名的键/);
      expect(checkConfig(config, '2026.9.6').filter((f) => f.code === 'openclaw-renamed-key')).toEqual([]);
    });

  it('a release before the renames was not read: nothing claimed, and the migration is refused (it could break it)', () => {
    const before = RENAMED_CASES[0]!.before;
    expect(renamedKeys(before, '2026.9.5')).toEqual([]);
    expect(checkConfig(before, '2026.9.5').map((f) => f.code)).not.toContain('openclaw-renamed-key');
    expect(() => applyOperations(before, [{ op: 'migrateRenamedKeys', release: '2026.9.5' }])).toThrow(OperationError);
    try {
      applyOperations(before, [{ op: 'migrateRenamedKeys', release: '2026.9.5' }]);
    } catch (error) {
      expect(zh.message((error as OperationError).text)).toBe(
        'OpenClaw 2026.9.5 仍然读取旧键名，现在迁移会让它无法加载。请先把 OpenClaw 升级到 2026.9.6 或更高版本。',
      );
    }
    // No OpenClaw found: the pinned release's reading (it refuses the old keys).
    expect(renamedKeys(before, null).map((k) => k.path)).toEqual(['agents.defaults.memorySearch']);
  });
});
