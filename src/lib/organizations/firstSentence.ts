/**
 * One line about an organisation for the organisations index: the first
 * sentence of its "About" text, so the index reads as a list, not a wall of
 * boilerplate.
 */

/** Sentence ends: ".", "!", "?" (and "…") followed by a space and a capital letter, in any script. */
const SENTENCE_END = /([.!?…])\s+(?=[\p{Lu}«"“„(])/gu;

/** "г.", "им.", "ул." and initials ("А. Токтосунова") end with a dot without ending the sentence. */
const ABBREVIATION = /(?:^|[\s(«"“])(?:\p{Ll}{1,3}|\p{Lu})\.$/u;

/** The first sentence of `text`, or the whole text when it is one sentence. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  for (const match of trimmed.matchAll(SENTENCE_END)) {
    const end = match.index + 1;
    if (match[1] === '.' && ABBREVIATION.test(trimmed.slice(0, end))) continue;
    return trimmed.slice(0, end);
  }
  return trimmed;
}
