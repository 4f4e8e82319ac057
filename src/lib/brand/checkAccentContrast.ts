/**
 * Build-time check of the brand's accent colour. The accent is text on the
 * white page (links, type labels, dates on cards), white text on the accent
 * (the current page number, the search button) and text on its own light
 * tint (links in the event block, labels on social cards): each needs
 * 4.5:1 for WCAG 2.2 AA. A colour that fails stops the build with the ratio
 * and a darker shade of the same hue that passes.
 */
import { formatHexColor, parseHexColor, tintOf, type Rgb } from './color.ts';
import { contrastRatio, formatRatio } from './contrastRatio.ts';
import { suggestDarkerShade } from './suggestDarkerShade.ts';

/** WCAG 2.2 AA for text under 18.5 px bold / 24 px. */
export const TEXT_CONTRAST = 4.5;

/** Share of the accent in its light tint (the rest is white). */
export const TINT_SHARE = 0.08;

const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/** The light tint of `accent` used behind the event block and card labels ("#eeeff6"). */
export function accentTint(accent: string): string {
  return formatHexColor(tintOf(parseHexColor(accent), TINT_SHARE));
}

/** Contrast of the accent with each background it is used on. */
export function accentContrasts(accent: Rgb): Array<{ against: string; ratio: number }> {
  return [
    { against: 'the white page', ratio: contrastRatio(accent, WHITE) },
    { against: 'its light tint behind the event block', ratio: contrastRatio(accent, parseHexColor(accentTint(formatHexColor(accent)))) },
  ];
}

const passesAll = (accent: Rgb) => accentContrasts(accent).every(({ ratio }) => ratio >= TEXT_CONTRAST);

/**
 * Problems with `accent` as a text colour, as sentences for the person
 * editing the config (empty when it passes).
 */
export function checkAccentContrast(accent: string): string[] {
  const failing = accentContrasts(parseHexColor(accent)).filter(({ ratio }) => ratio < TEXT_CONTRAST);
  if (failing.length === 0) return [];
  const ratios = failing.map(({ against, ratio }) => `${formatRatio(ratio)} on ${against}`).join(' and ');
  const suggestion = suggestDarkerShade(accent, passesAll)!;
  const suggestedRatio = Math.min(...accentContrasts(parseHexColor(suggestion)).map(({ ratio }) => ratio));
  return [
    `${accent} is too light for links and labels: its contrast ratio is ${ratios}, ` +
      `and WCAG 2.2 AA needs ${TEXT_CONTRAST}:1 for text. A darker shade of the same colour that passes: ` +
      `"${suggestion}" (${formatRatio(suggestedRatio)}).`,
  ];
}
