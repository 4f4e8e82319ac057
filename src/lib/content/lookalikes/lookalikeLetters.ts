/**
 * The letters that look alike across scripts, and the invisible characters
 * that ride along when text is pasted from Word, Telegram or a web page.
 * Only pairs that are identical in ordinary fonts are listed: a letter that
 * merely resembles another (Latin k and Cyrillic к) is a typo, not a
 * lookalike, and cannot be corrected without guessing.
 */

/** Old Cyrillic fita, which Kyrgyz keyboard layouts and old fonts produce for ө. */
export const FITA: ReadonlyMap<string, string> = new Map([
  ['\u0473', '\u04E9'], // ѳ → ө
  ['\u0472', '\u04E8'], // Ѳ → Ө
]);

/** Latin letter → the Cyrillic letter it cannot be told apart from. */
export const LATIN_TO_CYRILLIC: ReadonlyMap<string, string> = new Map([
  ['a', 'а'], ['c', 'с'], ['e', 'е'], ['o', 'о'], ['p', 'р'], ['x', 'х'], ['y', 'у'],
  ['A', 'А'], ['B', 'В'], ['C', 'С'], ['E', 'Е'], ['H', 'Н'], ['K', 'К'], ['M', 'М'],
  ['O', 'О'], ['P', 'Р'], ['T', 'Т'], ['X', 'Х'], ['Y', 'У'],
]);

/**
 * In Kyrgyz a Latin y may stand for у or for ү, which look the same in many
 * fonts: that case is left to the author.
 */
export const AMBIGUOUS_IN_KYRGYZ: ReadonlySet<string> = new Set(['y', 'Y']);

/** Cyrillic letter → the Latin letter it cannot be told apart from. */
export const CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['с', 'c'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['х', 'x'], ['у', 'y'],
  ['А', 'A'], ['В', 'B'], ['С', 'C'], ['Е', 'E'], ['Н', 'H'], ['К', 'K'], ['М', 'M'],
  ['О', 'O'], ['Р', 'P'], ['Т', 'T'], ['Х', 'X'], ['У', 'Y'], ['Ү', 'Y'],
  ['і', 'i'], ['ј', 'j'], ['ѕ', 's'],
]);

/**
 * Characters that silently reverse or re-order the text around them
 * ("gnp.exe" shown for "exe.png"): no Kyrgyz, Russian or English text needs
 * them, and they travel into feeds, e-mail subjects and shared links.
 */
export const DIRECTION_CONTROLS: ReadonlyMap<string, string> = new Map([
  ['\u202A', 'LEFT-TO-RIGHT EMBEDDING'],
  ['\u202B', 'RIGHT-TO-LEFT EMBEDDING'],
  ['\u202C', 'POP DIRECTIONAL FORMATTING'],
  ['\u202D', 'LEFT-TO-RIGHT OVERRIDE'],
  ['\u202E', 'RIGHT-TO-LEFT OVERRIDE'],
  ['\u2066', 'LEFT-TO-RIGHT ISOLATE'],
  ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
  ['\u2068', 'FIRST STRONG ISOLATE'],
  ['\u2069', 'POP DIRECTIONAL ISOLATE'],
]);

/**
 * Control characters (U+0000–U+001F except tab and line breaks, U+007F–U+009F)
 * that ride along from PDFs and old programs: XML forbids most of them, so one
 * in a title would make strict feed readers refuse the whole feed.
 */
export const CONTROL_CHARACTERS: ReadonlyMap<string, string> = new Map(
  [...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)), ...Array.from({ length: 0x21 }, (_, offset) => 0x7f + offset)]
    .map((code) => [String.fromCharCode(code), `CONTROL CHARACTER U+${code.toString(16).toUpperCase().padStart(4, '0')}`]),
);

/** Characters reported wherever they are, as errors: they change what a text shows, or break the files it goes into. */
export const ALWAYS_WRONG: ReadonlySet<string> = new Set([...DIRECTION_CONTROLS.keys(), ...CONTROL_CHARACTERS.keys()]);

/** Characters that print as nothing (or as a hyphen only at a line break). */
export const INVISIBLE: ReadonlyMap<string, string> = new Map([
  ['\u200B', 'ZERO WIDTH SPACE'],
  ['\u200C', 'ZERO WIDTH NON-JOINER'],
  ['\u200D', 'ZERO WIDTH JOINER'],
  ['\u2060', 'WORD JOINER'],
  ['\uFEFF', 'ZERO WIDTH NO-BREAK SPACE'],
  ['\u00AD', 'SOFT HYPHEN'],
  ...DIRECTION_CONTROLS,
  ...CONTROL_CHARACTERS,
]);

const CYRILLIC_NAMES: Record<string, string> = {
  а: 'A', с: 'ES', е: 'IE', о: 'O', р: 'ER', х: 'HA', у: 'U', в: 'VE', н: 'EN', к: 'KA', м: 'EM', т: 'TE',
  і: 'BYELORUSSIAN-UKRAINIAN I', ј: 'JE', ѕ: 'DZE', ү: 'STRAIGHT U', ө: 'BARRED O', ѳ: 'FITA',
};

/** "U+0473" */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The Unicode name of the characters this check reports, e.g. "LATIN SMALL LETTER E". */
export function characterName(char: string): string {
  const invisible = INVISIBLE.get(char);
  if (invisible) return invisible;
  const lower = char.toLowerCase();
  const size = char === lower ? 'SMALL' : 'CAPITAL';
  if (/^[a-z]$/i.test(char)) return `LATIN ${size} LETTER ${char.toUpperCase()}`;
  const name = CYRILLIC_NAMES[lower];
  return name ? `CYRILLIC ${size} LETTER ${name}` : codePoint(char);
}
