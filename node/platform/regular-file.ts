/**
 * Reads a file only when it is a regular file no larger than a limit: a named pipe, a device
 * (/dev/zero), a socket or a folder is refused after an open that cannot block (O_NONBLOCK) and
 * an fstat of what was opened — before a byte is read — and a file over the limit is refused by
 * its size, never read whole first. Every file the app is asked to open goes through here.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** What a refused file is, as an errno-style error (`code` ENOTREG or EFBIG) so callers report it like any I/O error. */
export class FileRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly code: 'ENOTREG' | 'EFBIG',
    readonly limit: number,
  ) {
    super(code === 'ENOTREG' ? `${file} is not a regular file` : `${file} is larger than ${limit} bytes`);
    this.name = 'FileRefusedError';
  }
}

function check(file: string, st: { isFile(): boolean; size: number }, maxBytes: number): void {
  if (!st.isFile()) throw new FileRefusedError(file, 'ENOTREG', maxBytes);
  if (st.size > maxBytes) throw new FileRefusedError(file, 'EFBIG', maxBytes);
}

/** A buffer filled by reads: sized by the file's stat, grown if the file grows, refused past the limit. */
class Filling {
  buffer: Buffer;
  length = 0;
  constructor(
    size: number,
    private readonly file: string,
    private readonly maxBytes: number,
  ) {
    this.buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
  }
  room(): number {
    if (this.length === this.buffer.length) {
      if (this.length > this.maxBytes) throw new FileRefusedError(this.file, 'EFBIG', this.maxBytes);
      const more = Math.max(1, Math.min(this.buffer.length, this.maxBytes + 1 - this.buffer.length));
      this.buffer = Buffer.concat([this.buffer, Buffer.alloc(more)]);
    }
    return this.buffer.length - this.length;
  }
  /** Counts a read; false at the end of the file. */
  add(bytesRead: number): boolean {
    this.length += bytesRead;
    return bytesRead > 0;
  }
  bytes(): Buffer {
    if (this.length > this.maxBytes) throw new FileRefusedError(this.file, 'EFBIG', this.maxBytes);
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * Opens `file` for reading without blocking and hands over its handle (the caller closes it) only
 * once an fstat of what was opened says it is a regular file of at most `maxBytes`; else closes it
 * and throws. For readers of a part of a big file (a GGUF's header): `maxBytes` Infinity.
 */
export async function openRegularFile(file: string, maxBytes: number): Promise<{ handle: FileHandle; stat: Stats }> {
  const handle = await open(file, FLAGS);
  try {
    const stat = await handle.stat();
    check(file, stat, maxBytes);
    return { handle, stat };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The bytes of a regular file of at most `maxBytes` (one that grows past it while read is refused too). */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  const { handle, stat: st } = await openRegularFile(file, maxBytes);
  try {
    const into = new Filling(st.size, file, maxBytes);
    for (;;) {
      const room = into.room(); // may grow the buffer: taken before the buffer is passed
      const { bytesRead } = await handle.read(into.buffer, into.length, room, into.length);
      if (!into.add(bytesRead)) break;
    }
    return into.bytes();
  } finally {
    await handle.close();
  }
}

/** The same, synchronously (the `$include` resolver reads while it walks). */
export function readRegularFileSync(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, FLAGS);
  try {
    const st = fstatSync(fd);
    check(file, st, maxBytes);
    const into = new Filling(st.size, file, maxBytes);
    for (;;) {
      const room = into.room();
      if (!into.add(readSync(fd, into.buffer, into.length, room, into.length))) break;
    }
    return into.bytes();
  } finally {
    closeSync(fd);
  }
}
