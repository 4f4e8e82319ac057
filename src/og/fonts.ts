/**
 * The card font set: Noto Sans from @fontsource/noto-sans (.woff per
 * Unicode subset), read from node_modules once per process, never fetched.
 * Latin + Latin Extended + Cyrillic + Cyrillic Extended (Kyrgyz Ө Ү Ң) in
 * regular and bold.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readWoffCoverage } from './woffCmap.ts';

/** Family name of one subset file; satori needs distinct names to fall back between subsets. */
const familyOf = (subset: string) => `Noto Sans ${subset}`;

/** Subsets in fallback order; the first that has a glyph draws it. */
const SUBSETS = ['latin', 'cyrillic', 'cyrillic-ext', 'latin-ext'] as const;
const WEIGHTS = [400, 700] as const;

/** The `fontFamily` value templates use: every subset, in fallback order. */
export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `'${familyOf(subset)}'`).join(', ');

/** One loaded font file, in the shape satori's `fonts` option takes. */
export interface CardFont {
  name: string;
  weight: 400 | 700;
  style: 'normal';
  data: Buffer;
  /** Package-relative file name, for messages. */
  file: string;
}

/** Everything the renderer and the coverage check need, loaded once. */
export interface CardFontSet {
  fonts: CardFont[];
  /** Union of code points any loaded font draws. */
  coverage: ReadonlySet<number>;
  /** sha256 of every font file's bytes: part of each card's cache key. */
  fingerprint: string;
}

let loaded: CardFontSet | undefined;

/** Loads (once per process or worker) the card fonts from @fontsource/noto-sans. */
export function loadCardFonts(): CardFontSet {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  const coverage = new Set<number>();
  const fonts: CardFont[] = [];
  for (const weight of WEIGHTS) {
    for (const subset of SUBSETS) {
      const file = `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`;
      const data = readFileSync(require.resolve(file));
      hash.update(file).update(data);
      for (const codePoint of readWoffCoverage(data)) coverage.add(codePoint);
      fonts.push({ name: familyOf(subset), weight, style: 'normal', data, file });
    }
  }
  loaded = { fonts, coverage, fingerprint: hash.digest('hex').slice(0, 16) };
  return loaded;
}
