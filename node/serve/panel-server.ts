/**
 * The headless panel (`claw-control serve`): a Node HTTP server that serves the built
 * renderer and exposes the dispatcher as `POST /api/<call>` plus a server-sent event
 * stream at `GET /api/events`. Loopback by default; the page's own files are public (the
 * built renderer holds no secret), every API request needs a header credential: the
 * random token (scripts, other panels) or a session the page traded the printed URL's
 * token for (`POST /api/session`, one per visit). No cookie is ever set or accepted;
 * Host and Origin must be the panel's own; no CORS; what cannot be decoded is a 400.
 */
import { randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY_CSP } from '@shared/api/csp';
import { problem, type Envelope, type ErrorCode } from '@shared/api/problem';
import { msg, type Message } from '@shared/i18n/message';
import { englishOf } from '@locales/translate';
import type { Dispatcher } from '@node/api/dispatcher';
import type { EventBus } from '@node/services/event-bus';
import {
  BadRequestError,
  TOKEN_HEADER,
  allowedHosts,
  checkOrigin,
  decodePathSegment,
  headerCredential,
  isAllowedHost,
  tokenMatches,
} from './request-guard';
import { createSessionBook } from './sessions';
import { acceptsGzip, createStaticFiles, warmStaticFiles } from './static-files';

export interface PanelServerOptions {
  dispatcher: Dispatcher;
  events: EventBus;
  rendererDir: string;
  host?: string;
  port?: number;
  /** Fixed token for tests; a random one otherwise. */
  token?: string;
  /** Extra host names accepted in Host/Origin when bound to a wildcard address. */
  extraHostNames?: string[];
}

export interface PanelServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
/** API answers at least this long (characters) go gzipped to clients that take it. */
const COMPRESS_JSON_FROM = 64 * 1024;
const gzipJson = promisify(gzip);
const HEARTBEAT_MS = 25_000;

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  UNKNOWN_CALL: 404,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  CONFIG_CHANGED_ON_DISK: 409,
  INTERNAL: 500,
};

function baseHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY_CSP}`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: ServerResponse, status: number, body: unknown, json = JSON.stringify(body)): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(json);
}

function refuse(
  res: ServerResponse,
  status: 400 | 401 | 403 | 404 | 405 | 413 | 415,
  message: Message,
  api: boolean,
): void {
  if (api) {
    const code: ErrorCode =
      status === 404 ? 'NOT_FOUND' : status === 403 || status === 401 ? 'FORBIDDEN' : 'INVALID_INPUT';
    sendJson(res, status, { ok: false, error: problem(code, message) });
    return;
  }
  // A page request gets plain text: English from the catalog (the browser's language is not known here).
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${englishOf(message)}\n`);
}

