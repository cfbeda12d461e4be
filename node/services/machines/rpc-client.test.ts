import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeRpc, type FakeRpc } from '@test/fakes/rpc-server';
import { createTranslator } from '@locales/translate';
import { parseRpcEndpoint, readRpcWorker, RpcError } from './rpc-client';

const GiB = 1024 ** 3;
let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.close()));
  open = [];
});
async function rpc(...args: Parameters<typeof startFakeRpc>): Promise<FakeRpc> {
  const server = await startFakeRpc(...args);
  open.push(server);
  return server;
}
const at = (endpoint: string) => parseRpcEndpoint(endpoint)!;

describe('llama.cpp rpc-server', () => {
  it('reads every device and its free and total memory', async () => {
    const server = await rpc([
      { freeBytes: 23 * GiB, totalBytes: 24 * GiB },
      { freeBytes: 22 * GiB, totalBytes: 24 * GiB },
    ]);
    const { host, port } = at(server.endpoint);
    expect(await readRpcWorker(host, port, 2000)).toEqual({
      version: '4.0.0',
      devices: [
        { index: 0, freeBytes: 23 * GiB, totalBytes: 24 * GiB },
        { index: 1, freeBytes: 22 * GiB, totalBytes: 24 * GiB },
      ],
    });
  });

  it('says which protocol an incompatible worker speaks', async () => {
    const server = await rpc([{ freeBytes: 1, totalBytes: 2 }], [3, 5, 0]);
    const { host, port } = at(server.endpoint);
    const refused = await readRpcWorker(host, port, 2000).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RpcError);
    expect((refused as RpcError).text).toEqual({ code: 'cluster.rpc.protocol', params: { version: '3.5.0' } });
    expect(createTranslator('en').message((refused as RpcError).text)).toBe('rpc-server speaks protocol 3.5.0');
  });

  it('ends at its deadline when the worker never answers, and reports a refused port', async () => {
    const held = new Set<net.Socket>();
    const silent = net.createServer((socket) => void held.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    open.push({
      close: () =>
        new Promise((resolve) => {
          for (const socket of held) socket.destroy();
          silent.close(() => resolve());
        }),
    });
    const port = (silent.address() as net.AddressInfo).port;
    const started = Date.now();
    await expect(readRpcWorker('127.0.0.1', port, 300)).rejects.toMatchObject({ failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(readRpcWorker('127.0.0.1', freePort, 2000)).rejects.toBeInstanceOf(RpcError);
  });

  it('parses endpoints the way --rpc takes them', () => {
    expect(parseRpcEndpoint('192.168.1.20:50052')).toEqual({ host: '192.168.1.20', port: 50052 });
    expect(parseRpcEndpoint('rpc://gpu-box')).toEqual({ host: 'gpu-box', port: 50052 });
    expect(parseRpcEndpoint('http://x:1')).toBeNull();
  });
});
