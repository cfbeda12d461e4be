/**
 * The one HTTP client that talks to model servers: http/https only, a deadline for the
 * whole exchange, caps on what an answer may cost (bytes, JSON nesting), redirects never
 * followed, and failures sorted into kinds the UI can explain (refused, timeout, too
 * large, cut off, …). The promise settles exactly once on every path: an error before or
 * after the headers, a connection closed mid-body, an abort, the deadline, an oversize body.
 */
import http from 'node:http';
import https from 'node:https';
import { msg, type Message } from '@shared/i18n/message';
import { problem, type Problem } from '@shared/api/problem';

export type HttpFailure =
  'refused' | 'timeout' | 'dns' | 'too-large' | 'too-deep' | 'cut-off' | 'aborted' | 'bad-url' | 'network';

export class HttpError extends Error {
  readonly failure: HttpFailure;
  /** The same failure as data, for the UI and CLI to translate (`safety.*`). */
  readonly detail: Message;
  /** The same message under the name the rest of the app reads errors by. */
  get text(): Message {
    return this.detail;
  }
  /** What `problemOf` reads: the failure as a problem with the same words. */
  get problem(): Problem {
    const code = this.failure === 'timeout' ? 'TIMEOUT' : this.failure === 'bad-url' ? 'INVALID_INPUT' : 'UNREACHABLE';
    return problem(code, this.detail);
  }
  constructor(failure: HttpFailure, message: string, detail?: Message) {
    super(message);
    this.name = 'HttpError';
    this.failure = failure;
    this.detail = detail ?? msg('common.unexpected', { detail: message });
  }
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The parsed body when it is JSON (and not nested deeper than the limit), else undefined. */
  json: unknown;
  ms: number;
}

export interface HttpRequestOptions {
  method?: 'GET' | 'POST' | 'HEAD';
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
  /** Deepest JSON nesting accepted (deeper answers are refused as 'too-deep'). */
  maxDepth?: number;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
/** Real model lists nest 5–6 levels; 64 leaves room and keeps JSON.parse cheap. */
export const DEFAULT_MAX_DEPTH = 64;

/** The deepest `{`/`[` nesting in JSON text (strings skipped), stopping early past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export function httpRequest(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new HttpError('bad-url', `not a URL: ${url}`, msg('safety.httpBadUrl', { url })));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return Promise.reject(
      new HttpError(
        'bad-url',
        `only http and https URLs are probed (got ${parsed.protocol})`,
        msg('safety.httpBadUrl', { url }),
      ),
    );
  }
  const timeoutMs = options.timeoutMs ?? 3000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const started = performance.now();
  const host = parsed.host;

  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    const cleanup = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    /** Settles once; later events (a late 'error', 'close', 'end') are ignored. */
    const fail = (error: HttpError) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(error);
      // Cleanup: the socket may already be gone; destroying twice is harmless.
      req?.destroy();
    };
    const succeed = (response: HttpResponse) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve(response);
    };
    const classify = (error: NodeJS.ErrnoException): HttpError => {
      if (error instanceof HttpError) return error;
      if (error.code === 'ECONNREFUSED')
        return new HttpError('refused', `connection refused at ${host}`, msg('safety.httpRefused', { host }));
      if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
        return new HttpError(
          'dns',
          `cannot resolve ${parsed.hostname}`,
          msg('safety.httpDns', { host: parsed.hostname }),
        );
      return new HttpError('network', error.message, msg('safety.httpNetwork', { host, detail: error.message }));
    };
    const timer = setTimeout(() => {
      const seconds = (timeoutMs / 1000).toFixed(1);
      fail(new HttpError('timeout', `no answer within ${seconds} s`, msg('common.timeout', { what: host, seconds })));
    }, timeoutMs);
    const onAbort = () => fail(new HttpError('aborted', 'the request was cancelled', msg('safety.httpAborted')));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });

    const client = parsed.protocol === 'https:' ? https : http;
    try {
      req = client.request(parsed, {
        method: options.method ?? (payload ? 'POST' : 'GET'),
        headers: {
          Accept: 'application/json',
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
          ...options.headers,
        },
      });
    } catch (error) {
      return fail(classify(error as NodeJS.ErrnoException));
    }
    req.on('error', (error: NodeJS.ErrnoException) => fail(classify(error)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const cutOff = () =>
        fail(
          new HttpError(
            'cut-off',
            `${host} closed the connection in the middle of its answer`,
            msg('safety.httpCutOff', { host }),
          ),
        );
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          const mb = Math.round(maxBytes / 1024 / 1024);
          fail(new HttpError('too-large', `the answer is larger than ${mb} MB`, msg('safety.httpTooLarge', { mb })));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', cutOff);
      res.on('aborted', cutOff);
      // 'close' without 'end' (complete === false) means the body was cut off.
      res.on('close', () => {
        if (!res.complete) cutOff();
      });
      res.on('end', () => {
        if (settled) return;
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        if (text && jsonDepth(text, maxDepth) > maxDepth) {
          return fail(
            new HttpError(
              'too-deep',
              `the answer nests JSON deeper than ${maxDepth} levels`,
              msg('safety.httpTooDeep', { depth: maxDepth }),
            ),
          );
        }
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        const headers = Object.fromEntries(
          Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]),
        );
        succeed({ status: res.statusCode ?? 0, headers, text, json, ms: performance.now() - started });
      });
    });
    if (payload) req.write(payload);
    req.end();
  });
}
