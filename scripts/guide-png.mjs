// Smaller PNG screenshots for the publishing guide (scripts/guide-screenshots.mjs): Chromium
// writes true-colour PNGs (about 110 KB for a phone's screen of text); the same picture with a
// palette of at most 256 colours is a third of that. A screenshot of this app has few colours
// (text, its anti-aliasing, the accent colour): when it has at most 256 the result is lossless;
// otherwise the 256 most frequent colours are kept and every other pixel takes the nearest one.
// No dependencies: node:zlib inflates and deflates.

import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');

/** { width, height, rgb: Buffer (3 bytes a pixel) } of an 8-bit RGB or RGBA, non-interlaced PNG. */
export function decodePng(png) {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let header;
  const idat = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9], interlace: data[12] };
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!header || header.depth !== 8 || ![2, 6].includes(header.colour) || header.interlace !== 0) {
    throw new Error('only 8-bit RGB/RGBA non-interlaced PNGs are read');
  }
  const { width, height } = header;
  const bpp = header.colour === 6 ? 4 : 3;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : null;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[x - bpp] : 0;
      const b = prev ? prev[x] : 0;
      const c = prev && x >= bpp ? prev[x - bpp] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`unknown PNG filter ${filter}`);
      out[x] = v & 0xff;
    }
  }
  const rgb = Buffer.alloc(width * height * 3);
  for (let i = 0, j = 0; i < pixels.length; i += bpp, j += 3) {
    rgb[j] = pixels[i]; rgb[j + 1] = pixels[i + 1]; rgb[j + 2] = pixels[i + 2];
  }
  return { width, height, rgb };
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The picture as an indexed PNG of at most 256 colours; `lossless` tells whether it is exact. */
export function palettePng(png) {
  const { width, height, rgb } = decodePng(png);
  const counts = new Map();
  for (let i = 0; i < rgb.length; i += 3) {
    const key = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const palette = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 256).map(([key]) => key);
  const index = new Map(palette.map((key, i) => [key, i]));
  const nearest = (key) => {
    let best = 0;
    let bestDistance = Infinity;
    const r = key >> 16, g = (key >> 8) & 255, b = key & 255;
    palette.forEach((p, i) => {
      const d = (r - (p >> 16)) ** 2 + (g - ((p >> 8) & 255)) ** 2 + (b - (p & 255)) ** 2;
      if (d < bestDistance) { bestDistance = d; best = i; }
    });
    index.set(key, best);
    return best;
  };
  const lines = Buffer.alloc((width + 1) * height);
  for (let y = 0, i = 0; y < height; y++) {
    lines[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++, i += 3) {
      const key = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
      lines[y * (width + 1) + 1 + x] = index.get(key) ?? nearest(key);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 3; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((key, i) => { plte[i * 3] = key >> 16; plte[i * 3 + 1] = (key >> 8) & 255; plte[i * 3 + 2] = key & 255; });
  const bytes = Buffer.concat([
    SIGNATURE, chunk('IHDR', ihdr), chunk('PLTE', plte),
    chunk('IDAT', deflateSync(lines, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
  return { bytes, colours: counts.size, lossless: counts.size <= 256 };
}
