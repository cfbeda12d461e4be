/** Rules on where keys live: `models.mode: replace`, a top-level `providers` block, and what OpenClaw migrates on load (the legacy `agents.list` among it). */
import { asObject } from '../../config/config-access';
import { msg } from '../../i18n/message';
import { MIGRATION_FINDING_CODE, migrationFindings } from '../../config/migration-findings';
import { migrateLikeOpenClaw } from '../../config/openclaw-migrations';
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
];
