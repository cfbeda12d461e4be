import { describe, expect, it } from 'vitest';
import { migrationFindings } from './migration-findings';
import { applyOperations } from './operations';
import { OperationError } from './operation-error';
import { migrateLikeOpenClaw } from './openclaw-migrations';

describe('what OpenClaw migrates: info findings and the one-click migration', () => {
  it('is information with a fix that writes the migrated form, never an error', () => {
    const config = { agents: { list: [{ id: 'main', default: true }] }, channels: { telegram: { botToken: 't' } } };
    const findings = migrationFindings(migrateLikeOpenClaw(config).changes);
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(findings[0]!.message.code).toBe('openclawReading.rosterList');
    const { config: migrated, notes } = applyOperations(config, findings[0]!.fix!.operations);
    expect(migrated).toEqual({ agents: { entries: { main: {} } }, channels: { telegram: { botToken: 't' } } });
    expect(notes).toEqual([{ code: 'openclawReading.applied', params: { count: 2 } }]);
    expect(migrationFindings(migrateLikeOpenClaw(migrated).changes)).toEqual([]);
  });

  it('offers no fix, and the operation refuses, where only openclaw doctor --fix can migrate', () => {
    const config = { agents: { list: [{ id: 'main', default: true }, { id: 'work' }] } };
    const findings = migrationFindings(migrateLikeOpenClaw(config).changes);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
    expect(() => applyOperations(config, [{ op: 'applyOpenClawMigrations' }])).toThrow(OperationError);
  });
});
