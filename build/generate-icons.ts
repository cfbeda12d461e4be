/**
 * Draws the app's icons into build/ (run with `node bin/run-ts.cjs build/generate-icons.ts`):
 * the tray's macOS template images (black + alpha only, 16 px and @2x 32 px), coloured tray
 * variants for the other platforms (normal, warning, down), and the app icon as a 1024 px
 * PNG and a macOS .icns. A ring with a dot: a server, watched.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

function crc32(buffer: Buffer): number {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG of `size`×`size`, coverage computed by 4×4 supersampling; `background` fills a rounded square. */
function drawIcon(size: number, color: Rgb, dot: Rgb = color, background?: Rgb): Buffer {
  const rows: Buffer[] = [];
  const c = size / 2;
  // The glyph fills a tray icon; on the app icon it sits inside the rounded square.
  const scale = background ? 0.68 : 1;
  const outer = size * 0.44 * scale;
  const inner = size * 0.3 * scale;
  const dotRadius = size * 0.16 * scale;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let ring = 0;
      let center = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const d = Math.hypot(x + (sx + 0.5) / 4 - c, y + (sy + 0.5) / 4 - c);
          if (d <= outer && d >= inner) ring++;
          if (d <= dotRadius) center++;
        }
      }
      const useDot = center > ring;
      const [r, g, b] = useDot ? dot : color;
      const alpha = Math.round((Math.max(ring, center) / 16) * 255);
      if (background) {
        // A rounded square (radius 22%) behind the glyph, the glyph blended over it.
        const inset = size * 0.06;
        const radius = size * 0.22;
        const dx = Math.max(inset + radius - (x + 0.5), 0, x + 0.5 - (size - inset - radius));
        const dy = Math.max(inset + radius - (y + 0.5), 0, y + 0.5 - (size - inset - radius));
        const inside = Math.hypot(dx, dy) <= radius ? 255 : 0;
        const a = alpha / 255;
        row.set(
          [
            Math.round(r * a + background[0] * (1 - a)),
            Math.round(g * a + background[1] * (1 - a)),
            Math.round(b * a + background[2] * (1 - a)),
            inside,
          ],
          1 + x * 4,
        );
        continue;
      }
      row.set([r, g, b, alpha], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A macOS .icns holding PNG images (ic07 128 px, ic08 256, ic09 512, ic10 1024). */
function icns(images: [string, Buffer][]): Buffer {
  const entries = images.map(([type, png]) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(entries);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

const BLACK: Rgb = [0, 0, 0];
const ORANGE: Rgb = [251, 146, 60];
const INK: Rgb = [27, 29, 34];
const GREY: Rgb = [110, 116, 128];
const AMBER: Rgb = [217, 119, 6];
const RED: Rgb = [220, 38, 38];
const dir = __dirname;

const icons: Record<string, Buffer> = {
  'trayTemplate.png': drawIcon(16, BLACK),
  'trayTemplate@2x.png': drawIcon(32, BLACK),
  'tray.png': drawIcon(32, GREY),
  'tray-warning.png': drawIcon(32, GREY, AMBER),
  'tray-down.png': drawIcon(32, RED),
  'icon.png': drawIcon(1024, ORANGE, ORANGE, INK),
  'icon.icns': icns([
    ['ic07', drawIcon(128, ORANGE, ORANGE, INK)],
    ['ic08', drawIcon(256, ORANGE, ORANGE, INK)],
    ['ic09', drawIcon(512, ORANGE, ORANGE, INK)],
    ['ic10', drawIcon(1024, ORANGE, ORANGE, INK)],
  ]),
};
for (const [name, png] of Object.entries(icons)) {
  writeFileSync(path.join(dir, name), png);
  console.log(`wrote build/${name}`);
}
