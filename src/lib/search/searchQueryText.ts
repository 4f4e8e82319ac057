/**
 * What the search page asks the index for, given what the reader typed.
 * Readers type with the same keyboards authors do: the old letter ѳ for ө
 * (some Kyrgyz layouts), one Latin letter inside a Cyrillic word, a zero-width
 * space pasted along. The content is corrected by `npm run validate -- --fix`
 * before it is published, so the index holds "өткөргөн"; the query gets the
 * same correction, or "ѳткѳргѳн" would find nothing.
 */
import { applyLetters, findLookalikes } from '../content/lookalikes/findLookalikes.ts';

/** `query` with the lookalike letters the content check corrects replaced, as the index spells them. */
export function searchQueryText(query: string, locale: string): string {
  const kyrgyz = locale.toLowerCase().startsWith('ky');
  const words = findLookalikes(query, { fita: true, mixedScripts: true, invisible: true, kyrgyz });
  return applyLetters(query, 0, words.flatMap((word) => word.letters));
}
