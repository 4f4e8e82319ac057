/**
 * What the search page asks the index for, given what the reader typed.
 * Readers type with the same keyboards authors do: the old letter ѳ for ө
 * (some Kyrgyz layouts), one Latin letter inside a Cyrillic word, a zero-width
 * space pasted along. The content is corrected by `npm run validate -- --fix`
 * before it is published, so the index holds "өткөргөн"; the query gets the
 * same correction, or "ѳткѳргѳн" would find nothing.
 */
import { findLookalikes } from '../content/lookalikes/findLookalikes.ts';

/** `query` with the lookalike letters the content check corrects replaced, as the index spells them. */
export function searchQueryText(query: string, locale: string): string {
  const kyrgyz = locale.toLowerCase().startsWith('ky');
  const words = findLookalikes(query, { fita: true, mixedScripts: true, invisible: true, kyrgyz });
  const letters = words.flatMap((word) => word.letters).sort((a, b) => b.index - a.index);
  let text = query;
  // Right to left, so the offsets of the letters before stay valid.
  for (const letter of letters) text = text.slice(0, letter.index) + letter.replacement + text.slice(letter.index + letter.char.length);
  return text;
}
