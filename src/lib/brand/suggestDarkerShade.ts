/**
 * The lightest darker shade of a colour that passes a test: the same hue
 * and saturation with less lightness, so a brand colour that is too light
 * for text keeps its character.
 */
import { formatHexColor, hslToRgb, parseHexColor, rgbToHsl, type Rgb } from './color.ts';

/** Lightness step of the search (0.2 %: finer than two neighbouring hex values). */
const STEP = 0.002;

/**
 * Lowers the lightness of `hex` step by step until `passes` accepts the
 * (rounded, hex) colour; returns that colour, or undefined when `hex`
 * already passes. Black is the last resort.
 */
export function suggestDarkerShade(hex: string, passes: (color: Rgb) => boolean): string | undefined {
  const original = parseHexColor(hex);
  if (passes(original)) return undefined;
  const hsl = rgbToHsl(original);
  for (let lightness = hsl.l - STEP; lightness > 0; lightness -= STEP) {
    const candidate = formatHexColor(hslToRgb({ ...hsl, l: lightness }));
    if (passes(parseHexColor(candidate))) return candidate;
  }
  return '#000000';
}
