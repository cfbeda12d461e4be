/**
 * What reading an added machine sends and accepts (issue #25, planted survivors): the remote
 * panel's token only in its header, never in a URL; a redirect never followed (it would carry
 * the token to whatever server it names); an exo answer past its size cap refused.
 * The fakes answer as Claw Control's own panel does (node/serve/panel-server.ts: 401 without
 * its token) and as an exo node's `GET /state` (a JSON object), on real local ports.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readMachine } from './read-machine';

const TOKEN = 'remote-panel-token-0123456789';

interface Seen {
  url: string;
  token: string | undefined;
}

let servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

/** A local server that records every request and answers with `answer`. */
async function serve(answer: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', token: req.headers['x-claw-token'] as string | undefined });
    req.resume();
    answer(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const unauthorized = (_req: http.IncomingMessage, res: http.ServerResponse) => {
  res.writeHead(401, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ ok: false, error: { code: 'UNAUTHORIZED', message: 'no' } }));
};

describe('reading a remote panel', () => {
  it('sends the token in its header only, never in the URL', async () => {
    const panel = await serve(unauthorized);
    const status = await readMachine({ id: 'm1', kind: 'panel', label: '', url: panel.url, token: TOKEN });
    expect(status.state).toBe('unauthorized');
    expect(panel.seen.length).toBeGreaterThan(0);
    for (const request of panel.seen) {
      expect(request.url).not.toContain(TOKEN);
      expect(request.token).toBe(TOKEN);
    }
  });

  it('never follows a redirect: the server it names gets nothing, the token least of all', async () => {
    const elsewhere = await serve(unauthorized);
    const panel = await serve((_req, res) => {
      res.writeHead(302, { Location: `${elsewhere.url}/api/getHardware` });
      res.end();
    });
    const status = await readMachine({ id: 'm1', kind: 'panel', label: '', url: panel.url, token: TOKEN });
    expect(status.state).not.toBe('ok');
    expect(panel.seen).toHaveLength(1);
    expect(elsewhere.seen).toEqual([]);
  });
});

describe('reading an exo cluster', () => {
  it('an answer past the size cap is refused, not read whole', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const exo = await serve((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"topology": {"nodes": []}, "pad": "');
      // 40 MB of padding, written as the client reads it (a cut-off connection ends the loop).
      let left = 40;
      const more = () => {
        while (left > 0 && !res.destroyed) {
          left--;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        if (!res.destroyed) res.end('"}');
      };
      res.on('error', () => undefined);
      more();
    });
    const status = await readMachine({ id: 'x1', kind: 'exo', label: '', url: exo.url }, 20_000);
    expect(status.state).toBe('bad-answer');
    // Refused by its size: the cap (16 MB) is named, the 40 MB answer was never parsed.
    expect(JSON.stringify(status.problem)).toContain('larger than 16 MB');
  });
});
