/**
 * What authors paste from Word or type out of press-office habit, made
 * harmless before the Markdown is parsed: lines of invisible spaces become
 * blank lines, Word's bullet characters become list items, a list ends at
 * the first plain line after it, and the author's
 * own end mark ("###", "-30-", "END"…) on the last line is dropped, since
 * the release page adds its own.
 */

/**
 * Characters that look like nothing: spaces and tabs, the no-break spaces
 * Word inserts (U+00A0, narrow U+202F, figure U+2007), zero-width spaces and
 * joiners, and the byte-order mark. CommonMark treats a line of no-break
 * spaces as text (an empty-looking paragraph, or a line glued to the one
 * before), so such lines are emptied first.
 */
const INVISIBLE = /^[ \t\u00A0\u202F\u2007\u200B\u200C\u200D\u2060\uFEFF]*$/;

/**
 * A list item as Word pastes it: a bullet character, not a Markdown marker
 * ("· item;", "• item", and U+F0B7/U+F0A7, the Symbol and Wingdings bullets
 * of Word's own lists). Left alone, the items run together into one
 * paragraph; made "- " they are the list the author sees.
 */
const WORD_BULLET = /^(\s*)[\u00B7\u2022\u2023\u2219\u25AA\u25CF\u25E6\uF0A7\uF0B7][\s\u00A0]+/;

/** A fenced code block's first or last line: its lines are code, not pasted text (sitePathsInText.ts skips them too). */
export const CODE_FENCE = /^\s*(?:```|~~~)/;

/** A Markdown list item's first line: "- item", "* item", "1. item", "2) item". */
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+\S/;

/**
 * A blank line after a list item whose next line is plain text at the left
 * edge. Pasted text has one line per paragraph; Markdown would take such a
 * line (and every one after it) into the last item ("lazy continuation"),
 * so the paragraphs after a pasted list were shown indented inside it.
 */
function endListsAtPlainLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let fenced = false;
  lines.forEach((line, index) => {
    if (CODE_FENCE.test(line)) fenced = !fenced;
    out.push(line);
    const next = lines[index + 1];
    if (!fenced && next !== undefined && LIST_ITEM.test(line) && next.trim() !== '' && !/^\s/.test(next) && !LIST_ITEM.test(next) && !CODE_FENCE.test(next)) out.push('');
  });
  return out;
}

/** Any dash an author or Word's autocorrect might type. */
const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]';

const END_MARKS = [
  // ###, # # #, \#\#\# (escaped so Markdown keeps it as text)
  /^(?:\\?#\s*){3,}$/,
  // ***, * * *
  /^(?:\*\s*){3,}$/,
  // -30-, - 30 -, –30–
  new RegExp(`^${DASH}+\\s*30\\s*${DASH}+$`),
  // END, ENDS, -END-, - END -, -ENDS-, [END]
  new RegExp(`^(?:${DASH}+\\s*|\\[\\s*)?ends?(?:\\s*${DASH}+|\\s*\\])?$`, 'i'),
];

/** "END" without dashes or brackets: a real word, so only taken as a mark when alone in its paragraph. */
const BARE_WORD = /^[\s*_]*ends?[\s*_]*$/i;

/** True when `line` is, trimmed, a conventional press-release end mark, bold or not. */
export function isAuthorEndMark(line: string): boolean {
  const trimmed = line.replace(/^[\s\u200B\uFEFF]+|[\s\u200B\uFEFF]+$/g, '');
  // "**-30-**" or "__END__": emphasis around the mark does not make it text.
  const unwrapped = trimmed.replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2').trim();
  return END_MARKS.some((pattern) => pattern.test(trimmed) || pattern.test(unwrapped));
}

/**
 * Returns `markdown` with lines of invisible characters emptied and, when the
 * last non-blank line is an end mark (see `isAuthorEndMark`), that line and
 * the blank lines after it removed (a bare "END" only as a paragraph of its
 * own). Only the last line: a "###" between two parts of the text is the
 * author's business (an empty heading is dropped later, after parsing).
 * Line endings come back as "\n".
 */
export function tidyAuthorMarkdown(markdown: string): string {
  let fenced = false;
  const lines = markdown.split(/\r\n?|\n/).map((line) => {
    if (CODE_FENCE.test(line)) fenced = !fenced;
    if (INVISIBLE.test(line)) return '';
    return fenced ? line : line.replace(WORD_BULLET, '$1- ');
  });
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === '') last--;
  if (last < 0 || !isAuthorEndMark(lines[last]!)) return endListsAtPlainLines(lines).join('\n');
  // A bare "end" right under a line of text may be the last word of a wrapped sentence.
  if (BARE_WORD.test(lines[last]!) && last > 0 && lines[last - 1] !== '') return endListsAtPlainLines(lines).join('\n');
  return endListsAtPlainLines(lines.slice(0, last)).join('\n').replace(/\n+$/, '') + '\n';
}
