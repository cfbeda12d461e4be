import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '@node/api/dispatcher';
import { createHandlers } from '@node/api/handlers';
import { startPanelServer, type PanelServer } from '@node/serve/panel-server';
import { createServices } from '@node/host/services';
import { cli } from '@test/helpers/cli';
import { startFakeExo, type FakeExo } from '@test/fakes/exo-server';
import { startFakeServer } from '@test/fakes/fake-servers';
import { startFakeRpc } from '@test/fakes/rpc-server';
import { tempDir } from '@test/helpers/temp-dir';

const SNAPSHOTS = path.resolve(__dirname, '../../test/fixtures/systeminformation');
const M3_ULTRA = path.join(SNAPSHOTS, 'derived-macos-mac-studio-m3-ultra-512gb.json');
const M2_ULTRA = path.join(SNAPSHOTS, 'derived-macos-mac-studio-m2-ultra-192gb.json');

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});

/** Another machine: a real headless panel on 127.0.0.1 whose hardware is a recorded Mac Studio. */
async function remotePanel(snapshot: string, configFile?: string): Promise<PanelServer> {
  const stateDir = await tempDir();
  const services = createServices({
    host: 'headless',
    appVersion: 'test',
    env: {
      CLAW_CONTROL_HARDWARE_SNAPSHOT: snapshot,
      CLAW_CONTROL_STATE_DIR: stateDir,
      HOME: stateDir,
      ...(configFile ? { OPENCLAW_CONFIG_PATH: configFile } : {}),
    },
  });
  const panel = await startPanelServer({
    dispatcher: createDispatcher(createHandlers(services)),
    events: services.events,
    rendererDir: stateDir,
    port: 0,
    token: 'remote-token-0123456789',
  });
  open.push(panel);
  return panel;
}

/** The panel's address without the token `serve` prints in it. */
const bare = (panel: PanelServer) => panel.url.split('/?')[0]!;

async function exo(): Promise<FakeExo> {
  const server = await startFakeExo();
  open.push(server);
  return server;
}

async function thisMachine(snapshot = M3_ULTRA) {
  const state = await tempDir();
  return { CLAW_CONTROL_HARDWARE_SNAPSHOT: snapshot, CLAW_CONTROL_STATE_DIR: state, HOME: state };
}

