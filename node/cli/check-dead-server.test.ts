import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '@test/helpers/cli';
import { tempDir } from '@test/helpers/temp-dir';

const SEED = path.resolve(__dirname, '../../test/fixtures/configs/seed-hybrid.json5');

/** A port nothing listens on: bound once by the OS, then closed. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function setup() {
  const dir = await tempDir();
  const file = path.join(dir, 'openclaw.json');
  const baseUrl = `http://127.0.0.1:${await deadPort()}/v1`;
  await writeFile(file, (await readFile(SEED, 'utf8')).replace('http://127.0.0.1:1234/v1', baseUrl));
  const run = (env: Record<string, string>, ...argv: string[]) =>
    cli(['--config', file, 'check', 'lmstudio/minimax-m2.1-gs32', ...argv], {
      HOME: dir,
      CLAW_CONTROL_STATE_DIR: path.join(dir, 'state'),
      ...env,
    });
  return { baseUrl, run };
}

describe('claw-control check against a server that does not answer', () => {
  it('states the cause and the advice in words, in English', async () => {
    const { baseUrl, run } = await setup();
    const { code, stdout } = await run({ LANG: 'en_US.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).not.toContain('[object Object]');
    expect(stdout).toContain(`The server at ${baseUrl} does not answer: ${baseUrl}: Connection refused at 127.0.0.1:`);
    expect(stdout).toContain('Is the server started, and is the port right?');
    // One model: the header says so without "model(s)".
    expect(stdout).toContain('Check-up of 1 model in ');
  }, 60_000);

  it('states the cause and the advice in Chinese under a Chinese locale', async () => {
    const { baseUrl, run } = await setup();
    const { code, stdout } = await run({ LANG: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).not.toContain('[object Object]');
    expect(stdout).toContain(`${baseUrl} 的服务器没有响应：`);
    expect(stdout).toContain('服务器启动了吗？端口对吗？');
  }, 60_000);

  it('--json carries the cause and the advice as messages, not as pasted objects', async () => {
    const { run } = await setup();
    const { stdout } = await run({}, '--json');
    expect(stdout).not.toContain('[object Object]');
    const report = JSON.parse(stdout) as {
      entries: { checks: { id: string; evidence: { code: string; params?: Record<string, unknown> }[] }[] }[];
    };
    const chain = report.entries[0]!.checks.find((c) => c.id === 'chain')!;
    const down = chain.evidence.find((e) => e.code === 'checkup.chain.serverDown')!;
    expect(down.params?.problem).toMatchObject({ code: 'servers.at' });
    expect(down.params?.advice).toMatchObject({ code: 'servers.advice.unreachable' });
  }, 60_000);
});
