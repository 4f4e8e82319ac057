import { readFileSync } from 'node:fs';
import { explainYamlError } from './explainYamlError.ts';
import { LineCounter, parseDocument, visit, type Alias, type Document } from 'yaml';
import { lineInTable, yamlLineTable, type YamlLineTable } from './yamlLineTable.ts';

/** A Markdown file's YAML data, where its body starts, and line lookup for errors. */
export interface FrontMatterFile {
  data: Record<string, unknown>;
  /** 0-based index of the body's first line in the normalized text (see normalizeText). */
  bodyStartLine: number;
  /** 1-based line in the original file of the value at `path` (or its nearest parent). */
  lineOf(path: ReadonlyArray<string | number>): number;
  /** The lines `lineOf` answers from, as plain data (kept by the per-file content cache). */
  lines: YamlLineTable;
  /** The parsed YAML with positions, for checks that look at values as written (lookalikes/). */
  yaml?: YamlSource;
}

/** YAML text with its syntax tree and line positions. */
export interface YamlSource {
  document: Document;
  lineCounter: LineCounter;
  /** The YAML text the tree's offsets refer to. */
  text: string;
  /** File line where `text` begins. */
  startLine: number;
}

/** A problem that makes a file unreadable as a whole. */
export class FrontMatterError extends Error {
  readonly line: number;
  readonly fix: string;
  /** The field the problem is in, when one is to blame (e.g. a field written twice). */
  readonly field: string | undefined;
  constructor(message: string, line: number, fix: string, field?: string) {
    super(message);
    this.line = line;
    this.fix = fix;
    this.field = field;
  }
}

const SAVE_AS_UTF8 = 'save the file as UTF-8 (in Notepad: File → Save as → Encoding: UTF-8; in Word: Plain text → Unicode (UTF-8))';

/**
 * Reads a content file as UTF-8 text. Files saved in another encoding (UTF-16
 * "Unicode" from old Notepad, Windows-1251 Cyrillic) are refused instead of
 * being published as unreadable characters.
 */
export function readUtf8File(absolutePath: string): string {
  return decodeUtf8(readFileSync(absolutePath));
}

/** UTF-16 saved without its byte-order mark: every other byte of Latin text (and of "---") is zero, which text in UTF-8 never has. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return sample.length >= 6 && zeros >= sample.length / 4;
}

/** Decodes a content file's bytes as UTF-8, refusing other encodings (see readUtf8File). */
export function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    throw new FrontMatterError('the file is saved as UTF-16 ("Unicode"), not UTF-8', 1, SAVE_AS_UTF8);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (bad === -1) return text;
  // A byte sequence that is not UTF-8 decodes to U+FFFD: point at its line.
  const line = text.slice(0, bad).split('\n').length;
  throw new FrontMatterError('the file is not saved as UTF-8 (perhaps Windows-1251 Cyrillic), so its letters would be published as garbage', line, SAVE_AS_UTF8);
}

/**
 * Normalizes text written on any system: drops a UTF-8 byte-order mark and
 * turns Windows (CRLF) and old Mac (CR) line endings into LF.
 */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The Markdown body of a content file's bytes: decoded, normalized, from its 0-based `bodyStartLine` on. */
export function markdownBody(bytes: Uint8Array, bodyStartLine: number): string {
  return normalizeText(decodeUtf8(bytes)).split('\n').slice(bodyStartLine).join('\n');
}

/**
 * Parses YAML with the YAML 1.2 core schema: no code execution, no custom
 * tags, and dates stay strings so that `parseSiteDate` decides their zone.
 * `startLine` is the file line where the YAML text begins.
 */
