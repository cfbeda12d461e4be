/**
 * A fake llama.cpp `rpc-server` on 127.0.0.1 that answers the three commands Claw Control
 * sends, byte for byte as ggml-org/llama.cpp@004d67e ggml/src/ggml-rpc/ggml-rpc.cpp
 * `rpc_serve_client` does: HELLO must come first with exactly `RPC_CONN_CAPS_SIZE` (24)
 * bytes or the connection is closed; DEVICE_COUNT answers a u32; GET_DEVICE_MEMORY answers
 * `{free, total}` as two u64; an unknown device closes the connection.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FakeRpcDevice {
  freeBytes: number;
  totalBytes: number;
}

export interface FakeRpc {
  endpoint: string;
  close(): Promise<void>;
}

const answer = (payload: Buffer) => {
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(payload.length));
  return Buffer.concat([size, payload]);
};

export async function startFakeRpc(
  devices: FakeRpcDevice[],
  version: [number, number, number] = [4, 0, 0],
): Promise<FakeRpc> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffered = Buffer.alloc(0);
    let greeted = false;
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 9) {
        const cmd = buffered[0]!;
        const size = Number(buffered.readBigUInt64LE(1));
        if (buffered.length < 9 + size) return;
        const payload = buffered.subarray(9, 9 + size);
        buffered = buffered.subarray(9 + size);
        if (!greeted) {
          if (cmd !== 14 || size !== 24) return void socket.destroy();
          greeted = true;
          socket.write(answer(Buffer.concat([Buffer.from([...version, 0]), Buffer.alloc(24)])));
        } else if (cmd === 15 && size === 0) {
          const count = Buffer.alloc(4);
          count.writeUInt32LE(devices.length);
          socket.write(answer(count));
        } else if (cmd === 11 && size === 4) {
          const device = devices[payload.readUInt32LE(0)];
          if (!device) return void socket.destroy();
          const memory = Buffer.alloc(16);
          memory.writeBigUInt64LE(BigInt(device.freeBytes), 0);
          memory.writeBigUInt64LE(BigInt(device.totalBytes), 8);
          socket.write(answer(memory));
        } else return void socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
