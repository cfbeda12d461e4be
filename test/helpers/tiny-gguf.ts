/** Writes a tiny but well-formed GGUF v3 file (metadata + one 2×4 f32 tensor) for header-reading tests. */
import { writeFile } from 'node:fs/promises';

type Value = { u32: number } | { str: string };

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}
const str = (s: string) => Buffer.concat([u64(Buffer.byteLength(s)), Buffer.from(s)]);

export async function writeTinyGguf(file: string, metadata: Record<string, Value>): Promise<void> {
  const kv = Object.entries(metadata).map(([key, value]) =>
    'u32' in value
      ? Buffer.concat([str(key), u32(4), u32(value.u32)])
      : Buffer.concat([str(key), u32(8), str(value.str)]),
  );
  const tensorInfo = Buffer.concat([str('token_embd.weight'), u32(2), u64(4), u64(2), u32(0), u64(0)]);
  const header = Buffer.concat([Buffer.from('GGUF'), u32(3), u64(1), u64(kv.length), ...kv, tensorInfo]);
  const padding = Buffer.alloc((32 - (header.length % 32)) % 32);
  await writeFile(file, Buffer.concat([header, padding, Buffer.alloc(2 * 4 * 4)]));
}
