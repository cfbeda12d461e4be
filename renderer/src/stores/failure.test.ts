/** A failed call keeps the service's words (a Message) for the panel to translate, else its text. */
import { describe, expect, it } from 'vitest';
import { ApiCallError } from '@shared/api/errors';
import { OperationError } from '@shared/config/operation-error';
import { msg } from '@shared/i18n/message';
import { failure } from './failure';

describe('failure', () => {
  it('takes an API error’s text, then a Message in its details, then its own text', () => {
    const text = msg('common.internal', { call: 'getHardware' });
    expect(failure(new ApiCallError({ code: 'INTERNAL', message: 'getHardware failed unexpectedly', text }))).toEqual(
      text,
    );
    const said = msg('cluster.unreachable', { url: 'http://127.0.0.1:7491' });
    expect(failure(new ApiCallError({ code: 'IO_ERROR', message: 'x', details: { message: said } }))).toEqual(said);
    expect(failure(new ApiCallError({ code: 'IO_ERROR', message: 'plain words' }))).toBe('plain words');
    expect(failure(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(failure('odd')).toBe('odd');
  });

  it('an operation refused in shared/ keeps its Message', () => {
    const error = new OperationError(msg('common.internal', { call: 'x' }));
    expect(failure(error)).toEqual(error.text);
  });
});