async function readBody(req: IncomingMessage): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startPanelServer(options: PanelServerOptions): Promise<PanelServer> {
  const bindHost = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let allowed = new Set<string>();
  /** One session per visit of the printed URL; a page sends its own in the Authorization header. */
  const sessions = createSessionBook();
  const staticFile = createStaticFiles(options.rendererDir);

  const unsubscribe = options.events.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  const openEventStream = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
  };

  const handleApiCall = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') {
      refuse(res, 415, msg('panel.needsJson'), true);
      return;
    }
    const raw = await readBody(req);
    if (raw === 'too-large') {
      refuse(res, 413, msg('panel.bodyTooLarge'), true);
      return;
    }
    let payload: unknown;
    try {
      payload = raw.trim() === '' ? {} : JSON.parse(raw);
    } catch {
      sendJson(res, 400, { ok: false, error: problem('INVALID_INPUT', msg('panel.bodyNotJson')) });
      return;
    }
    const envelope: Envelope<unknown> = await options.dispatcher.call(name, payload);
    const status = envelope.ok ? 200 : (STATUS_BY_CODE[envelope.error.code] ?? 422);
    const json = JSON.stringify(envelope);
    // A large answer (the config document is the whole config: 1.9 MB at 50 × 200) goes gzipped to a
    // browser that takes it: through an SSH tunnel to a GPU box that is seconds saved. Compressed on
    // libuv's threads at the fastest level, so the panel's other calls are not held up meanwhile.
    if (json.length >= COMPRESS_JSON_FROM && acceptsGzip(req.headers['accept-encoding'])) {
      const body = await gzipJson(json, { level: 1 });
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.end(body);
      return;
    }
    sendJson(res, status, envelope, json);
  };

  const server = http.createServer((req, res) => {
    let isApi = (req.url ?? '').startsWith('/api');
    void (async () => {
      baseHeaders(res);
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://panel.invalid');
      } catch {
        throw new BadRequestError(msg('panel.urlUnparsable'));
      }
      isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');

      if (!isAllowedHost(req.headers.host, allowed)) {
        refuse(res, 403, msg('panel.hostRefused'), isApi);
        return;
      }
      const origin = checkOrigin(req.headers.origin, allowed);
      if (origin === 'foreign' || req.headers['sec-fetch-site'] === 'cross-site') {
        refuse(res, 403, msg('panel.crossOrigin'), isApi);
        return;
      }
      if (isApi) {
        // A credential in a header only: a cookie (any cookie) is what a browser also sends to every
        // other port of this host, and the token in a URL is for the page, which trades it below.
        const credential = headerCredential({
          authorization: req.headers.authorization,
          tokenHeader: req.headers[TOKEN_HEADER] as string | undefined,
        });
        const isToken = tokenMatches(credential, token);
        if (url.pathname === '/api/session') {
          if (req.method !== 'POST') return refuse(res, 405, msg('panel.callsUsePost'), true);
          if (!isToken) return refuse(res, 401, msg('panel.tokenMissing'), true);
          sendJson(res, 200, { ok: true, data: { session: sessions.open() } });
          return;
        }
        if (!isToken && !sessions.has(credential)) return refuse(res, 401, msg('panel.tokenMissing'), true);
        if (url.pathname === '/api/events') {
          if (req.method !== 'GET') return refuse(res, 405, msg('panel.eventsUseGet'), true);
          openEventStream(req, res);
          return;
        }
        if (req.method !== 'POST') return refuse(res, 405, msg('panel.callsUsePost'), true);
        await handleApiCall(req, res, decodePathSegment(url.pathname.slice('/api/'.length)));
        return;
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, msg('panel.methodNotAllowed'), false);
      const file = await staticFile(url.pathname);
      if (!file) return refuse(res, 404, msg('panel.notFound'), false);
      res.setHeader('Content-Type', file.contentType);
      // Hashed assets never change under their name; the shell is revalidated by its ETag on every load.
      res.setHeader('Cache-Control', file.immutable ? 'private, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('ETag', file.etag);
      res.setHeader('Vary', 'Accept-Encoding');
      if (req.headers['if-none-match'] === file.etag) {
        res.statusCode = 304;
        res.end();
        return;
      }
      const gzipped = acceptsGzip(req.headers['accept-encoding']) ? await file.gzipped() : null;
      if (gzipped) res.setHeader('Content-Encoding', 'gzip');
      const body = gzipped ?? file.body;
      res.statusCode = 200;
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      if (error instanceof BadRequestError) {
        if (!res.headersSent) refuse(res, 400, msg('panel.badRequest', { detail: error.text }), isApi);
        else res.end();
        return;
      }
      console.error('[serve] request failed:', (error as Error).message);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: problem('INTERNAL', msg('panel.requestFailed')) });
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => resolve());
  });
  await warmStaticFiles(options.rendererDir, staticFile);
  const port = (server.address() as AddressInfo).port;
  allowed = allowedHosts(bindHost, port, options.extraHostNames);

  const displayHost = ['0.0.0.0', '::'].includes(bindHost)
    ? '127.0.0.1'
    : bindHost.includes(':')
      ? `[${bindHost}]`
      : bindHost;
  return {
    url: `http://${displayHost}:${port}/?token=${token}`,
    token,
    port,
    async close() {
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
