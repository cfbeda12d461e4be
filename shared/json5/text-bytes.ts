/**
 * Config bytes ⇄ text without losing a byte: valid UTF-8 decodes as usual; each byte that
 * is not part of valid UTF-8 (a Latin-1 "é" = 0xE9 in a comment) becomes the lone
 * surrogate U+DC80+byte (Python's "surrogateescape"), which json5 and the editor treat as
 * an ordinary character and which encodes back to that very byte. So untouched bytes stay
 * untouched whatever their encoding.
 */

/** The WHATWG encoding API (Node, browsers); typed here because shared/ compiles without DOM or Node types. */
interface EncodingApi {
  TextDecoder: new (
    label: string,
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(bytes: Uint8Array): string };
  TextEncoder: new () => { encode(text: string): Uint8Array };
}
const api = globalThis as unknown as EncodingApi;
const fatal = new api.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new api.TextEncoder();
const ESCAPED = /[\uDC80-\uDCFF]/;

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const b1 = bytes[i + 1]!;
    if (b === 0xe0 && b1 < 0xa0) return 0; // overlong
    if (b === 0xed && b1 >= 0xa0) return 0; // a surrogate
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const b1 = bytes[i + 1]!;
    if (b === 0xf0 && b1 < 0x90) return 0;
    if (b === 0xf4 && b1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

export function decodeConfigBytes(bytes: Uint8Array): string {
  try {
    return fatal.decode(bytes);
  } catch {
    // Not valid UTF-8: decode the valid runs, escape the stray bytes.
  }
  let out = '';
  let runStart = 0;
  let i = 0;
  const decodeRun = (end: number) => {
    if (end > runStart) out += fatal.decode(bytes.subarray(runStart, end));
  };
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    decodeRun(i);
    out += String.fromCharCode(0xdc00 + bytes[i]!);
    i++;
    runStart = i;
  }
  decodeRun(i);
  return out;
}

export function encodeConfigText(text: string): Uint8Array {
  if (!ESCAPED.test(text)) return encoder.encode(text);
  const chunks: Uint8Array[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc80 || c > 0xdcff) continue;
    const previous = i > 0 ? text.charCodeAt(i - 1) : 0;
    if (previous >= 0xd800 && previous <= 0xdbff) continue; // half of a real surrogate pair
    chunks.push(encoder.encode(text.slice(runStart, i)), Uint8Array.of(c - 0xdc00));
    runStart = i + 1;
  }
  chunks.push(encoder.encode(text.slice(runStart)));
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
