import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '@test/helpers/temp-dir';
import { writeGguf } from '@test/helpers/gguf-writer';
import { shapeFromMetadata } from '@shared/fit/model-shape';
import { GgufReadError, readLocalGgufHeader, readRemoteGgufHeader } from './gguf-header';
import { DENSE_LLAMA, DENSE_TENSORS, MOE_QWEN3, MOE_TENSORS } from './gguf-test-models';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Serves one file with byte ranges (RFC 9110 §14: 206 + Content-Range), or whole when `ranges` is off; counts bytes sent. */
async function serveFile(file: string, ranges = true): Promise<{ url: string; sent: () => number }> {
  const size = (await stat(file)).size;
  let sent = 0;
  const server = http.createServer((req, res) => {
    const m = /bytes=(\d+)-(\d+)/.exec(req.headers.range ?? '');
    const [start, end] = ranges && m ? [Number(m[1]), Math.min(Number(m[2]), size - 1)] : [0, size - 1];
    res.writeHead(ranges && m ? 206 : 200, {
      'Content-Length': end - start + 1,
      ...(ranges && m ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    });
    const stream = createReadStream(file, { start, end });
    stream.on('data', (chunk) => (sent += chunk.length));
    stream.pipe(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/model.gguf`, sent: () => sent };
}

describe('reading a GGUF header and tensor table', () => {
  it('reads a dense model from a local file without reading its (sparse) weights', async () => {
    const file = path.join(await tempDir(), 'llama.gguf');
    const size = await writeGguf(file, DENSE_LLAMA, DENSE_TENSORS);
    const header = await readLocalGgufHeader(file);
    expect(header.fileBytes).toBe(size);
    expect(header.tensorInfos.map((t) => t.name)).toContain('blk.0.attn_k.weight');
    const shape = shapeFromMetadata(header.metadata, header.tensorInfos);
    expect(shape).toMatchObject({
      architecture: 'llama',
      layers: 32,
      fullKvBytesPerTokenF16: 2 * 32 * 8 * 128 * 2,
      swaKvBytesPerTokenF16: 0,
      maxContext: 131072,
      activeShare: 1,
      experts: null,
    });
  });

  it('reads a MoE model and counts only the experts a token uses as active', async () => {
    const file = path.join(await tempDir(), 'qwen3moe.gguf');
    await writeGguf(file, MOE_QWEN3, MOE_TENSORS);
    const header = await readLocalGgufHeader(file);
    const shape = shapeFromMetadata(header.metadata, header.tensorInfos)!;
    expect(shape.experts).toEqual({ count: 128, used: 8 });
    expect(shape.fullKvBytesPerTokenF16).toBe(2 * 48 * 4 * 128 * 2);
    // Expert tensors dominate: 8 of 128 experts read per token.
    expect(shape.activeShare).toBeGreaterThan(0.05);
    expect(shape.activeShare).toBeLessThan(0.2);
  });

  it('refuses a folder or a device before reading, and says a text file is not a GGUF', async () => {
    const dir = await tempDir();
    await expect(readLocalGgufHeader(dir)).rejects.toMatchObject({ reason: 'io' });
    if (process.platform !== 'win32')
      await expect(readLocalGgufHeader('/dev/zero')).rejects.toMatchObject({ reason: 'io' });
    const file = path.join(dir, 'notes.gguf');
    await (await import('node:fs/promises')).writeFile(file, 'hello');
    await expect(readLocalGgufHeader(file)).rejects.toMatchObject({ reason: 'format' });
  });

  it('reads a header by URL with range requests, fetching only the header of a large file', async () => {
    const file = path.join(await tempDir(), 'llama.gguf');
    const size = await writeGguf(file, DENSE_LLAMA, [
      ...DENSE_TENSORS,
      // 64 MB of (sparse) weights the reader must never fetch.
      { name: 'output.weight', shape: [4096, 8192] },
    ]);
    const { url, sent } = await serveFile(file);
    const header = await readRemoteGgufHeader(url);
    expect(header.fileBytes).toBe(size);
    expect(shapeFromMetadata(header.metadata)?.layers).toBe(32);
    expect(sent()).toBeLessThanOrEqual(2_000_000);
  });

  it('refuses a server that ignores ranges instead of downloading the whole file', async () => {
    const file = path.join(await tempDir(), 'llama.gguf');
    await writeGguf(file, DENSE_LLAMA, [...DENSE_TENSORS, { name: 'output.weight', shape: [4096, 8192] }]);
    const { url } = await serveFile(file, false);
    await expect(readRemoteGgufHeader(url)).rejects.toMatchObject({ reason: 'no-range' });
  });

  it('stops at the size cap and at the deadline', async () => {
    const file = path.join(await tempDir(), 'llama.gguf');
    await writeGguf(file, {
      ...DENSE_LLAMA,
      'tokenizer.ggml.tokens': { strs: Array.from({ length: 4000 }, (_, i) => `token-${i}`) },
    });
    const { url } = await serveFile(file);
    await expect(readRemoteGgufHeader(url, { maxBytes: 4096 })).rejects.toBeInstanceOf(GgufReadError);
    await expect(readRemoteGgufHeader(url, { maxBytes: 4096 })).rejects.toMatchObject({ reason: 'too-large' });
    const silent = http.createServer(() => undefined); // accepts, never answers
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    await expect(readRemoteGgufHeader(`http://127.0.0.1:${port}/x.gguf`, { deadlineMs: 300 })).rejects.toMatchObject({
      reason: 'timeout',
    });
    silent.closeAllConnections();
  });
});
