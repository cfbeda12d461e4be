/** Rules on where keys live: `models.mode: replace`, a top-level `providers` block, the legacy `agents.list`. */
import { asObject } from '../../config/config-access';
import { msg } from '../../i18n/message';
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
    id: 'agents-list-legacy',
    severity: 'warning',
    openclaw: { source: 'src/config/agent-list-projection.ts (agents.entries)' },
    judge: ({ config }) =>
      asObject(config.agents)?.list !== undefined
        ? [{ path: 'agents.list', message: msg('checks.agentsListLegacy') }]
        : [],
  },
];
