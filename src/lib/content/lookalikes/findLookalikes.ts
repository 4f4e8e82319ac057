/**
 * Finds, in one piece of text, the characters that look right on screen but
 * are wrong: the old letter ѳ typed for ө, one Latin letter inside a Cyrillic
 * word (or the reverse) after copy-paste, and invisible characters. Only
 * unambiguous cases are reported, each with its exact correction, so that
 * `npm run validate -- --fix` can apply them without asking.
 */
import { ALWAYS_WRONG, AMBIGUOUS_IN_KYRGYZ, CYRILLIC_TO_LATIN, FITA, INVISIBLE, LATIN_TO_CYRILLIC } from './lookalikeLetters.ts';

/** What kind of lookalike a word has. */
export type LookalikeKind = 'fita' | 'latin-in-cyrillic' | 'cyrillic-in-latin' | 'invisible';

/** Which checks apply to a piece of text (they depend on its language and field). */
export interface LookalikeRules {
  /** ѳ/Ѳ → ө/Ө: Kyrgyz and Russian text. */
  fita: boolean;
  /** One letter of the other script inside a word. */
  mixedScripts: boolean;
  /** Zero-width characters and soft hyphens: titles, summaries, datelines. */
  invisible: boolean;
  /** Kyrgyz text, where a Latin y could be у or ү and is left alone. */
  kyrgyz: boolean;
}

/** One wrong character and what replaces it ("" deletes it). */
export interface WrongLetter {
  /** Offset in the text. */
  index: number;
  char: string;
  replacement: string;
}

/** A word with lookalike characters of one kind. */
export interface LookalikeWord {
  kind: LookalikeKind;
  /** Offset of `word` in the text. */
  index: number;
  /** The word as written. */
  word: string;
  /** The word once corrected. */
  fixed: string;
  letters: WrongLetter[];
}

const INVISIBLE_CLASS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';
/** Letters, combining marks and invisible characters: "Биш\u200Bкек" is one word. Hyphens, slashes and digits split words. */
const WORD = new RegExp(`[\\p{L}\\p{M}${INVISIBLE_CLASS}]+`, 'gu');
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Printable ASCII, tabs and line breaks: nothing to report. */
const ASCII = /^[\t\n\r\x20-\x7E]*$/;
/** ѳ, Ѳ, the invisible characters and the direction controls: worth a closer look wherever they are. */
const SPECIAL = new RegExp(`[\\u0472\\u0473${INVISIBLE_CLASS}]`);
/** A word in one script with nothing to report: all ASCII, or all Cyrillic without ѳ. */
const PLAIN_WORD = /^(?:[\x20-\x7E]+|[\u0400-\u0471\u0474-\u04FF]+)$/;
const LATIN = /\p{Script=Latin}/u;
/** Neighbours that make a joiner intentional: emoji sequences (👩‍💻) and scripts that need joiners (Persian, Indic). */
const JOINER_CONTEXT = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]|(?![\p{Script=Latin}\p{Script=Cyrillic}])\p{L}|\p{M}/u;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** True for a joiner that belongs where it is (inside an emoji, between Persian letters…). */
function isIntentional(text: string, index: number, char: string): boolean {
  if (char !== '\u200C' && char !== '\u200D') return false;
  return JOINER_CONTEXT.test(codePointBefore(text, index)) || JOINER_CONTEXT.test(codePointAt(text, index + 1));
}

/** `text` (found at offset `start`) with `letters` replaced; also corrects a whole search query (searchQueryText.ts). */
export function applyLetters(text: string, start: number, letters: readonly WrongLetter[]): string {
  let fixed = text;
  for (const letter of [...letters].sort((a, b) => b.index - a.index)) {
    const at = letter.index - start;
    fixed = fixed.slice(0, at) + letter.replacement + fixed.slice(at + letter.char.length);
  }
  return fixed;
}

/** The one letter of the minority script, when a word has exactly one and at least two of the other. */
function oddLetter(word: string, start: number, rules: LookalikeRules): WrongLetter | undefined {
  const latin: WrongLetter[] = [];
  const cyrillic: WrongLetter[] = [];
  let offset = 0;
  for (const char of word) {
    if (LATIN.test(char)) latin.push({ index: start + offset, char, replacement: '' });
    else if (CYRILLIC.test(char)) cyrillic.push({ index: start + offset, char, replacement: '' });
    offset += char.length;
  }
  if (latin.length === 1 && cyrillic.length >= 2) {
    const letter = latin[0]!;
    if (rules.kyrgyz && AMBIGUOUS_IN_KYRGYZ.has(letter.char)) return undefined;
    const twin = LATIN_TO_CYRILLIC.get(letter.char);
    return twin ? { ...letter, replacement: twin } : undefined;
  }
  if (cyrillic.length === 1 && latin.length >= 2) {
    const letter = cyrillic[0]!;
    const twin = CYRILLIC_TO_LATIN.get(letter.char);
    return twin ? { ...letter, replacement: twin } : undefined;
  }
  return undefined;
}

/** An invisible character standing between spaces, with the words on either side, to show where it is. */
function surroundingRun(text: string, from: number, to: number): { index: number; word: string } {
  let start = from;
  let end = to;
  while (start > 0 && /\s/.test(text.charAt(start - 1))) start--;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  while (end < text.length && /\s/.test(text.charAt(end))) end++;
  while (end < text.length && !/\s/.test(text.charAt(end))) end++;
  return { index: start, word: text.slice(start, end) };
}

/** Every word of `text` with lookalike characters, in order, one entry per word and kind. */
export function findLookalikes(text: string, rules: LookalikeRules): LookalikeWord[] {
  // Every case involves a character outside ASCII, and a mix needs both scripts in the text:
  // most lines (plain English, plain Kyrgyz or Russian) are skipped at once.
  if (ASCII.test(text)) return [];
  if (!SPECIAL.test(text) && !(LATIN.test(text) && CYRILLIC.test(text))) return [];
  const found: LookalikeWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (PLAIN_WORD.test(word)) continue;
    const start = match.index;
    const fita: WrongLetter[] = [];
    const invisible: WrongLetter[] = [];
    let offset = 0;
    for (const char of word) {
      const index = start + offset;
      offset += char.length;
      const twin = FITA.get(char);
      if (twin && rules.fita) fita.push({ index, char, replacement: twin });
      // Direction and control characters are reported wherever they are: they change what the text shows, or break feeds.
      if (INVISIBLE.has(char) && (rules.invisible || ALWAYS_WRONG.has(char)) && !isIntentional(text, index, char)) invisible.push({ index, char, replacement: '' });
    }
    if (fita.length > 0) found.push({ kind: 'fita', index: start, word, fixed: applyLetters(word, start, fita), letters: fita });
    if (rules.mixedScripts && !/^[\x00-\x7F]*$/.test(word)) {
      const odd = oddLetter(word, start, rules);
      if (odd) {
        found.push({ kind: LATIN.test(odd.char) ? 'latin-in-cyrillic' : 'cyrillic-in-latin', index: start, word, fixed: applyLetters(word, start, [odd]), letters: [odd] });
      }
    }
    if (invisible.length > 0) {
      // An invisible character between spaces has no word of its own: show its neighbours.
      const run = /[\p{L}\p{M}]/u.test(word) ? { index: start, word } : surroundingRun(text, start, start + word.length);
      found.push({ kind: 'invisible', index: run.index, word: run.word, fixed: applyLetters(run.word, run.index, invisible), letters: invisible });
    }
  }
  return found;
}
