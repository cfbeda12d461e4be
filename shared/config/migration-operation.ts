/**
 * The one-click migration: `applyOpenClawMigrations` writes what OpenClaw would migrate when it
 * loads the file (shared/config/openclaw-migrations.ts, `write` mode), only when the user asks and
 * only when the result is exactly what OpenClaw builds itself; otherwise nothing changes and the
 * user is told to run `openclaw doctor --fix`. `migrateRenamedKeys` moves the keys a release renamed
 * (openclaw-migrations-renamed.ts). Registered in operations.ts and operation-schema.ts.
 */
import { z } from 'zod';
import { msg, type Message } from '../i18n/message';
import type { ConfigObject } from './config-access';
import { migrateLikeOpenClaw } from './openclaw-migrations';
import { migrateRenamedKeys, oldSpellings, refusesOldSpelling, renameOf } from './openclaw-migrations-renamed';
import { OperationError } from './operation-error';

export const MIGRATION_OPERATION_SCHEMAS = [
  z.object({ op: z.literal('applyOpenClawMigrations') }).strict(),
  /** Every renamed key moved at once, for the installed release (null: none found, the pinned one). */
  z.object({ op: z.literal('migrateRenamedKeys'), release: z.string().max(64).nullable() }).strict(),
] as const;
export type MigrationOperation = z.infer<(typeof MIGRATION_OPERATION_SCHEMAS)[number]>;

export function applyMigrationOperation(config: ConfigObject, op: MigrationOperation, notes: Message[]): void {
  if (op.op === 'migrateRenamedKeys') return applyRenames(config, op.release, notes);
  const { config: migrated, changes } = migrateLikeOpenClaw(config, null, 'write');
  if (changes.length === 0) return;
  if (changes.some((change) => !change.exact)) throw new OperationError(msg('openclawReading.notExact'));
  for (const key of Object.keys(config)) delete config[key];
  Object.assign(config, migrated);
  notes.push(msg('openclawReading.applied', { count: changes.length }));
}

/**
 * The renamed keys moved in one edit, as OpenClaw's `doctor --fix` moves them; refused as a whole
 * when the installed release still reads an old key (moving it would break that release).
 */
function applyRenames(config: ConfigObject, release: string | null, notes: Message[]): void {
  const found = oldSpellings(config);
  const early = found.map((key) => renameOf(key.id)).find((rename) => !refusesOldSpelling(rename, release));
  if (early) throw new OperationError(msg('upgrade.wouldBreak', { version: release ?? '', since: early.since }));
  if (found.length === 0) return;
  const { config: migrated } = migrateRenamedKeys(config);
  for (const key of Object.keys(config)) delete config[key];
  Object.assign(config, migrated);
  notes.push(msg('upgrade.applied', { count: found.length }));
}
