/** A failed call keeps the problem's words (a Message) for the panel to translate; nothing else leaks. */
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '@shared/api/problem';
import { OperationError } from '@shared/config/operation-error';
import { msg } from '@shared/i18n/message';
import { failure } from './failure';

describe('failure', () => {
  it('takes an API error’s problem message', () => {
    const text = msg('common.internal', { call: 'getHardware' });
    expect(failure(new ApiCallError({ code: 'INTERNAL', message: text }))).toEqual(text);
    const said = msg('cluster.unreachable', { url: 'http://127.0.0.1:7491' });
    expect(failure(new ApiCallError({ code: 'IO_ERROR', message: said, details: { line: 1 } }))).toEqual(said);
  });

  it('a browser or programming error is the generic message, never its own text', () => {
    expect(failure(new TypeError('Failed to fetch'))).toEqual(msg('common.faultUnexpected'));
    expect(failure('odd')).toEqual(msg('common.faultUnexpected'));
  });

  it('an operation refused in shared/ keeps its Message', () => {
    const error = new OperationError(msg('common.internal', { call: 'x' }));
    expect(failure(error)).toEqual(error.text);
  });
});
