/**
 * Applies the corrections the lookalike check found to a file's text as it
 * is stored: only the characters named are replaced, so a byte-order mark,
 * Windows (CRLF) line endings and everything else stay exactly as they were.
 */

/** One character-level correction at a position in a file. */
export interface TextEdit {
  /** 1-based line in the file. */
  line: number;
  /** 0-based UTF-16 offset in the line (not counting a byte-order mark on line 1). */
  column: number;
  /** The text expected there; an edit whose text is not there is skipped. */
  original: string;
  /** What replaces it ("" deletes it). */
  replacement: string;
}

/** The correction of one problem: its edits, and the word before and after for the report. */
export interface AutoFix {
  edits: readonly TextEdit[];
  /** The word as written, invisible characters shown as ‹U+200B›. */
  before: string;
  after: string;
}

/** The result of fixing one file. */
export interface FixResult {
  text: string;
  applied: TextEdit[];
  /** Edits whose original text was not found where expected (the file changed meanwhile). */
  skipped: TextEdit[];
}

/** Applies `edits` to `raw` (the file's full text, byte-order mark included), keeping line endings. */
export function fixLookalikes(raw: string, edits: readonly TextEdit[]): FixResult {
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  // Lines and their terminators alternate: [line, "\r\n", line, "\n", line…].
  const parts = raw.slice(bom.length).split(/(\r\n|\r|\n)/);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  // Right to left within a line, so earlier columns stay valid.
  const ordered = [...edits].sort((a, b) => a.line - b.line || b.column - a.column);
  for (const edit of ordered) {
    const index = (edit.line - 1) * 2;
    const line = parts[index];
    if (line === undefined || line.slice(edit.column, edit.column + edit.original.length) !== edit.original) {
      skipped.push(edit);
      continue;
    }
    parts[index] = line.slice(0, edit.column) + edit.replacement + line.slice(edit.column + edit.original.length);
    applied.push(edit);
  }
  return { text: bom + parts.join(''), applied, skipped };
}
