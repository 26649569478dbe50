#!/usr/bin/env node
// Writes the add-in's icons (16, 32, 64, 80, 128 px): a green square with "TĐ" in white, drawn
// from a 5×7 pixel font and encoded as PNG with zlib, so no image tool is needed.
// Run: node assets/make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const GLYPHS = {
  T: ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
  Đ: ["11110", "01001", "01001", "11101", "01001", "01001", "11110"],
};
const BG = [0x1e, 0x6e, 0x42]; // a calm green, close to Excel's
const FG = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function icon(size) {
  // the text is 11 font pixels wide (5 + 1 gap + 5) and 7 tall; scale to ~70% of the width
  const scale = Math.max(1, Math.floor((size * 0.75) / 11));
  const textW = 11 * scale;
  const textH = 7 * scale;
  const x0 = Math.floor((size - textW) / 2);
  const y0 = Math.floor((size - textH) / 2);
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let on = false;
      const fx = Math.floor((x - x0) / scale);
      const fy = Math.floor((y - y0) / scale);
      if (x >= x0 && y >= y0 && fy < 7 && fx < 11 && fx !== 5) {
        const glyph = fx < 5 ? GLYPHS.T : GLYPHS.Đ;
        on = glyph[fy][fx < 5 ? fx : fx - 6] === "1";
      }
      const [r, g, b] = on ? FG : BG;
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const here = dirname(fileURLToPath(import.meta.url));
for (const size of [16, 32, 64, 80, 128]) writeFileSync(join(here, `icon-${size}.png`), icon(size));
console.log("icons written");
