/** problemOf reads every error class that carries words for the user through its one field, `problem`. */
import { describe, expect, it } from 'vitest';
import { problemOf, UNEXPECTED, type ErrorCode } from '@shared/api/problem';
import { msg, type Message } from '@shared/i18n/message';
import { OperationError } from '@shared/config/operation-error';
import { CliError } from '@node/cli/io';
import { AutostartError } from '@node/host/autostart/autostart-service';
import { TokenFileError } from '@node/host/autostart/token-file';
import { BadRequestError } from '@node/serve/request-guard';
import { RpcError } from '@node/services/machines/rpc-client';
import { HttpError } from '@node/services/servers/http-client';
import { WarmError } from '@node/services/servers/warm-methods';

const said: Message = msg('common.timeout', { what: 'x', seconds: 3 });

describe('problemOf on each error kind', () => {
  it.each<[string, Error, ErrorCode]>([
    ['CliError (a Message)', new CliError(said), 'FAILED'],
    ['CliError (usage, exit 2)', new CliError(said, 2), 'INVALID_INPUT'],
    ['AutostartError', new AutostartError(said), 'FAILED'],
    ['TokenFileError', new TokenFileError(said), 'IO_ERROR'],
    ['BadRequestError', new BadRequestError(said), 'INVALID_INPUT'],
    ['RpcError (timeout)', new RpcError('timeout', said), 'TIMEOUT'],
    ['RpcError (refused)', new RpcError('refused', said), 'UNREACHABLE'],
    ['HttpError (timeout)', new HttpError('timeout', 'no answer', said), 'TIMEOUT'],
    ['HttpError (refused)', new HttpError('refused', 'refused', said), 'UNREACHABLE'],
    ['WarmError', new WarmError('ping', 'HTTP 500', said), 'UNREACHABLE'],
    ['OperationError', new OperationError(said), 'INVALID_INPUT'],
  ])('%s gives its Message with a code', (_label, error, code) => {
    expect(problemOf(error)).toEqual({ code, message: said });
  });

  it('a CliError keeps the problem of the call it reports', () => {
    const problem = { code: 'NOT_FOUND' as const, message: said, details: { id: 'x' } };
    expect(problemOf(new CliError(problem))).toEqual(problem);
  });

  it('a CliError of ready-made text says it as it is; never the English in Error.message', () => {
    expect(problemOf(new CliError('已翻译的文字')).message).toEqual(msg('common.said', { text: '已翻译的文字' }));
    expect(problemOf(new Error('ENOENT /home/me/.secret'))).toBe(UNEXPECTED);
  });
});
