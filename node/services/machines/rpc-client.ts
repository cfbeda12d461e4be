/**
 * Reads a llama.cpp `rpc-server` worker's devices and their memory over its own TCP
 * protocol (ggml-org/llama.cpp@004d67e ggml/src/ggml-rpc/ggml-rpc.cpp, protocol v4):
 * every command is `| cmd (1 byte) | size (u64 LE) | payload |`, every answer
 * `| size (u64 LE) | payload |`. HELLO (14) carries 24 bytes of transport caps
 * (transport.h `RPC_CONN_CAPS_SIZE`; zeros ask for plain TCP) and answers
 * `{major, minor, patch, pad, caps[24]}`; DEVICE_COUNT (15) answers a u32; GET_DEVICE_MEMORY
 * (11) takes a u32 device and answers `{free u64, total u64}`. One connection, one deadline.
 */
import net from 'node:net';
import { problem, type Problem } from '@shared/api/problem';
import { msg, type Message } from '@shared/i18n/message';

export const RPC_CMD = { GET_DEVICE_MEMORY: 11, HELLO: 14, DEVICE_COUNT: 15 } as const;
export const RPC_CONN_CAPS_SIZE = 24;
export const RPC_PROTO_MAJOR = 4;
export const DEFAULT_RPC_PORT = 50052;

export interface RpcDevice {
  index: number;
  freeBytes: number;
  totalBytes: number;
}

export interface RpcWorker {
  version: string;
  devices: RpcDevice[];
}

export class RpcError extends Error {
  constructor(
    readonly failure: 'refused' | 'timeout' | 'protocol' | 'version',
    /** What went wrong, translated where it is shown. */
    readonly text: Message,
  ) {
    super(text.code);
    this.name = 'RpcError';
  }

  /** What `problemOf` reads. */
  get problem(): Problem {
    return problem(this.failure === 'timeout' ? 'TIMEOUT' : 'UNREACHABLE', this.text);
  }
}

/** Parses `host:port` (port defaults to rpc-server's 50052); `rpc://` in front is allowed. */
export function parseRpcEndpoint(raw: string): { host: string; port: number } | null {
  const match = raw
    .trim()
    .replace(/^rpc:\/\//, '')
    .replace(/\/+$/, '')
    .match(/^(\[[0-9a-f:]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i);
  if (!match) return null;
  const port = match[2] ? Number(match[2]) : DEFAULT_RPC_PORT;
  return port > 0 && port < 65536 ? { host: match[1]!.replace(/^\[|\]$/g, ''), port } : null;
}

function frame(cmd: number, payload: Buffer): Buffer {
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(payload.length));
  return Buffer.concat([Buffer.from([cmd]), size, payload]);
}

/** Talks to one rpc-server: HELLO, DEVICE_COUNT, then each device's memory. */
export function readRpcWorker(host: string, port: number, timeoutMs: number): Promise<RpcWorker> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    let buffered = Buffer.alloc(0);
    let waiting: { size: number; done: (payload: Buffer) => void } | null = null;
    let settled = false;
    const finish = (error: Error | null, value?: RpcWorker) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve(value!);
    };
    const timer = setTimeout(
      () => finish(new RpcError('timeout', msg('cluster.rpc.timeout', { seconds: (timeoutMs / 1000).toFixed(1) }))),
      timeoutMs,
    );
    const pump = () => {
      if (!waiting || buffered.length < 8) return;
      const size = Number(buffered.readBigUInt64LE(0));
      if (size !== waiting.size) return finish(new RpcError('protocol', msg('cluster.rpc.answerSize', { size })));
      if (buffered.length < 8 + size) return;
      const payload = buffered.subarray(8, 8 + size);
      buffered = buffered.subarray(8 + size);
      const { done } = waiting;
      waiting = null;
      done(payload);
    };
    const ask = (cmd: number, payload: Buffer, answerSize: number) =>
      new Promise<Buffer>((done) => {
        waiting = { size: answerSize, done };
        socket.write(frame(cmd, payload));
        pump();
      });
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      pump();
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      finish(
        error.code === 'ECONNREFUSED'
          ? new RpcError('refused', msg('cluster.rpc.refused', { host, port }))
          : new RpcError('protocol', msg('cluster.rpc.network', { detail: error.message })),
      ),
    );
    // rpc-server closes the connection on a HELLO it does not understand (an older or newer protocol).
    socket.on('close', () => finish(new RpcError('version', msg('cluster.rpc.closedInHandshake', { host, port }))));
    socket.on('connect', () => {
      (async () => {
        const hello = await ask(RPC_CMD.HELLO, Buffer.alloc(RPC_CONN_CAPS_SIZE), 4 + RPC_CONN_CAPS_SIZE);
        const version = hello.subarray(0, 3).join('.');
        if (hello[0] !== RPC_PROTO_MAJOR)
          return finish(new RpcError('version', msg('cluster.rpc.protocol', { version })));
        const count = (await ask(RPC_CMD.DEVICE_COUNT, Buffer.alloc(0), 4)).readUInt32LE(0);
        const devices: RpcDevice[] = [];
        for (let index = 0; index < Math.min(count, 64); index++) {
          const request = Buffer.alloc(4);
          request.writeUInt32LE(index);
          const memory = await ask(RPC_CMD.GET_DEVICE_MEMORY, request, 16);
          devices.push({
            index,
            freeBytes: Number(memory.readBigUInt64LE(0)),
            totalBytes: Number(memory.readBigUInt64LE(8)),
          });
        }
        finish(null, { version, devices });
      })().catch((error: Error) =>
        finish(new RpcError('protocol', msg('cluster.rpc.network', { detail: error.message }))),
      );
    });
  });
}
