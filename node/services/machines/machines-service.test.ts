// Adding machines through the API (issue 25, item 9): bad addresses are a 400 in words, a long remote name is no 500.
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '@node/api/dispatcher';
import { createHandlers } from '@node/api/handlers';
import { createServices } from '@node/host/services';
import { startPanelServer, type PanelServer } from '@node/serve/panel-server';
import { tempDir } from '@test/helpers/temp-dir';

const M2_ULTRA = path.resolve(
  __dirname,
  '../../../test/fixtures/systeminformation/derived-macos-mac-studio-m2-ultra-192gb.json',
);
const TOKEN = 'panel-token-0123456789';
let open: PanelServer[] = [];
afterEach(async () => {
  await Promise.all(open.map((p) => p.close()));
  open = [];
});

/** A real headless panel whose hardware is the recorded Mac Studio snapshot (system.version overridden when given). */
async function panel(machineName?: string): Promise<PanelServer> {
  const state = await tempDir();
  let snapshot = M2_ULTRA;
  if (machineName) {
    const recorded = JSON.parse(await readFile(M2_ULTRA, 'utf8')) as { system: { version: string } };
    recorded.system.version = machineName;
    snapshot = path.join(state, 'snapshot.json');
    await writeFile(snapshot, JSON.stringify(recorded));
  }
  const services = createServices({
    host: 'headless',
    appVersion: 'test',
    env: { CLAW_CONTROL_HARDWARE_SNAPSHOT: snapshot, CLAW_CONTROL_STATE_DIR: state, HOME: state },
  });
  const server = await startPanelServer({
    dispatcher: createDispatcher(createHandlers(services)),
    events: services.events,
    rendererDir: state,
    port: 0,
    token: TOKEN,
  });
  open.push(server);
  return server;
}

function post(server: PanelServer, call: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${call}`,
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('addMachine limits', () => {
  it('refuses link-local addresses and URLs with a path with a 400 that says why', async () => {
    const here = await panel();
    const cases: [unknown, string][] = [
      [{ kind: 'exo', url: 'http://169.254.169.254' }, 'cluster.linkLocal'],
      [{ kind: 'panel', url: `http://[fe80::1]:7420/?token=${TOKEN}` }, 'cluster.linkLocal'],
      [{ kind: 'rpc', url: '169.254.10.10:50052' }, 'cluster.linkLocal'],
      [{ kind: 'exo', url: 'http://127.0.0.1:1/latest/meta-data' }, 'cluster.urlNotRoot'],
      [{ kind: 'panel', url: `http://127.0.0.1:1/elsewhere/?token=${TOKEN}` }, 'cluster.urlNotRoot'],
    ];
    for (const [input, code] of cases) {
      const answer = await post(here, 'addMachine', input);
      expect(answer.status, JSON.stringify(input)).toBe(400);
      expect(answer.json, JSON.stringify(input)).toMatchObject({ ok: false, error: { message: { code } } });
    }
  });

  it('refuses a label over 80 characters with a 400, and clips a remote’s own longer name instead of failing', async () => {
    const here = await panel();
    const there = await panel(`GPU box ${'x'.repeat(120)}`);
    const long = await post(here, 'addMachine', { kind: 'panel', url: there.url, label: 'l'.repeat(81) });
    expect(long.status).toBe(400);
    const added = await post(here, 'addMachine', { kind: 'panel', url: there.url });
    expect(added.status).toBe(200);
    const label = (added.json as { data: { machines: { label: string }[] } }).data.machines[0]!.label;
    expect(label).toHaveLength(80);
    expect(label.startsWith('GPU box xxx')).toBe(true);
  });
});
