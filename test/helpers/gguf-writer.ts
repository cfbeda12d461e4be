/**
 * Writes a GGUF v3 file as the format's spec lays it out (ggml docs/gguf.md): header, typed
 * metadata (numbers, strings, booleans and arrays), the tensor table, and sparse tensor data —
 * the file has its full size but only the header is written.
 */
import { open } from 'node:fs/promises';

export type GgufValue =
  | { u32: number }
  | { u64: number }
  | { f32: number }
  | { str: string }
  | { bool: boolean }
  | { u32s: number[] }
  | { i32s: number[] }
  | { bools: boolean[] }
  | { strs: string[] };

export interface GgufTensor {
  name: string;
  /** ggml order: the innermost dimension first. */
  shape: number[];
  /** ggml type id (1 = F16, 2 = Q4_0, 8 = Q8_0) and its bytes per element for the data size. */
  type?: { id: number; bytesPerElement: number };
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const i32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(n);
  return b;
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};
const f32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeFloatLE(n);
  return b;
};
const str = (s: string) => Buffer.concat([u64(Buffer.byteLength(s)), Buffer.from(s)]);
/** GGUF value types: 4 u32, 5 i32, 6 f32, 7 bool, 8 string, 9 array, 10 u64. */
function value(v: GgufValue): Buffer {
  if ('u32' in v) return Buffer.concat([u32(4), u32(v.u32)]);
  if ('u64' in v) return Buffer.concat([u32(10), u64(v.u64)]);
  if ('f32' in v) return Buffer.concat([u32(6), f32(v.f32)]);
  if ('str' in v) return Buffer.concat([u32(8), str(v.str)]);
  if ('bool' in v) return Buffer.concat([u32(7), Buffer.from([v.bool ? 1 : 0])]);
  if ('u32s' in v) return Buffer.concat([u32(9), u32(4), u64(v.u32s.length), ...v.u32s.map(u32)]);
  if ('i32s' in v) return Buffer.concat([u32(9), u32(5), u64(v.i32s.length), ...v.i32s.map(i32)]);
  if ('bools' in v)
    return Buffer.concat([u32(9), u32(7), u64(v.bools.length), Buffer.from(v.bools.map((b) => (b ? 1 : 0)))]);
  return Buffer.concat([u32(9), u32(8), u64(v.strs.length), ...v.strs.map(str)]);
}

const F16 = { id: 1, bytesPerElement: 2 };
const ALIGN = 32;
const pad = (n: number) => Math.ceil(n / ALIGN) * ALIGN;

/** Writes the file; returns its size in bytes. */
export async function writeGguf(
  file: string,
  metadata: Record<string, GgufValue>,
  tensors: GgufTensor[] = [{ name: 'token_embd.weight', shape: [4, 2] }],
): Promise<number> {
  const kv = Object.entries(metadata).map(([key, v]) => Buffer.concat([str(key), value(v)]));
  let offset = 0;
  const table = tensors.map((t) => {
    const type = t.type ?? F16;
    const entry = Buffer.concat([str(t.name), u32(t.shape.length), ...t.shape.map(u64), u32(type.id), u64(offset)]);
    offset = pad(offset + t.shape.reduce((a, b) => a * b, 1) * type.bytesPerElement);
    return entry;
  });
  const header = Buffer.concat([Buffer.from('GGUF'), u32(3), u64(tensors.length), u64(kv.length), ...kv, ...table]);
  const size = pad(header.length) + offset;
  const handle = await open(file, 'w');
  try {
    await handle.write(header, 0, header.length, 0);
    await handle.truncate(size); // the tensor data: a hole, not written
  } finally {
    await handle.close();
  }
  return size;
}
