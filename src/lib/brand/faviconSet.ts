/**
 * The icons a browser, a phone's home screen and a web app manifest ask
 * for, made with sharp from one SVG or PNG: favicon.ico (16, 32 and 48 px),
 * favicon.svg (a copy, when the source is SVG: sharp at every size), the
 * 180 px apple-touch-icon and the 192 and 512 px manifest icons. Home-screen
 * icons are opaque squares (iOS fills transparency with black): the logo on
 * white, or the light logo for dark backgrounds on the accent colour.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { writeIco } from './icoFile.ts';

/** Output paths (from the site root) of the generated icons. */
export const ICON_PATHS = {
  ico: '/favicon.ico',
  svg: '/favicon.svg',
  appleTouch: '/apple-touch-icon.png',
  manifest192: '/icon-192.png',
  manifest512: '/icon-512.png',
} as const;

/** Sizes inside favicon.ico: tabs, bookmarks, Windows shortcuts. */
export const ICO_SIZES = [16, 32, 48] as const;

/** Share of an opaque home-screen icon the logo fills (the rest is margin). */
const TILE_FILL = 0.8;

/** What the icons are made from. */
export interface FaviconSources {
  /** The favicon source (default: the logo), SVG or PNG. */
  favicon: string;
  /** For the opaque home-screen tiles: the logo and its background. */
  tile: { file: string; background: string };
}

/** One generated file: site path and bytes. */
export interface GeneratedFile {
  path: string;
  data: Buffer;
}

/** Rasterizes `source` into a `size` square, centred, transparent around it. */
async function square(source: Buffer, size: number, background = { r: 0, g: 0, b: 0, alpha: 0 }): Promise<Buffer> {
  const metadata = await sharp(source).metadata();
  // SVGs are drawn at a density that gives at least `size` pixels on the long side, so nothing is upscaled.
  const longSide = Math.max(metadata.width ?? size, metadata.height ?? size);
  const density = metadata.format === 'svg' ? Math.min(2400, Math.max(72, Math.ceil((72 * size * 2) / longSide))) : undefined;
  return sharp(source, density ? { density } : {})
    .resize(size, size, { fit: 'contain', background })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** An opaque square tile: the logo at TILE_FILL of `size` on `background`. */
async function tile(source: Buffer, size: number, background: string): Promise<Buffer> {
  const inner = Math.round(size * TILE_FILL);
  const logo = await square(source, inner);
  const composed = await sharp({ create: { width: size, height: size, channels: 3, background } })
    .composite([{ input: logo, gravity: 'centre' }])
    .png()
    .toBuffer();
  // Compositing a transparent logo adds an alpha channel: drop it, the tile is opaque.
  return sharp(composed).removeAlpha().png({ compressionLevel: 9 }).toBuffer();
}

/** Every icon file for `sources`. */
export async function generateFavicons(sources: FaviconSources): Promise<GeneratedFile[]> {
  const favicon = await readFile(sources.favicon);
  const tileSource = await readFile(sources.tile.file);
  const isSvg = (await sharp(favicon).metadata()).format === 'svg';
  const icoImages = await Promise.all(ICO_SIZES.map(async (size) => ({ size, png: await square(favicon, size) })));
  const [appleTouch, icon192, icon512] = await Promise.all([180, 192, 512].map((size) => tile(tileSource, size, sources.tile.background)));
  return [
    { path: ICON_PATHS.ico, data: writeIco(icoImages) },
    ...(isSvg ? [{ path: ICON_PATHS.svg, data: favicon }] : []),
    { path: ICON_PATHS.appleTouch, data: appleTouch! },
    { path: ICON_PATHS.manifest192, data: icon192! },
    { path: ICON_PATHS.manifest512, data: icon512! },
  ];
}
