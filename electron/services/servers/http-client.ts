/**
 * The one HTTP client that talks to model servers: http/https only, a deadline for the
 * whole exchange, a cap on the body size, redirects never followed, and failures sorted
 * into kinds the UI can explain (refused, timeout, too large, …).
 */
import http from 'node:http';
import https from 'node:https';
import { msg, type Message } from '../../../shared/i18n/message';

export type HttpFailure = 'refused' | 'timeout' | 'dns' | 'too-large' | 'bad-url' | 'network';

export class HttpError extends Error {
  readonly failure: HttpFailure;
  /** The same failure as a message to translate where it is shown. */
  readonly text: Message;
  constructor(failure: HttpFailure, message: string, text?: Message) {
    super(message);
    this.name = 'HttpError';
    this.failure = failure;
    this.text = text ?? msg('servers.failure.network', { detail: message });
  }
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
  ms: number;
}

export interface HttpRequestOptions {
  method?: 'GET' | 'POST' | 'HEAD';
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export function httpRequest(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new HttpError('bad-url', `not a URL: ${url}`, msg('servers.failure.notUrl', { url })));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return Promise.reject(
      new HttpError(
        'bad-url',
        `only http and https URLs are probed (got ${parsed.protocol})`,
        msg('servers.failure.protocol', { protocol: parsed.protocol }),
      ),
    );
  }
  const timeoutMs = options.timeoutMs ?? 3000;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const client = parsed.protocol === 'https:' ? https : http;
    const req = client.request(
      parsed,
      {
        method: options.method ?? (payload ? 'POST' : 'GET'),
        headers: {
          Accept: 'application/json',
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.destroy(
              new HttpError(
                'too-large',
                `the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
                msg('servers.failure.tooLarge', { mb: Math.round(maxBytes / 1024 / 1024) }),
              ),
            );
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          const headers = Object.fromEntries(
            Object.entries(res.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]),
          );
          resolve({ status: res.statusCode ?? 0, headers, text, json, ms: performance.now() - started });
        });
        res.on('error', (error) => req.destroy(error));
      },
    );
    const timer = setTimeout(
      () =>
        req.destroy(
          new HttpError(
            'timeout',
            `no answer within ${(timeoutMs / 1000).toFixed(1)} s`,
            msg('servers.failure.timeout', { seconds: (timeoutMs / 1000).toFixed(1) }),
          ),
        ),
      timeoutMs,
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error instanceof HttpError) return reject(error);
      if (error.code === 'ECONNREFUSED')
        return reject(
          new HttpError(
            'refused',
            `connection refused at ${parsed.host}`,
            msg('servers.failure.refused', { host: parsed.host }),
          ),
        );
      if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
        return reject(
          new HttpError(
            'dns',
            `cannot resolve ${parsed.hostname}`,
            msg('servers.failure.dns', { host: parsed.hostname }),
          ),
        );
      reject(new HttpError('network', error.message));
    });
    if (payload) req.write(payload);
    req.end();
  });
}
