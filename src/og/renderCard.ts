/**
 * Renders one card: satori lays the element tree out to SVG (text as
 * paths), then an encoder turns the SVG into PNG. The default rasterizes
 * with resvg and encodes with sharp: fastest, smallest files in
 * scripts/benchOg.ts (figures in docs/social-images.md).
 */
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH } from './constants.ts';
import { cardElement, type CardModel } from './cardTemplate.ts';
import { loadCardFonts } from './fonts.ts';

/**
 * SVG → PNG converter: `resvg` (resvg rasterizes and encodes), `sharp`
 * (libvips/librsvg rasterizes and encodes) or `resvg+sharp` (resvg
 * rasterizes, sharp encodes the RGB pixels). Measured in scripts/benchOg.ts.
 */
export type CardEncoder = 'resvg' | 'sharp' | 'resvg+sharp';

/** Every encoder, for the benchmark. */
export const CARD_ENCODERS: readonly CardEncoder[] = ['resvg', 'sharp', 'resvg+sharp'];

/** The encoder the build uses: fastest and smallest files in the benchmark. */
export const DEFAULT_ENCODER: CardEncoder = 'resvg+sharp';

type SatoriFonts = Parameters<typeof satori>[1]['fonts'];
let satoriFonts: SatoriFonts | undefined;

/** The same fonts array object every time, so satori parses each font once per thread. */
function fontsForSatori(): SatoriFonts {
  satoriFonts ??= loadCardFonts().fonts.map(({ name, weight, style, data }) => ({ name, weight, style, data }));
  return satoriFonts;
}

/** Lays a card out as SVG. */
export function renderCardSvg(model: CardModel): Promise<string> {
  return satori(cardElement(model) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fontsForSatori(),
  });
}

let sharpModule: typeof import('sharp').default | undefined;
let resvgModule: typeof import('@resvg/resvg-js') | undefined;

async function loadSharp(): Promise<typeof import('sharp').default> {
  if (!sharpModule) {
    sharpModule = (await import('sharp')).default;
    // One libvips thread per worker: parallelism comes from the worker pool.
    sharpModule.concurrency(1);
  }
  return sharpModule;
}

async function rasterizeWithResvg(svg: string) {
  resvgModule ??= await import('@resvg/resvg-js');
  return new resvgModule.Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
}

/** Converts satori's SVG to PNG with the chosen encoder. */
export async function encodePng(svg: string, encoder: CardEncoder = DEFAULT_ENCODER): Promise<Buffer> {
  if (encoder === 'resvg') return (await rasterizeWithResvg(svg)).asPng();
  const sharp = await loadSharp();
  if (encoder === 'sharp') return sharp(Buffer.from(svg), { density: 72 }).png({ compressionLevel: 6 }).toBuffer();
  const image = await rasterizeWithResvg(svg);
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/** Renders a card model to PNG bytes. */
export async function renderCardPng(model: CardModel, encoder: CardEncoder = DEFAULT_ENCODER): Promise<Buffer> {
  return encodePng(await renderCardSvg(model), encoder);
}
