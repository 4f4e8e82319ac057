/**
 * Glyph coverage check. Satori draws nothing for a character no loaded font
 * covers, silently; this check turns that into a build error naming the
 * file, the field, the character and its code point. Emoji are not bundled,
 * so they are reported the same way.
 */

/** A character a card needs that no loaded font draws. */
export interface MissingGlyph {
  char: string;
  codePoint: number;
  /** "U+1F600" */
  label: string;
}

/** Characters that never draw anything, so need no glyph. */
function isInvisible(codePoint: number): boolean {
  return (
    codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) ||
    codePoint === 0xad || codePoint === 0x034f ||
    (codePoint >= 0x200b && codePoint <= 0x200f) || (codePoint >= 0x2028 && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x206f) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xfeff || (codePoint >= 0xe0000 && codePoint <= 0xe0fff)
  );
}

/** "U+04E8" */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Stand-ins for characters that look the same as one the fonts have:
 * Word's non-breaking hyphen (Ctrl+Shift+-), the figure dash, typographic
 * spaces. Authors paste these without knowing; failing the build over a
 * hyphen nobody can see would be unkind. Each entry lists preferences in
 * order; the first one the fonts draw is used.
 */
const LOOKALIKES: ReadonlyMap<number, readonly string[]> = new Map([
  [0x2010, ['-']], // hyphen
  // A word joiner after the hyphen keeps the non-breaking hyphen's promise: "2021‑жылы" stays on one line.
  [0x2011, ['\u2010\u2060', '-\u2060']], // non-breaking hyphen
  [0x2012, ['\u2013', '-']], // figure dash
  [0x2015, ['\u2014', '\u2013', '-']], // horizontal bar
  [0x2212, ['\u2013', '-']], // minus sign
  [0x2002, [' ']], [0x2003, [' ']], [0x2004, [' ']], [0x2005, [' ']], [0x2006, [' ']],
  [0x2007, ['\u00a0', ' ']], [0x2008, [' ']], [0x2009, [' ']], [0x200a, [' ']], // typographic spaces
  [0x202f, ['\u00a0', ' ']], // narrow no-break space (French and Russian typography)
]);

/**
 * `text` with characters the fonts lack replaced by a look-alike they have
 * (LOOKALIKES); everything else is left for findMissingGlyphs to report.
 * What the card draws, and what its alt text says, stay the same words.
 */
export function drawableText(text: string, coverage: ReadonlySet<number>): string {
  let result = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    const standIns = coverage.has(codePoint) ? undefined : LOOKALIKES.get(codePoint);
    result += standIns?.find((standIn) => findMissingGlyphs(standIn, coverage).length === 0) ?? char;
  }
  return result;
}

/** Distinct characters of `text` that `coverage` does not draw, in order of appearance. */
export function findMissingGlyphs(text: string, coverage: ReadonlySet<number>): MissingGlyph[] {
  const missing = new Map<number, MissingGlyph>();
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (coverage.has(codePoint) || isInvisible(codePoint) || missing.has(codePoint)) continue;
    missing.set(codePoint, { char, codePoint, label: codePointLabel(codePoint) });
  }
  return [...missing.values()];
}

/** One card text that cannot be drawn. */
export interface CoverageProblem {
  /** Content file the text comes from. */
  file: string;
  /** Front-matter field or setting, e.g. "title". */
  field: string;
  /** Line of the field in the file, where known. */
  line?: number;
  text: string;
  missing: MissingGlyph[];
}

/** A readable, multi-line report for a failed build. */
export function formatCoverageProblems(problems: readonly CoverageProblem[]): string {
  const lines = problems.map((problem) => {
    const chars = problem.missing.map((glyph) => `"${glyph.char}" (${glyph.label})`).join(', ');
    return `  ${problem.file}${problem.line ? `:${problem.line}` : ''}  ${problem.field}: contains ${chars}, which the social-card fonts (Noto Sans: Latin, Latin Extended, Cyrillic, Cyrillic Extended) cannot draw.`;
  });
  return [
    `[newsroom] Social preview images: ${problems.length} text(s) use characters the card fonts do not cover.`,
    ...lines,
    '  Fix: replace or remove those characters (emoji are not supported on cards), or add a font that covers them in src/og/fonts.ts.',
  ].join('\n');
}
