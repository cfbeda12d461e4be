/**
 * The one-click migration: `applyOpenClawMigrations` writes what OpenClaw would migrate when it
 * loads the file (shared/config/openclaw-migrations.ts, `write` mode), only when the user asks and
 * only when the result is exactly what OpenClaw builds itself; otherwise nothing changes and the
 * user is told to run `openclaw doctor --fix`. Registered in operations.ts and operation-schema.ts.
 */
import { z } from 'zod';
import { msg, type Message } from '../i18n/message';
import type { ConfigObject } from './config-access';
import { migrateLikeOpenClaw } from './openclaw-migrations';
import { OperationError } from './operation-error';

export const MIGRATION_OPERATION_SCHEMAS = [z.object({ op: z.literal('applyOpenClawMigrations') }).strict()] as const;
export type MigrationOperation = z.infer<(typeof MIGRATION_OPERATION_SCHEMAS)[number]>;

export function applyMigrationOperation(config: ConfigObject, _op: MigrationOperation, notes: Message[]): void {
  const { config: migrated, changes } = migrateLikeOpenClaw(config, null, 'write');
  if (changes.length === 0) return;
  if (changes.some((change) => !change.exact)) throw new OperationError(msg('openclawReading.notExact'));
  for (const key of Object.keys(config)) delete config[key];
  Object.assign(config, migrated);
  notes.push(msg('openclawReading.applied', { count: changes.length }));
}
