/**
 * Writes a Windows icon file (favicon.ico) holding PNG images, the form
 * every browser since Internet Explorer 9 reads: a 6-byte header, a 16-byte
 * directory entry per image, then the PNG files one after another.
 * https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
 */

/** One image of the icon: a square PNG of `size` pixels (1–256). */
export interface IcoImage {
  size: number;
  png: Uint8Array;
}

const HEADER_BYTES = 6;
const ENTRY_BYTES = 16;

/** The bytes of an .ico file containing `images` (smallest first is customary). */
export function writeIco(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(HEADER_BYTES + ENTRY_BYTES * images.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`an icon image must be 1 to 256 pixels, not ${size}`);
    const entry = HEADER_BYTES + ENTRY_BYTES * index;
    header.writeUInt8(size === 256 ? 0 : size, entry); // width; 0 means 256
    header.writeUInt8(size === 256 ? 0 : size, entry + 1); // height
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel (RGBA)
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => Buffer.from(png))]);
}
