import { mkdir, utimes, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import type { Dispatcher } from '@node/api/dispatcher';
import { createEventBus } from '@node/services/event-bus';
import { startPanelServer, type PanelServer } from './panel-server';

const TOKEN = 'test-token-0123456789';
let panel: PanelServer | undefined;

afterEach(async () => {
  await panel?.close();
  panel = undefined;
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so Host and Origin can be forged the way an attacker's page would. */
function request(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function start(calls: { name: unknown; payload: unknown }[] = []) {
  const rendererDir = await tempDir('claw-renderer-');
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>panel</title>');
  await mkdir(path.join(rendererDir, 'assets'));
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const events = createEventBus();
  const dispatcher: Dispatcher = {
    async call(name, payload) {
      calls.push({ name, payload });
      // `big`: an answer the size of a large config document.
      return {
        ok: true,
        data: name === 'big' ? { called: name, text: 'model row, '.repeat(10_000) } : { called: name },
      };
    },
  };
  panel = await startPanelServer({ dispatcher, events, rendererDir, token: TOKEN, port: 0 });
  const host = `127.0.0.1:${panel.port}`;
  return { panel, events, calls, host, origin: `http://${host}`, rendererDir };
}

describe('headless panel server', () => {
  it('prints a loopback URL that carries the token', async () => {
    const { panel } = await start();
    expect(panel.url).toBe(`http://127.0.0.1:${panel.port}/?token=${TOKEN}`);
  });

  it('serves the page without a credential (it holds no secret), but no API call (401)', async () => {
    const { panel, host, calls } = await start();
    const page = await request(panel.port, { headers: { Host: host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>panel</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['set-cookie']).toBeUndefined();
    const api = await request(panel.port, {
      method: 'POST',
      path: '/api/ping',
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(0);
  });

  it('trades the printed token for a session per visit, in a header only: the link opens any number of browsers', async () => {
    const { panel, host, origin, calls } = await start();
    const trade = (authorization: string) =>
      request(panel.port, {
        method: 'POST',
        path: '/api/session',
        headers: { Host: host, Origin: origin, Authorization: authorization },
      });
    const first = await trade(`Bearer ${TOKEN}`);
    const second = await trade(`Bearer ${TOKEN}`);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.headers['set-cookie']).toBeUndefined();
    expect(first.headers['cache-control']).toBe('no-store');
    const sessions = [first, second].map((r) => (JSON.parse(r.body) as { data: { session: string } }).data.session);
    expect(sessions[0]).not.toBe(sessions[1]);
    expect(sessions[0]).not.toContain(TOKEN);
    for (const session of sessions) {
      const call = await request(panel.port, {
        method: 'POST',
        path: '/api/ping',
        headers: { Host: host, Origin: origin, Authorization: `Bearer ${session}`, 'Content-Type': 'application/json' },
        body: '{"message":"hi"}',
      });
      expect(call.status).toBe(200);
    }
    expect(calls).toHaveLength(2);
    // A wrong token, a session (it cannot mint more) or the token in the URL open no session.
    expect((await trade('Bearer wrong')).status).toBe(401);
    expect((await trade(`Bearer ${sessions[0]!}`)).status).toBe(401);
    const query = await request(panel.port, {
      method: 'POST',
      path: `/api/session?token=${TOKEN}`,
      headers: { Host: host },
    });
    expect(query.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const { panel } = await start();
    for (const host of ['evil.example:80', `evil.example:${panel.port}`, `127.0.0.1:${panel.port + 1}`]) {
      const res = await request(panel.port, { path: `/?token=${TOKEN}`, headers: { Host: host } });
      expect(res.status, host).toBe(403);
    }
  });

  it('accepts the loopback names a browser may use', async () => {
    const { panel } = await start();
    for (const host of [`localhost:${panel.port}`, `127.0.0.1:${panel.port}`, `[::1]:${panel.port}`]) {
      const res = await request(panel.port, { headers: { Host: host, Authorization: `Bearer ${TOKEN}` } });
      expect(res.status, host).toBe(200);
    }
  });

  it('refuses cross-origin requests even when they carry the token', async () => {
    const { panel, host, calls } = await start();
    const res = await request(panel.port, {
      method: 'POST',
      path: '/api/ping',
      headers: {
        Host: host,
        Origin: 'https://evil.example',
        Authorization: `Bearer ${TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(res.status).toBe(403);
    const fetchSite = await request(panel.port, {
      method: 'POST',
      path: '/api/ping',
      headers: { Host: host, Authorization: `Bearer ${TOKEN}`, 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(fetchSite.status).toBe(403);
    expect(calls).toHaveLength(0);
  });

  it('accepts no cookie-borne credential, whatever its name (browsers send cookies to every port)', async () => {
    const { panel, host, origin, calls } = await start();
    const trade = await request(panel.port, {
      method: 'POST',
      path: '/api/session',
      headers: { Host: host, Origin: origin, Authorization: `Bearer ${TOKEN}` },
    });
    const session = (JSON.parse(trade.body) as { data: { session: string } }).data.session;
    const cookie = [TOKEN, session].flatMap((value) =>
      [`claw_token_${panel.port}`, 'claw_token', 'session', 'token'].map((name) => `${name}=${value}`),
    );
    for (const path of ['/api/ping', '/api/session']) {
      const res = await request(panel.port, {
        method: 'POST',
        path,
        headers: { Host: host, Origin: origin, Cookie: cookie.join('; '), 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(res.status, path).toBe(401);
    }
    const events = await request(panel.port, {
      path: '/api/events',
      headers: { Host: host, Cookie: cookie.join('; ') },
    });
    expect(events.status).toBe(401);
    expect(calls).toHaveLength(0);
  });

  it('accepts a bearer token from scripts, and checks method, media type and JSON', async () => {
    const { panel, host } = await start();
    const auth = { Host: host, Authorization: `Bearer ${TOKEN}` };
    const ok = await request(panel.port, {
      method: 'POST',
      path: '/api/getAppInfo',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '',
    });
    expect(ok.status).toBe(200);
    expect((await request(panel.port, { path: '/api/ping', headers: auth })).status).toBe(405);
    const form = await request(panel.port, {
      method: 'POST',
      path: '/api/ping',
      headers: { ...auth, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const bad = await request(panel.port, {
      method: 'POST',
      path: '/api/ping',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{oops',
    });
    expect(bad.status).toBe(400);
    const huge = await request(panel.port, {
      method: 'POST',
      path: '/api/ping',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: `"${'x'.repeat(1024 * 1024 + 10)}"`,
    });
    expect(huge.status).toBe(413);
  });

  it('serves assets, falls back to the app shell for routes, and never escapes the folder', async () => {
    const { panel, host } = await start();
    const auth = { Host: host, Authorization: `Bearer ${TOKEN}` };
    const asset = await request(panel.port, { path: '/assets/app.js', headers: auth });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect((await request(panel.port, { path: '/models', headers: auth })).body).toContain('panel');
    expect((await request(panel.port, { path: '/assets/missing.js', headers: auth })).status).toBe(404);
    for (const sneaky of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fsecret.txt']) {
      const res = await request(panel.port, { path: sneaky, headers: auth });
      expect(res.body, sneaky).not.toContain('root:');
      expect([200, 404], sneaky).toContain(res.status);
      if (res.status === 200) expect(res.body).toContain('<title>panel</title>');
    }
  });

  it('lets the browser keep hashed assets, revalidates the shell by ETag, and gzips text for browsers that take it', async () => {
    const { panel, host, rendererDir } = await start();
    const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
    await writeFile(path.join(rendererDir, 'assets', 'index-B7LuDBPG.js'), script);
    const auth = { Host: host, Authorization: `Bearer ${TOKEN}` };
    const raw = (p: string, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port: panel.port, path: p, headers: { ...auth, ...headers } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
            );
          })
          .on('error', reject);
      });

    // A Vite asset (name-HASH.ext) never changes under its name: kept for good, sent gzipped when asked.
    const asset = await raw('/assets/index-B7LuDBPG.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(asset.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(asset.body).toString()).toBe(script);
    expect(asset.body.length).toBeLessThan(script.length / 4);
    // …and as it is to a client that refuses gzip.
    const plain = await raw('/assets/index-B7LuDBPG.js', { 'Accept-Encoding': 'gzip;q=0, identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);

    // The shell (and an unhashed name) is revalidated on every load: 304 while unchanged…
    const shell = await raw('/');
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect((await raw('/assets/app.js')).headers['cache-control']).toBe('no-cache');
    const etag = shell.headers.etag!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await raw('/', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // …and the new bytes at once after a rebuild (the file is read again when its size or mtime changes).
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>rebuilt panel</title>');
    await utimes(path.join(rendererDir, 'index.html'), new Date(), new Date(Date.now() + 5000));
    const rebuilt = await raw('/', { 'If-None-Match': etag });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body.toString()).toContain('rebuilt panel');
    expect(rebuilt.headers.etag).not.toBe(etag);
  });

  it('sends a large API answer gzipped to a client that takes it, and small ones (or to others) as they are', async () => {
    const { panel, host, origin } = await start();
    const call = (name: string, encoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: panel.port,
            method: 'POST',
            path: `/api/${name}`,
            headers: {
              Host: host,
              Origin: origin,
              Authorization: `Bearer ${TOKEN}`,
              'Content-Type': 'application/json',
              ...(encoding ? { 'Accept-Encoding': encoding } : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
    const big = await call('big', 'gzip, deflate, br');
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.headers['cache-control']).toBe('no-store');
    const answer = JSON.parse(gunzipSync(big.body).toString()) as { ok: boolean; data: { text: string } };
    expect(answer.ok).toBe(true);
    expect(answer.data.text).toBe('model row, '.repeat(10_000));
    expect(big.body.length).toBeLessThan(10_000);
    const plain = await call('big');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(plain.body.toString()) as { data: { text: string } }).data.text.length).toBe(110_000);
    const small = await call('ping', 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ ok: true, data: { called: 'ping' } });
  });

  it('streams service events to subscribers', async () => {
    const { panel, host, events } = await start();
    const received = await new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: panel.port,
          path: '/api/events',
          headers: { Host: host, Authorization: `Bearer ${TOKEN}` },
        },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            if (buffer.includes(': connected')) events.emit('configChanged', { path: '/c.json', change: 'changed' });
            const data = buffer.split('\n').find((line) => line.startsWith('data: '));
            if (data) {
              req.destroy();
              resolve(data.slice('data: '.length));
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(received)).toEqual({ name: 'configChanged', payload: { path: '/c.json', change: 'changed' } });
  });

  it('never accepts the URL token for API calls', async () => {
    const { panel, host } = await start();
    const api = await request(panel.port, {
      method: 'POST',
      path: `/api/ping?token=${TOKEN}`,
      headers: { Host: host, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(api.status).toBe(401);
    const events = await request(panel.port, { path: `/api/events?token=${TOKEN}`, headers: { Host: host } });
    expect(events.status).toBe(401);
  });

  it('answers 400, not 500, to what does not decode: /api/%E0', async () => {
    const { panel, host, origin } = await start();
    const path = await request(panel.port, {
      method: 'POST',
      path: '/api/%E0',
      headers: { Host: host, Origin: origin, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(path.status).toBe(400);
    expect(JSON.parse(path.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // Another local app's broken cookie is none of the panel's business.
    const foreign = await request(panel.port, { headers: { Host: host, Cookie: 'other_app=%E0' } });
    expect(foreign.status).toBe(200);
  });
});
