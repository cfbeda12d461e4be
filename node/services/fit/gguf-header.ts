/**
 * Reads only the header and tensor table of a GGUF — a local file (opened without blocking and
 * refused unless it is a regular file) or a URL (HTTP range requests under one deadline) — never
 * its weights: @huggingface/gguf parses, and every byte it asks for comes through a range reader
 * here that stops at a size cap.
 */
import type { FileHandle } from 'node:fs/promises';
import { gguf } from '@huggingface/gguf';
import { openRegularFile } from '@node/platform/regular-file';

/** The most header bytes read: a 262k-token vocabulary with scores and merges is about 15 MB. */
export const GGUF_HEADER_MAX_BYTES = 48 * 1024 * 1024;
/** The deadline for reading a remote header, all range requests together. */
export const GGUF_URL_DEADLINE_MS = 30_000;

export interface GgufHeader {
  metadata: Record<string, unknown>;
  tensorInfos: { name: string; shape: bigint[] }[];
  /** The whole file's size (a URL's from its Content-Range), when known. */
  fileBytes: number | null;
}

/** Why a header could not be read, as data for the caller to word. */
export class GgufReadError extends Error {
  constructor(
    readonly reason: 'too-large' | 'no-range' | 'timeout' | 'http' | 'format' | 'io',
    detail: string,
  ) {
    super(detail);
    this.name = 'GgufReadError';
  }
}

type RangeReader = (start: number, end: number) => Promise<{ bytes: Uint8Array; total: number | null }>;

/**
 * A `fetch` for the parser that answers its range requests from `read`, counting what it has
 * read against the cap.
 */
function rangeFetch(read: RangeReader, maxBytes: number): typeof fetch {
  let served = 0;
  return (async (_input: unknown, init?: { headers?: Record<string, string> }) => {
    const range = /bytes=(\d+)-(\d+)/.exec(init?.headers?.Range ?? '');
    if (!range) throw new GgufReadError('format', 'range request without a range');
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]), start + maxBytes);
    if (start >= maxBytes) throw new GgufReadError('too-large', `the header is larger than ${maxBytes} bytes`);
    const { bytes, total } = await read(start, end);
    served += bytes.length;
    if (served > maxBytes) throw new GgufReadError('too-large', `the header is larger than ${maxBytes} bytes`);
    const headers = new Headers(total !== null ? { 'content-range': `bytes ${start}-${end}/${total}` } : {});
    return new Response(Buffer.from(bytes), { status: 206, headers });
  }) as typeof fetch;
}

async function parse(read: RangeReader, maxBytes: number): Promise<GgufHeader> {
  let fileBytes: number | null = null;
  const counting: RangeReader = async (start, end) => {
    const answer = await read(start, end);
    fileBytes = answer.total ?? fileBytes;
    return answer;
  };
  try {
    // The parser reads a "remote" file only through the fetch it is given; the URL is never contacted.
    const out = await gguf('http://gguf.invalid/header', { fetch: rangeFetch(counting, maxBytes) });
    return {
      metadata: out.metadata as unknown as Record<string, unknown>,
      tensorInfos: out.tensorInfos.map((t) => ({ name: t.name, shape: t.shape })),
      fileBytes,
    };
  } catch (error) {
    if (error instanceof GgufReadError) throw error;
    throw new GgufReadError('format', (error as Error).message);
  }
}

async function readAt(handle: FileHandle, start: number, end: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(end - start + 1);
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
  return buffer.subarray(0, bytesRead);
}

/** The header of a local GGUF file: a pipe, a device or a folder is refused before a byte is read. */
export async function readLocalGgufHeader(file: string, maxBytes = GGUF_HEADER_MAX_BYTES): Promise<GgufHeader> {
  let opened: Awaited<ReturnType<typeof openRegularFile>>;
  try {
    // Only a regular file, opened without blocking (a pipe would hold a file-system thread forever).
    opened = await openRegularFile(file, Number.POSITIVE_INFINITY);
  } catch (error) {
    throw new GgufReadError('io', (error as Error).message);
  }
  const { handle, stat: st } = opened;
  try {
    return await parse(async (start, end) => ({ bytes: await readAt(handle, start, end), total: st.size }), maxBytes);
  } finally {
    await handle.close();
  }
}

/** Reads a response body, refusing more than `limit` bytes (a server that ignores the range would send the whole file). */
async function cappedBody(response: Response, limit: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new GgufReadError('no-range', 'the server sent more than the range asked for');
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}

/** The header of a GGUF by URL: range requests only, one deadline for all of them, the size cap. */
export async function readRemoteGgufHeader(
  url: string,
  options: { maxBytes?: number; deadlineMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<GgufHeader> {
  const signal = AbortSignal.timeout(options.deadlineMs ?? GGUF_URL_DEADLINE_MS);
  const fetchImpl = options.fetchImpl ?? fetch;
  const read: RangeReader = async (start, end) => {
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { Range: `bytes=${start}-${end}` }, signal, redirect: 'follow' });
    } catch (error) {
      if (signal.aborted)
        throw new GgufReadError('timeout', `no answer within ${options.deadlineMs ?? GGUF_URL_DEADLINE_MS} ms`);
      throw new GgufReadError('http', (error as Error).message);
    }
    if (response.status === 416) return { bytes: new Uint8Array(), total: null };
    if (response.status !== 206) {
      await response.body?.cancel();
      throw new GgufReadError(response.status === 200 ? 'no-range' : 'http', `HTTP ${response.status}`);
    }
    const total = /\/\s*(\d+)\s*$/.exec(response.headers.get('content-range') ?? '')?.[1];
    try {
      return { bytes: await cappedBody(response, end - start + 1), total: total ? Number(total) : null };
    } catch (error) {
      if (signal.aborted) throw new GgufReadError('timeout', 'the header did not arrive in time');
      throw error;
    }
  };
  return parse(read, options.maxBytes ?? GGUF_HEADER_MAX_BYTES);
}
