/**
 * What OpenClaw migrates when it loads the file, as info findings (never errors: OpenClaw runs the
 * file), with the one-click migration as their fix where Claw Control can write the same result.
 * Judged from the changes shared/config/openclaw-migrations.ts reports for the installed release.
 */
import { msg } from '../i18n/message';
import type { Finding } from '../rules/finding';
import { migrationOf, type MigrationChange, type OpenClawMigrationId } from './openclaw-migrations';

/** The message key of each migration (locales/messages/migrations.ts). */
const MESSAGE_KEY: Record<OpenClawMigrationId, string> = {
  'roster-list': 'rosterList',
  'roster-default-markers': 'rosterDefaultMarkers',
  'context-budget': 'contextBudget',
  'copilot-discovery': 'copilotDiscovery',
};

export const MIGRATION_FINDING_CODE = 'openclaw-migrates';

export function migrationFindings(changes: readonly MigrationChange[]): Finding[] {
  const exact = changes.length > 0 && changes.every((change) => change.exact);
  const seen = new Set<string>();
  return changes.flatMap((change) => {
    const key = `${change.id}@${change.path}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        severity: 'info' as const,
        code: MIGRATION_FINDING_CODE,
        path: change.path,
        message: msg(`openclawReading.${MESSAGE_KEY[change.id]}`, { path: change.path }),
        // The migration's own release range and the OpenClaw source it was read from.
        ruleLine: msg('rules.line', {
          versions: msg('rules.versions', { range: `>=${migrationOf(change.id).since}` }),
          source: migrationOf(change.id).source,
        }),
        ...(exact
          ? { fix: { label: msg('openclawReading.fix'), operations: [{ op: 'applyOpenClawMigrations' as const }] } }
          : {}),
      },
    ];
  });
}
