/**
 * Rules on the config file itself, judged before there is a config: missing, unreadable, or not
 * parseable (with line and column, and the one-click repair when typographic quotes cause it).
 * The doctor and `validate` both report a file that does not parse through these rules.
 */
import { msg } from '../../i18n/message';
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
      state === 'unreadable'
        ? [{ path, message: msg('doctor.configUnreadable', { path, detail: parseError?.message ?? '' }) }]
        : [],
  },
  {
    id: 'config-malformed',
    severity: 'error',
    judge: ({ state, path, parseError: error }) => {
      if (state !== 'malformed') return [];
      const message = error?.line
        ? msg(error.typographicQuotes ? 'doctor.configQuotesAt' : 'doctor.configMalformedAt', {
            path,
            line: error.line,
            column: error.column,
            detail: error.message,
            backup: error.backup ?? null,
          })
        : msg('doctor.configMalformed', { path, detail: error?.message ?? '' });
      return [{ path, message }];
    },
  },
];
