/**
 * Draws the toolbar icons (public/icon/*.png, and the grey public/icon-dim/*.png
 * shown on pages that are not articles) with Node built-ins only: shapes are
 * sampled 4×4 per pixel for smooth edges and written as PNG with zlib.
 * Run: npx tsx scripts/make-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type RGB = [number, number, number];
interface Palette {
  tile: RGB;
  letter: RGB;
  dot: RGB;
}
const COLOUR: Palette = { tile: [0x5b, 0x4a, 0x8b], letter: [0xff, 0xff, 0xff], dot: [0xe6, 0x9f, 0x00] };
const DIM: Palette = { tile: [0xa3, 0xa3, 0xa8], letter: [0xf4, 0xf4, 0xf5], dot: [0xd8, 0xd8, 0xdb] };
const SIZES = [16, 32, 48, 128];

// Shapes in unit coordinates (0..1 across the icon).
const inTile = (x: number, y: number) => {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.48 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.48 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const inEllipse = (x: number, y: number, cx: number, cy: number, rx: number, ry: number) =>
  ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
/** A bold "D": a stem, two short bars and the bowl between two ellipses. */
const inLetter = (x: number, y: number) => {
  const stem = x >= 0.24 && x < 0.37 && y >= 0.22 && y <= 0.78;
  const bars = x >= 0.24 && x < 0.42 && ((y >= 0.22 && y < 0.35) || (y > 0.65 && y <= 0.78));
  const bowl = x >= 0.42 && inEllipse(x, y, 0.42, 0.5, 0.33, 0.28) && !inEllipse(x, y, 0.42, 0.5, 0.2, 0.15);
  return stem || bars || bowl;
};
/** The person colour's dot: a name, highlighted. */
const inDot = (x: number, y: number) => inEllipse(x, y, 0.81, 0.2, 0.12, 0.12);

function draw(size: number, p: Palette): Buffer {
  const px = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let j = 0; j < size; j++)
    for (let i = 0; i < size; i++) {
      let a = 0;
      const acc = [0, 0, 0];
      for (let sj = 0; sj < S; sj++)
        for (let si = 0; si < S; si++) {
          const x = (i + (si + 0.5) / S) / size;
          const y = (j + (sj + 0.5) / S) / size;
          const c = inDot(x, y) ? p.dot : !inTile(x, y) ? null : inLetter(x, y) ? p.letter : p.tile;
          if (!c) continue;
          a++;
          for (let k = 0; k < 3; k++) acc[k] += c[k];
        }
      const o = (j * size + i) * 4;
      for (let k = 0; k < 3; k++) px[o + k] = a ? Math.round(acc[k] / a) : 0;
      px[o + 3] = Math.round((a / (S * S)) * 255);
    }
  return png(size, size, px);
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** An 8-bit RGBA PNG: every row starts with filter byte 0 (none). */
export function png(w: number, h: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const root = resolve(import.meta.dirname, '..', 'public');
for (const [dir, palette] of [
  ['icon', COLOUR],
  ['icon-dim', DIM],
] as const) {
  mkdirSync(join(root, dir), { recursive: true });
  for (const s of SIZES) writeFileSync(join(root, dir, `${s}.png`), draw(s, palette));
}
console.log(`wrote ${SIZES.length * 2} icons to ${root}/icon{,-dim}/`);
