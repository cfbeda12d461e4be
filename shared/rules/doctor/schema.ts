/** Rules on what the schemas refuse: ours, and OpenClaw's own `config validate` when it ran. */
import { issueDetail } from '../../config/issue-detail';
import { msg } from '../../i18n/message';
import type { RuleFacts } from '../facts';
import type { Rule } from '../rule';

export const schemaRules: Rule<RuleFacts>[] = [
  {
    id: 'schema',
    severity: 'error',
    judge: ({ issues = [] }) =>
      issues.map((issue) => ({
        path: issue.path,
        message: msg('doctor.schema', { path: issue.path, detail: issueDetail(issue) }),
      })),
  },
  {
    id: 'openclaw-invalid',
    severity: 'error',
    judge: ({ openclaw }) =>
      openclaw?.ran && !openclaw.valid
        ? openclaw.issues.map((issue) => ({
            path: issue.path,
            message: msg('doctor.openclawInvalid', { path: issue.path, detail: issueDetail(issue) }),
          }))
        : [],
  },
];
