// Draws the toolbar icons (a speech-bubble "i" on a blue disc) as PNGs with no image library: run once,
// commit the output in assets/icons/.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function icon(size) {
  const s = 4; // supersampling for smooth edges
  return png(size, (px, py) => {
    let cover = 0;
    let white = 0;
    for (let i = 0; i < s; i++)
      for (let j = 0; j < s; j++) {
        const x = (px + (i + 0.5) / s) / size;
        const y = (py + (j + 0.5) / s) / size;
        const inDisc = (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.47 ** 2;
        if (!inDisc) continue;
        cover++;
        const dot = (x - 0.5) ** 2 + (y - 0.29) ** 2 <= 0.085 ** 2;
        const stem = Math.abs(x - 0.5) <= 0.075 && y >= 0.42 && y <= 0.78;
        if (dot || stem) white++;
      }
    const a = cover / (s * s);
    const w = cover ? white / cover : 0;
    const mix = (c1, c2) => Math.round(c1 * (1 - w) + c2 * w);
    return [mix(0x3b, 0xff), mix(0x4a, 0xff), mix(0x6b, 0xff), Math.round(a * 255)];
  });
}
mkdirSync('assets/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icons/icon-${size}.png`, icon(size));
console.log('wrote assets/icons/icon-{16,32,48,128}.png');