export function parseYaml(text: string, startLine = 1): { data: unknown; lineOf: FrontMatterFile['lineOf']; lines: YamlLineTable; yaml: YamlSource } {
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false });
    const first = doc.errors[0] ?? doc.warnings[0];
    if (first && /call stack/i.test(first.message)) throw tooDeep(startLine);
    if (first) {
      const relativeLine = lineCounter.linePos(first.pos[0]).line;
      const { problem, fix, field } = explainYamlError(first.message, text.split('\n')[relativeLine - 1] ?? '');
      throw new FrontMatterError(problem, relativeLine + startLine - 1, fix, field);
    }
    refuseAliases(doc, lineCounter, startLine);
    const lines = yamlLineTable(doc, lineCounter, startLine);
    const lineOf = (path: ReadonlyArray<string | number>) => lineInTable(lines, path);
    return { data: doc.toJS(), lineOf, lines, yaml: { document: doc, lineCounter, text, startLine } };
  } catch (error) {
    // Thousands of nested brackets exhaust the stack of any reader: said in words, not as a stack trace.
    if (error instanceof RangeError) throw tooDeep(startLine);
    throw error;
  }
}

function tooDeep(startLine: number): FrontMatterError {
  return new FrontMatterError(
    'the front-matter is nested too deeply to read (lists or fields inside one another, many levels down)', startLine,
    'a release needs at most three levels, as in "event:" → "languages:" → a list; remove the extra brackets or indentation',
  );
}

/**
 * Refuses YAML aliases ("*name", repeating an "&name" value). Content never
 * needs them, an author copying a value is clearer, and a few lines of
 * aliases can expand into gigabytes ("billion laughs").
 */
function refuseAliases(doc: Document, lineCounter: LineCounter, startLine: number): void {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  if (!found) return;
  const line = found.range ? lineCounter.linePos(found.range[0]).line + startLine - 1 : startLine;
  throw new FrontMatterError(`"*${found.source}" is a YAML alias, a shortcut that repeats another value; this site does not read aliases`, line, 'write the value out in full here, and remove the "&" anchor it points to');
}

/** Line lookup for a file without fields: everything is reported on line 1. */
export const NO_FIELDS: YamlLineTable = { offset: 1, rootKind: 'x', entries: {} };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;

/**
 * Splits a Markdown file into YAML front-matter and body. Anything that is
 * not YAML front-matter (`---js`, `---json`, TOML `+++`) is refused, because
 * some front-matter parsers execute such blocks as code.
 */
export function parseFrontMatter(rawText: string): FrontMatterFile {
  const text = normalizeText(rawText);
  const lines = text.split('\n');
  const opening = lines[0] ?? '';
  const language = /^---[ \t]*([A-Za-z]\w*)/.exec(opening)?.[1];
  if (language) {
    throw new FrontMatterError(
      `front-matter must be YAML, but this file starts with "---${language}"`,
      1,
      `replace the first line with "---" and write the fields as YAML (front-matter code is never run)`,
    );
  }
  if (opening.startsWith('+++') || opening.startsWith(';;;')) {
    throw new FrontMatterError('front-matter must be YAML between "---" lines', 1, 'start the file with a line "---"');
  }
  if (!FENCE.test(opening)) {
    throw new FrontMatterError(
      'the file has no front-matter',
      1,
      'start the file with a line "---", then the fields (title: …), then another "---" line before the text',
    );
  }
  const closingIndex = lines.findIndex((line, index) => index > 0 && CLOSING_FENCE.test(line));
  if (closingIndex === -1) {
    throw new FrontMatterError(
      'the front-matter is never closed',
      1,
      'add a line "---" after the last field, before the text of the release',
    );
  }
  const { data, lineOf, lines: lineTable, yaml } = parseYaml(lines.slice(1, closingIndex).join('\n'), 2);
  if (data === null || data === undefined) {
    return { data: {}, bodyStartLine: closingIndex + 1, lineOf: () => 1, lines: NO_FIELDS };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const missingSpace = /^\s*([\w-]+):(\S.*)$/.exec(lines[1] ?? '');
    throw new FrontMatterError(
      missingSpace ? `there is no space after "${missingSpace[1]}:"` : 'the front-matter must be a list of "field: value" lines',
      2,
      missingSpace ? `write "${missingSpace[1]}: ${missingSpace[2]}"` : 'write one "field: value" per line',
    );
  }
  return { data: data as Record<string, unknown>, bodyStartLine: closingIndex + 1, lineOf, lines: lineTable, yaml };
}
