/** The one decoder: every kind of error gives a Problem with a Message; nothing else leaks. */
import { describe, expect, it } from 'vitest';
import { msg } from '../i18n/message';
import { OperationError } from '../config/operation-error';
import { AppError, ApiCallError, problemOf, problemSchema, UNEXPECTED } from './problem';

describe('problemOf', () => {
  it('an AppError gives its problem; its Error.message is the message code', () => {
    const said = msg('servers.notRef', { ref: 'x' });
    const error = new AppError('INVALID_INPUT', said, { field: 'ref' });
    expect(problemOf(error)).toEqual({ code: 'INVALID_INPUT', message: said, details: { field: 'ref' } });
    expect(error.message).toBe('servers.notRef');
    expect(problemSchema.safeParse(problemOf(error)).success).toBe(true);
  });

  it('an ApiCallError gives the problem the call answered with', () => {
    const problem = { code: 'TIMEOUT' as const, message: msg('common.timeout', { what: 'x', seconds: 5 }) };
    expect(problemOf(new ApiCallError(problem))).toEqual(problem);
  });

  it('an error class with words for the user gives them through its problem', () => {
    const said = msg('common.internal', { call: 'x' });
    expect(problemOf(new OperationError(said))).toEqual({ code: 'INVALID_INPUT', message: said });
  });

  it.each([
    ['a plain Error', new Error('apiKey sk-secret at /home/me')],
    ['a string', 'boom'],
    ['an object', { toString: (): string => '[object Object]' }],
    ['null', null],
    ['undefined', undefined],
    ['a forged problem', { problem: { code: 'NOPE', message: 'raw text' } }],
  ])('%s is INTERNAL with generic words, never its own text', (_label, thrown) => {
    const problem = problemOf(thrown);
    expect(problem).toBe(UNEXPECTED);
    expect(problem).toEqual({ code: 'INTERNAL', message: { code: 'common.faultUnexpected' } });
    expect(JSON.stringify(problem)).not.toMatch(/sk-secret|object Object|boom|raw text/);
  });
});
