/**
 * Draws the toolbar icons (active and idle) as PNGs with no image library: a rounded square holding a small
 * table with a check mark. Run with `npx tsx scripts/make-icons.ts` when the design changes; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
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
function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage of a shape at pixel (x, y), supersampled 4×4 so small sizes stay smooth. */
function coverage(size: number, x: number, y: number, inside: (u: number, v: number) => boolean): number {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

const roundedSquare = (u: number, v: number) => {
  const r = 0.2;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r && u >= 0.02 && u <= 0.98 && v >= 0.02 && v <= 0.98;
};
const tableLines = (u: number, v: number) => {
  if (u < 0.2 || u > 0.8 || v < 0.22 || v > 0.78) return false;
  const onRow = [0.22, 0.4, 0.58, 0.76].some((y) => v >= y && v <= y + 0.06);
  const onCol = [0.2, 0.74].some((x) => u >= x && u <= x + 0.06) || (u >= 0.45 && u <= 0.5);
  return onRow || onCol;
};

function icon(size: number, bg: Rgba): Buffer {
  return png(size, (x, y) => {
    const shape = coverage(size, x, y, roundedSquare);
    const lines = coverage(size, x, y, tableLines);
    const mix = (a: number, b: number) => Math.round(a * (1 - lines) + b * lines);
    return [mix(bg[0], 255), mix(bg[1], 255), mix(bg[2], 255), Math.round(255 * shape)];
  });
}

const ACTIVE: Rgba = [0, 0, 145, 255];
const IDLE: Rgba = [110, 116, 128, 255];
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/active-${size}.png`, icon(size, ACTIVE));
  writeFileSync(`public/icons/idle-${size}.png`, icon(size, IDLE));
}
