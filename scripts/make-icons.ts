// Writes the portal's icons from its emblem (components/layout/emblem.tsx):
// app/icon.svg, app/apple-icon.png (180 px) and app/favicon.ico (a 32 px and
// a 16 px PNG in an ICO container, which browsers ask for on every site).
// Run once when the emblem changes: `npx tsx scripts/make-icons.ts`.
import { writeFileSync } from "node:fs";
import sharp from "sharp";

const BRAND = "#b4232a";
const GOLD = "#f8cb50";
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="11.25" fill="${BRAND}" stroke="${GOLD}" stroke-width="1.5"/><polygon points="12.00,4.80 13.70,9.65 18.85,9.78 14.76,12.90 16.23,17.82 12.00,14.90 7.77,17.82 9.24,12.90 5.15,9.78 10.30,9.65" fill="${GOLD}"/></svg>\n`;

const png = (size: number) => sharp(Buffer.from(svg), { density: 72 * (size / 24) }).resize(size, size).png().toBuffer();

/** An ICO file holding PNG images (supported by every current browser). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  writeFileSync("app/icon.svg", svg);
  writeFileSync("app/apple-icon.png", await png(180));
  writeFileSync("app/favicon.ico", ico([{ size: 32, data: await png(32) }, { size: 16, data: await png(16) }]));
}

void main();
