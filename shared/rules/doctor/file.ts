/**
 * Rules on the config file itself, judged before there is a config: missing, unreadable, or not
 * parseable (with line and column, and the one-click repair when typographic quotes cause it).
 * The doctor and `validate` both report a file that does not parse through these rules.
 */
import { msg } from '../../i18n/message';
import { parseProblem, unreadableProblem } from '../../config/parse-problem';
import type { ConfigFileFacts } from '../facts';
import type { Rule } from '../rule';

export const fileRules: Rule<ConfigFileFacts>[] = [
  {
    id: 'config-missing',
    severity: 'error',
    judge: ({ state, path }) => (state === 'missing' ? [{ path, message: msg('doctor.configMissing', { path }) }] : []),
  },
  {
    id: 'config-unreadable',
    severity: 'error',
    judge: ({ state, path, parseError }) =>
      state === 'unreadable' ? [{ path, message: unreadableProblem(path, parseError?.message ?? '') }] : [],
  },
  {
    id: 'config-malformed',
    severity: 'error',
    judge: ({ state, path, parseError: error }) => {
      if (state !== 'malformed') return [];
      // The reader's own words (shared/config/parse-problem.ts): validate, the doctor and every surface agree.
      const message = parseProblem(path, error ?? { message: '', line: null, column: null });
      return [{ path, message }];
    },
  },
];
