/** Rules on where keys live: `models.mode: replace`, a top-level `providers` block, what OpenClaw migrates on load (the legacy `agents.list` among it), and keys a release renamed. */
import { asObject } from '../../config/config-access';
import { msg } from '../../i18n/message';
import { MIGRATION_FINDING_CODE, migrationFindings } from '../../config/migration-findings';
import { migrateLikeOpenClaw } from '../../config/openclaw-migrations';
import { renamedKeyMessage, renamedKeys, renameOf } from '../../config/openclaw-migrations-renamed';
import type { RuleFacts } from '../facts';
import type { Rule } from '../rule';

export const layoutRules: Rule<RuleFacts>[] = [
  {
    id: 'mode-replace',
    severity: 'warning',
    openclaw: { source: 'src/config/zod-schema.core.ts (models.mode)' },
    judge: ({ config }) =>
      asObject(config.models)?.mode === 'replace'
        ? [
            {
              path: 'models.mode',
              message: msg('checks.modeReplace'),
              fix: { label: msg('checks.fix.useMerge'), operations: [{ op: 'setMode', mode: 'merge' }] },
            },
          ]
        : [],
  },
  {
    id: 'providers-misplaced',
    severity: 'error',
    openclaw: { source: 'src/config/zod-schema.ts (OpenClawSchema: models.providers)' },
    judge: ({ config }) =>
      asObject(config.providers) ? [{ path: 'providers', message: msg('checks.providersMisplaced') }] : [],
  },
  {
    // What OpenClaw migrates when it loads the file: information, never an error (OpenClaw runs the
    // file); each migration carries its own release range and source (shared/config/openclaw-migrations.ts).
    id: MIGRATION_FINDING_CODE,
    severity: 'info',
    judge: ({ config, openclawVersion }) =>
      migrationFindings(migrateLikeOpenClaw(config, openclawVersion).changes).map(
        ({ path, message, fix, ruleLine }) => ({
          path,
          message,
          ...(fix ? { fix } : {}),
          ...(ruleLine ? { ruleLine } : {}),
        }),
      ),
  },
  {
    // Keys the installed release renamed: OpenClaw refuses the file until they move; one edit moves
    // them all. Each rename carries its own release range and source (shared/config/openclaw-migrations-renamed.ts).
    id: 'openclaw-renamed-key',
    severity: 'error',
    judge: ({ config, openclawVersion }) =>
      renamedKeys(config, openclawVersion).map((key) => ({
        path: key.path,
        message: renamedKeyMessage(key),
        ruleLine: msg('rules.line', {
          versions: msg('rules.versions', { range: `>=${renameOf(key.id).since}` }),
          source: renameOf(key.id).source,
        }),
        fix: {
          label: msg('upgrade.fix'),
          operations: [{ op: 'migrateRenamedKeys' as const, release: openclawVersion }],
        },
      })),
  },
];
