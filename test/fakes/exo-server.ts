/**
 * A fake exo cluster API on 127.0.0.1 that replays the fixtures in test/fixtures/exo
 * (shapes from exo-explore/exo@b5375f8, see that folder's README): `GET /v1/models` and
 * `GET /state`; anything else is exo's FastAPI 404 `{"detail":"Not Found"}`.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const DIR = path.resolve(__dirname, '../fixtures/exo');

export interface FakeExo {
  url: string;
  close(): Promise<void>;
}

export async function startFakeExo(stateFile = 'state-2x-m3-ultra-512gb.json'): Promise<FakeExo> {
  const routes: Record<string, string> = {
    '/v1/models': readFileSync(path.join(DIR, 'v1-models.json'), 'utf8'),
    '/state': readFileSync(path.join(DIR, stateFile), 'utf8'),
  };
  const server = http.createServer((req, res) => {
    const body = req.method === 'GET' ? routes[(req.url ?? '').split('?')[0]!] : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', server: 'uvicorn' });
    res.end(body ?? '{"detail":"Not Found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
