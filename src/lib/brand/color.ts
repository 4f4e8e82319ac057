/**
 * Colours as the site configuration writes them ("#0b5a6b"), and the few
 * operations the brand needs on them: reading, writing, mixing with white
 * and moving between RGB and HSL (to darken a colour but keep its hue).
 */

/** A colour with channels 0–255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Hue 0–360, saturation and lightness 0–1. */
export interface Hsl {
  h: number;
  s: number;
  l: number;
}

/** "#rgb" or "#rrggbb", upper or lower case. */
export const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Reads "#0b5a6b" or "#0bf"; throws on anything else (the config schema checks the format first). */
export function parseHexColor(hex: string): Rgb {
  if (!HEX_COLOR.test(hex)) throw new Error(`"${hex}" is not a colour like #0b5a6b`);
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16) };
}

/** "#0b5a6b" (lower case, six digits); channels are rounded and clamped. */
export function formatHexColor({ r, g, b }: Rgb): string {
  const channel = (value: number) => Math.min(255, Math.max(0, Math.round(value))).toString(16).padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** `share` of `color` over white: 0.08 gives the faint tint behind the event block. */
export function tintOf(color: Rgb, share: number): Rgb {
  const over = (value: number) => 255 - (255 - value) * share;
  return { r: over(color.r), g: over(color.g), b: over(color.b) };
}

/** RGB → HSL. */
export function rgbToHsl({ r, g, b }: Rgb): Hsl {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const delta = max - min;
  const s = l > 0.5 ? delta / (2 - max - min) : delta / (max + min);
  const h = max === red ? (green - blue) / delta + (green < blue ? 6 : 0) : max === green ? (blue - red) / delta + 2 : (red - green) / delta + 4;
  return { h: h * 60, s, l };
}

/** HSL → RGB (unrounded channels). */
export function hslToRgb({ h, s, l }: Hsl): Rgb {
  const chroma = (1 - Math.abs(2 * l - 1)) * s;
  const part = chroma * (1 - Math.abs(((h / 60) % 2) - 1));
  const base = l - chroma / 2;
  const sector = Math.floor(h / 60) % 6;
  const sectors: Array<[number, number, number]> = [[chroma, part, 0], [part, chroma, 0], [0, chroma, part], [0, part, chroma], [part, 0, chroma], [chroma, 0, part]];
  const [r, g, b] = sectors[sector]!;
  return { r: (r + base) * 255, g: (g + base) * 255, b: (b + base) * 255 };
}
