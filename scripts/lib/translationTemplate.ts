/**
 * The text of a new translation (`npm run new -- --translate`): every field
 * of the source file is kept. Language-independent values (dates, ids,
 * links, telephone numbers, the event's times and status) are copied as they
 * are; texts are copied with a "# TODO:" note in the new file's language, so
 * nothing is lost and nothing untranslated can be published.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Locale } from '../../src/i18n/locales.ts';
import { normalizeText } from '../../src/lib/content/parseFrontMatter.ts';
import { templateNotes } from './templateNotes.ts';

/**
 * Paths of the texts that differ between languages ("*" = every list item).
 * A contact's role given per language ({ky, ru, en}) is not one text and is
 * kept as it is.
 */
const TEXT_FIELDS = [
  'title', 'summary', 'dateline', 'corrections.*.note',
  'event.venue', 'event.address', 'event.registration', 'event.accessibility',
  'image.alt', 'image.credit', 'attachments.*.title', 'contacts.*.role',
];

function isTextField(path: readonly (string | number)[]): boolean {
  const name = path.map((part) => (typeof part === 'number' ? '*' : part)).join('.');
  return TEXT_FIELDS.includes(name);
}

/** Every scalar value of the front-matter with its path. */
function* scalarPairs(node: unknown, path: Array<string | number>): Generator<{ path: Array<string | number>; node: Node }> {
  if (isMap(node)) {
    for (const pair of node.items) if (isScalar(pair.key)) yield* scalarPairs(pair.value, [...path, String(pair.key.value)]);
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) yield* scalarPairs(item, [...path, index]);
  } else if (isScalar(node)) {
    yield { path, node };
  }
}

/** The source's own comments are notes in its language (or already resolved): they are not carried over. */
function dropComments(doc: Document): void {
  doc.comment = null;
  doc.commentBefore = null;
  visit(doc, { Node: (_key, node) => { node.comment = null; node.commentBefore = null; } });
}

/**
 * The complete text of a translation of `sourceText` (a release file in
 * `sourceLang`) into `lang`. `translated` ("2026-12-02T15:30") is given for
 * a release that came out earlier: the new file then says when it is
 * published, so feeds date its item then (a "# TODO:" note makes the author
 * set the real moment before it can be published).
 */
export function translationText(sourceText: string, sourceLang: Locale, lang: Locale, title?: string, translated?: string): string {
  const notes = templateNotes[lang];
  const lines = normalizeText(sourceText).split('\n');
  const closing = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
  const doc = parseDocument(lines.slice(1, closing).join('\n'), { schema: 'core' });
  dropComments(doc);
  for (const { path, node } of scalarPairs(doc.contents, [])) {
    if (isTextField(path)) node.comment = ` ${notes.translate}`;
  }
  if (title) doc.set('title', doc.createNode(title));
  // The source's own date of translation, if it was one, is not this file's.
  doc.delete('translated');
  if (translated) {
    const node = doc.createNode(translated);
    // Quoted like every date the templates write, as the author guide asks.
    node.type = 'QUOTE_DOUBLE';
    node.comment = ` ${notes.translated}`;
    doc.set('translated', node);
  }
  const draft = doc.createNode(true);
  draft.comment = ` ${notes.draft}`;
  doc.set('draft', draft);
  const body = lines.slice(closing + 1).join('\n').trim();
  const frontMatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${frontMatter}---\n${notes.translateBody(sourceLang)}\n\n${body}\n`;
}
