#!/usr/bin/env node
// Draws the add-in's icons pixel by pixel and writes them as PNG files in assets/.
// No image library: shapes are tested point by point (4x4 samples per pixel for smooth
// edges) and the PNG is encoded with node:zlib. Run: node scripts/make-icons.mjs
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

const GREEN = [0x1e, 0x71, 0x45, 255]; // Excel-like green
const LIGHT = [0xd9, 0xef, 0xe2, 255]; // pale green for the page lines
const WHITE = [255, 255, 255, 255];

// ---- shapes, in units of a 0..1 square; each answers "does this point belong to me?"

function roundedRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

/** a rectangle whose edges fall on pixel boundaries at this size, so small icons stay crisp */
function rect(x0, y0, x1, y1) {
  return (size) => {
    const [a, b, c, d] = [x0, y0, x1, y1].map((v) => Math.round(v * size) / size);
    return (x, y) => x >= a && x <= c && y >= b && y <= d;
  };
}

/** a thick polyline: points closer than width/2 to any segment */
function stroke(points, width) {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

/** a triangle (the folded corner of the page) */
function triangle([ax, ay], [bx, by], [cx, cy]) {
  const side = (px, py, qx, qy, x, y) => (qx - px) * (y - py) - (qy - py) * (x - px);
  return (x, y) => {
    const d1 = side(ax, ay, bx, by, x, y);
    const d2 = side(bx, by, cx, cy, x, y);
    const d3 = side(cx, cy, ax, ay, x, y);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  };
}

// ---- the three marks: painter's order, last layer on top

const tile = roundedRect(0.03, 0.03, 0.97, 0.97, 0.16);

/** main mark: a green tile with a rising white bar chart */
const MAIN = [
  [tile, GREEN],
  [rect(0.2, 0.56, 0.34, 0.8), WHITE],
  [rect(0.43, 0.4, 0.57, 0.8), WHITE],
  [rect(0.66, 0.2, 0.8, 0.8), WHITE],
];

/** "Verifica": the tile with a check mark */
const CHECK = [
  [tile, GREEN],
  [
    stroke(
      [
        [0.24, 0.52],
        [0.42, 0.7],
        [0.77, 0.3],
      ],
      0.14,
    ),
    WHITE,
  ],
];

/** "Genera scheda": a white page with a folded corner and lines on the tile */
const PAGE = [
  [tile, GREEN],
  [rect(0.24, 0.14, 0.76, 0.86), WHITE],
  [triangle([0.58, 0.14], [0.76, 0.14], [0.76, 0.32]), GREEN],
  [triangle([0.58, 0.14], [0.58, 0.32], [0.76, 0.32]), LIGHT],
  [rect(0.33, 0.42, 0.67, 0.5), GREEN],
  [rect(0.33, 0.58, 0.67, 0.66), GREEN],
  [rect(0.33, 0.74, 0.56, 0.82), GREEN],
];

const SAMPLES = 4;

/** RGBA pixels of one mark at one size; edges are the share of samples inside */
function render(layers, size) {
  // rectangles are built per size (pixel snapping); other shapes are size-free
  const shapes = layers.map(([shape, color]) => [shape.length === 1 ? shape(size) : shape, color]);
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color = null;
          for (const [inside, c] of shapes) if (inside(x, y)) color = c;
          if (color) for (let k = 0; k < 4; k++) sum[k] += color[k] * (k < 3 ? color[3] : 1);
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = sum[3] / n;
      const at = (py * size + px) * 4;
      for (let k = 0; k < 3; k++) pixels[at + k] = alpha ? Math.round(sum[k] / n / alpha) : 0;
      pixels[at + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

// ---- PNG encoding (RGBA, 8 bits, no interlace)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(pixels, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    // each row starts with filter type 0 (none)
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICONS = [
  { name: "icon", layers: MAIN, sizes: [16, 32, 64, 80, 128] },
  { name: "verifica", layers: CHECK, sizes: [16, 32, 80] },
  { name: "genera", layers: PAGE, sizes: [16, 32, 80] },
];

mkdirSync(ASSETS, { recursive: true });
for (const { name, layers, sizes } of ICONS) {
  for (const size of sizes) {
    const file = join(ASSETS, `${name}-${size}.png`);
    writeFileSync(file, encodePng(render(layers, size), size));
    console.log(`scritto assets/${name}-${size}.png`);
  }
}
