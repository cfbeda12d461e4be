import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, httpRequest, jsonDepth } from './http-client';

const open: http.Server[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve)))));
});

/** A real server on 127.0.0.1 whose handler decides how the answer goes wrong. */
async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  open.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    return error as HttpError;
  }
  throw new Error('expected the request to fail');
}

describe('httpRequest settles on every path', () => {
  it('headers and half a body, then the socket is destroyed: fails as cut-off well before the deadline', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
      res.write('{"data":[{"id":"a"},');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const started = Date.now();
    const error = await failure(httpRequest(url, { timeoutMs: 5000 }));
    expect(error).toBeInstanceOf(HttpError);
    expect(error.failure).toBe('cut-off');
    expect(error.detail.code).toBe('safety.httpCutOff');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a chunked body cut off mid-way fails too', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"data":[');
      setTimeout(() => res.destroy(), 20);
    });
    expect((await failure(httpRequest(url, { timeoutMs: 5000 }))).failure).toBe('cut-off');
  });

  it('headers then silence: the deadline still fires', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{');
    });
    const started = Date.now();
    expect((await failure(httpRequest(url, { timeoutMs: 300 }))).failure).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('no headers at all: timeout', async () => {
    const url = await serve(() => undefined);
    expect((await failure(httpRequest(url, { timeoutMs: 200 }))).failure).toBe('timeout');
  });

  it('an abort signal ends it at once', async () => {
    const url = await serve(() => undefined);
    const controller = new AbortController();
    const pending = httpRequest(url, { timeoutMs: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).failure).toBe('aborted');
  });

  it('an oversize body is refused as too-large', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200);
      res.end('x'.repeat(5000));
    });
    expect((await failure(httpRequest(url, { maxBytes: 1000 }))).failure).toBe('too-large');
  });

  it('deeply nested JSON is refused before parsing', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(`${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    });
    const error = await failure(httpRequest(url));
    expect(error.failure).toBe('too-deep');
    expect(error.detail).toEqual({ code: 'safety.httpTooDeep', params: { depth: 64 } });
  });

  it('refused connections and good answers still work', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"ok":[1,{"a":"[[["}]}');
    });
    expect((await httpRequest(url)).json).toEqual({ ok: [1, { a: '[[[' }] });
    const closed = await serve(() => undefined);
    await new Promise((resolve) => open.pop()!.close(resolve));
    expect((await failure(httpRequest(closed))).failure).toBe('refused');
  });
});

describe('jsonDepth', () => {
  it('counts nesting and ignores brackets in strings', () => {
    expect(jsonDepth('{"a":[1,[2]]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[\\"[["}')).toBe(1);
    expect(jsonDepth('1')).toBe(0);
  });
});
