/**
 * Runs findLookalikes over a content file, field by field as written (YAML
 * values with their positions) and line by line in the body, and turns what
 * it finds into warnings that name the file, line, field, word and character,
 * each carrying the exact edits `npm run validate -- --fix` applies.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Locale } from '../../../i18n/locales.ts';
import { seeGuide } from '../authorGuide.ts';
import type { YamlSource } from '../parseFrontMatter.ts';
import { fieldName, type ContentProblem } from '../problems.ts';
import type { TextEdit } from './fixLookalikes.ts';
import { findLookalikes, type LookalikeRules, type LookalikeWord } from './findLookalikes.ts';
import { ALWAYS_WRONG, characterName, codePoint, CONTROL_CHARACTERS, DIRECTION_CONTROLS, INVISIBLE } from './lookalikeLetters.ts';

type Path = ReadonlyArray<string | number>;

/** What to check in one file. */
export interface LookalikeScan {
  /** Path from the project root, as in messages. */
  file: string;
  /** The file's language; undefined for files with every language inside (organisations, tags). */
  lang: Locale | undefined;
  yaml: YamlSource | undefined;
  /** Body lines (already split, LF) and the 1-based file line of the first; omitted for YAML files. */
  body?: { lines: readonly string[]; firstLine: number };
  /** Fields where invisible characters are reported: titles, summaries, datelines, names. */
  invisibleIn(path: Path): boolean;
}

const FIX_COMMAND = '"npm run validate -- --fix" corrects it';

function rulesFor(lang: Locale | undefined, invisible: boolean): LookalikeRules {
  return { fita: lang === 'ky' || lang === 'ru', mixedScripts: true, invisible, kyrgyz: lang === 'ky' };
}

/** The language of a value in a multilingual YAML file: the nearest "ky:"/"ru:"/"en:" key above it. */
function languageInPath(path: Path): Locale | undefined {
  const key = [...path].reverse().find((part) => part === 'ky' || part === 'ru' || part === 'en');
  return key as Locale | undefined;
}

function describeLetter(char: string): string {
  return `${INVISIBLE.has(char) ? '' : `${char} `}(${codePoint(char)} ${characterName(char)})`;
}

/** "Биш‹U+200B›кек": the word with its invisible characters made visible. */
function visible(word: string): string {
  return [...word].map((char) => (INVISIBLE.has(char) ? `‹${codePoint(char)}›` : char)).join('');
}

function uniqueLetters(found: LookalikeWord): string[] {
  return [...new Set(found.letters.map((letter) => letter.char))];
}

/** Plain words for one finding: what is wrong and how to correct it. */
export function describeLookalike(found: LookalikeWord, file: string): { problem: string; fix: string } {
  const letters = uniqueLetters(found);
  const see = seeGuide(file, 'lookalikes');
  switch (found.kind) {
    case 'fita': {
      const twins = letters.map((char) => found.letters.find((letter) => letter.char === char)!.replacement);
      return {
        problem: `"${found.word}" is written with ${letters.map(describeLetter).join(' and ')}, an old letter that looks like ${twins.join('/')}; search, sorting and screen readers miss the word`,
        fix: `write "${found.fixed}" with ${twins.map(describeLetter).join(' and ')}; ${FIX_COMMAND}; ${see}`,
      };
    }
    case 'latin-in-cyrillic':
    case 'cyrillic-in-latin': {
      const [letter] = found.letters;
      const [script, other] = found.kind === 'latin-in-cyrillic' ? ['Latin', 'Cyrillic'] : ['Cyrillic', 'Latin'];
      return {
        problem: `"${found.word}" has a ${script} ${describeLetter(letter!.char)} among ${other} letters; it looks the same, but search and screen readers read another word`,
        fix: `write "${found.fixed}" with the ${other} ${describeLetter(letter!.replacement)}; ${FIX_COMMAND}; ${see}`,
      };
    }
    case 'invisible':
      return {
        problem: `"${visible(found.word)}" contains the invisible ${letters.map((char) => `${characterName(char)} (${codePoint(char)})`).join(' and ')}, ${
          letters.some((char) => DIRECTION_CONTROLS.has(char)) ? 'which shows the text around it in another order than it is written'
            : letters.some((char) => CONTROL_CHARACTERS.has(char)) ? 'which feeds may not contain (strict feed readers would refuse the whole feed)' : 'which breaks search and copying'}`,
        fix: `delete it: "${found.fixed}"; ${FIX_COMMAND}; ${see}`,
      };
  }
}

/** File line and column of an offset in the YAML text. */
function yamlPosition(yaml: YamlSource, offset: number): { line: number; column: number } {
  const { line, col } = yaml.lineCounter.linePos(offset);
  return { line: line + yaml.startLine - 1, column: col - 1 };
}

function problemOf(scan: LookalikeScan, found: LookalikeWord, field: string, at: (offset: number) => { line: number; column: number }): ContentProblem {
  const edits: TextEdit[] = found.letters.map((letter) => ({ ...at(letter.index), original: letter.char, replacement: letter.replacement }));
  return {
    // Text that shows reversed, or breaks the feeds, is not a typo to tidy later: it stops the build until fixed.
    severity: found.letters.some((letter) => ALWAYS_WRONG.has(letter.char)) ? 'error' : 'warning', file: scan.file, line: edits[0]!.line, field,
    ...describeLookalike(found, scan.file),
    autoFix: { edits, before: visible(found.word), after: found.fixed },
  };
}

/** Every string value in the YAML tree with its path. */
function* scalars(node: unknown, path: Path): Generator<{ path: Path; node: Node }> {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) yield* scalars(pair.value, [...path, String(pair.key.value)]);
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) yield* scalars(item, [...path, index]);
  } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
    yield { path, node };
  }
}

/** Lookalike warnings for one content file, in the order they appear. */
export function lookalikeProblems(scan: LookalikeScan): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { yaml } = scan;
  if (yaml) {
    for (const { path, node } of scalars(yaml.document.contents, [])) {
      const [start, end] = node.range!;
      // The value as written (quotes and all), so positions and edits refer to the file itself.
      const source = yaml.text.slice(start, end);
      const rules = rulesFor(scan.lang ?? languageInPath(path), scan.invisibleIn(path));
      for (const found of findLookalikes(source, rules)) {
        problems.push(problemOf(scan, found, fieldName(path), (offset) => yamlPosition(yaml, start + offset)));
      }
    }
  }
  if (scan.body) {
    // The body of a release is long and its invisible characters harmless in practice: letters only.
    const rules = rulesFor(scan.lang, false);
    scan.body.lines.forEach((text, index) => {
      const line = scan.body!.firstLine + index;
      for (const found of findLookalikes(text, rules)) problems.push(problemOf(scan, found, '(text)', (offset) => ({ line, column: offset })));
    });
  }
  return problems;
}
