/**
 * WCAG 2.2 contrast: relative luminance of an sRGB colour and the ratio
 * between two colours, from 1:1 (same colour) to 21:1 (black on white).
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */
import type { Rgb } from './color.ts';

/** Relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio of two colours (order does not matter), e.g. 4.54 for 4.54:1. */
export function contrastRatio(first: Rgb, second: Rgb): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people read it: "4.47:1". Rounded down, so a colour just
 * under 4.5:1 never reads as passing.
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