describe('claw-control machines', () => {
  it('adds a second Mac Studio by its panel URL + token and splits MiniMax M2.1 across both', async () => {
    const env = await thisMachine();
    const remote = await remotePanel(M3_ULTRA);
    const added = await cli(['machines', 'add', '--panel', remote.url, '--label', 'studio-b'], env);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);

    const list = await cli(['machines', 'list', '--json'], env);
    const report = JSON.parse(list.stdout) as {
      machines: { label: string; state: string; hasToken: boolean; token?: string }[];
      clusterNodes: { label: string; usableBytes: number }[];
    };
    expect(report.machines).toMatchObject([{ label: 'studio-b', state: 'ok', hasToken: true }]);
    expect(list.stdout).not.toContain(remote.token);
    expect(report.clusterNodes.map((n) => n.usableBytes)).toEqual([384 * 2 ** 30, 384 * 2 ** 30]);

    const fit = await cli(['fit', 'minimax-m2.1', '--quant', 'Q4_K_M', '--context', '196608', '--cluster'], env);
    expect(fit.code).toBe(0);
    expect(fit.stdout).toMatch(/across 2 machines/);
    expect(fit.stdout).toMatch(/studio-b: 31 layers, needs [\d.]+ GB of 412\.3 GB ✓/);
    expect(fit.stdout).toContain('Fits across 2 machines');
  });

  it("shows the other machine's model servers and what it keeps warm, read through its own API", async () => {
    const lmstudio = await startFakeServer({ kind: 'lmstudio-0.4', loaded: ['qwen/qwen3-4b-2507'] });
    open.push(lmstudio);
    const dir = await tempDir();
    const config = path.join(dir, 'openclaw.json');
    await writeFile(
      config,
      `{ models: { providers: { lmstudio: { baseUrl: "${lmstudio.baseUrl}", apiKey: "lmstudio", api: "openai-responses", models: [{ id: "qwen/qwen3-4b-2507", name: "Qwen3 4B" }] } } } }\n`,
    );
    const remote = await remotePanel(M2_ULTRA, config);
    const env = await thisMachine();
    await cli(['machines', 'add', '--panel', remote.url, '--label', 'gpu-box'], env);
    const list = await cli(['machines'], env);
    expect(list.stdout).toContain('server lmstudio (lmstudio): up, loaded: qwen/qwen3-4b-2507');
  });

  it('speaks Chinese where the locale does', async () => {
    const env = { ...(await thisMachine()), LANG: 'zh_CN.UTF-8' };
    const remote = await remotePanel(M2_ULTRA);
    await cli(['machines', 'add', '--panel', bare(remote), '--token', remote.token], env);
    const fit = await cli(['fit', 'minimax-m2.1', '--quant', 'Q4_K_M', '--context', '196608', '--cluster'], env);
    expect(fit.stdout).toContain('分布在 2 台机器上');
    expect(fit.stdout).toContain('每台机器都放得下自己那一份');
  });

  it('refuses a wrong token with a clear message and keeps nothing', async () => {
    const env = await thisMachine();
    const remote = await remotePanel(M3_ULTRA);
    const added = await cli(['machines', 'add', '--panel', bare(remote), '--token', 'not-the-token'], env);
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('refused the token');
    const list = await cli(['machines', 'list', '--json'], env);
    expect((JSON.parse(list.stdout) as { machines: unknown[] }).machines).toEqual([]);
  });

  it('a machine that goes away says so, and the rest still answers', async () => {
    const env = await thisMachine();
    const remote = await remotePanel(M2_ULTRA);
    await cli(['machines', 'add', '--panel', remote.url], env);
    await remote.close();
    open = open.filter((s) => s !== remote);
    const list = await cli(['machines', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/unreachable: Nothing answers at http:\/\/127\.0\.0\.1:\d+/);
    expect(list.stdout).toContain('Cluster: 1 machine, ');
  });

  it('recognises an exo cluster: probe names it, its nodes become the cluster, and fit splits by them', async () => {
    const env = await thisMachine(M2_ULTRA);
    const server = await exo();
    const probe = await cli(['probe', `${server.url}/v1`, '--json'], env);
    const probed = JSON.parse(probe.stdout) as { kind: string; cluster: { nodes: { label: string }[] } };
    expect(probed.kind).toBe('exo');
    expect(probed.cluster.nodes.map((n) => n.label)).toEqual(['studio-a', 'studio-b']);
    const text = await cli(['probe', `${server.url}/v1`], env);
    expect(text.stdout).toContain('exo');
    expect(text.stdout).toContain('node studio-b: Apple M3 Ultra, 549.8 GB RAM, 502.5 GB free');

    expect((await cli(['machines', 'add', '--exo', server.url], env)).code).toBe(0);
    const list = await cli(['machines'], env);
    expect(list.stdout).toContain('running: mlx-community/MiniMax-M2.1-4bit split over 2 nodes (layers 0–30, 31–61)');
    const fit = await cli(
      ['fit', 'minimax-m2.1', '--quant', 'Q4_K_M', '--context', '196608', '--cluster', '--json'],
      env,
    );
    const out = JSON.parse(fit.stdout) as {
      clusterSource: string;
      fit: { verdict: string; nodes: { label: string; layers: number }[] };
    };
    expect(out.clusterSource).toBe('exo');
    expect(out.fit.verdict).toBe('fits');
    expect(out.fit.nodes.map((n) => [n.label, n.layers])).toEqual([
      ['studio-a', 31],
      ['studio-b', 31],
    ]);
  });

  it('reads llama.cpp rpc-server workers: each device with its free memory joins the budget', async () => {
    const GiB = 2 ** 30;
    const worker = await startFakeRpc([
      { freeBytes: 23 * GiB, totalBytes: 24 * GiB },
      { freeBytes: 23 * GiB, totalBytes: 24 * GiB },
    ]);
    open.push(worker);
    const env = await thisMachine(M2_ULTRA);
    const added = await cli(['machines', 'add', '--rpc', worker.endpoint, '--label', 'rtx-box'], env);
    expect(added.stderr).toBe('');
    const list = await cli(['machines', 'list'], env);
    expect(list.stdout).toContain(`rtx-box [rpc] rpc://${worker.endpoint} — ok`);
    expect(list.stdout).toContain('rtx-box #1: ?, 24.7 GB for models');
    expect(list.stdout).toContain('Cluster: 3 machines');
    const fit = await cli(
      ['fit', 'llama-3.3-70b-instruct', '--quant', 'Q4_K_M', '--context', '32768', '--cluster', '--json'],
      env,
    );
    const out = JSON.parse(fit.stdout) as { fit: { verdict: string; nodes: { label: string; layers: number }[] } };
    expect(out.fit.nodes.map((n) => n.label)).toEqual(['Mac Studio (M2 Ultra, 2023)', 'rtx-box #0', 'rtx-box #1']);
    expect(out.fit.verdict).toBe('fits');
    await worker.close();
    const gone = await cli(['machines', 'list'], env);
    expect(gone.stdout).toMatch(/rtx-box \[rpc\] .* — unreachable/);
  });

  it('refuses a URL that is not an exo API', async () => {
    const env = await thisMachine();
    const remote = await remotePanel(M3_ULTRA);
    const added = await cli(['machines', 'add', '--exo', bare(remote)], env);
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('is not an exo API');
  });
});
