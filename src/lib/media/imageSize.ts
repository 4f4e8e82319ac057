/**
 * Pixel size and format of a photo file, as shown upright: a camera's
 * portrait photo stored sideways with an EXIF orientation reports its
 * turned size, since Astro's image service turns it upright too.
 */
import sharp from 'sharp';

export interface ImageSize {
  width: number;
  height: number;
  /** sharp's format name: "jpeg", "png", "webp"… */
  format: string;
}

/** Formats astro:assets resizes; anything else (SVG, GIF) is shown as it is. */
export const RESIZABLE_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'tiff']);

const memo = new Map<string, Promise<ImageSize | undefined>>();

/** The upright size of the image with content hash `sha256` at `path`; undefined if it is not a readable image. */
export function readImageSize(path: string, sha256: string): Promise<ImageSize | undefined> {
  let known = memo.get(sha256);
  if (!known) {
    known = sharp(path).metadata().then(
      (metadata) => {
        const upright = metadata.autoOrient ?? metadata;
        return upright.width && upright.height && metadata.format ? { width: upright.width, height: upright.height, format: metadata.format } : undefined;
      },
      () => undefined,
    );
    memo.set(sha256, known);
  }
  return known;
}
