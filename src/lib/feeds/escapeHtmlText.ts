/**
 * Escapes text to stand as literal text inside HTML. RSS readers render an
 * item's `description` as HTML, so a summary such as `Water & <tags>` must
 * reach them as `Water &amp; &lt;tags&gt;` or the reader drops `<tags>`
 * and may build elements from it.
 *
 * Only `&`, `<` and `>` are replaced: quotes are plain text outside
 * attributes, and `&apos;` is unknown to the HTML 4 parsers some readers
 * still use (an apostrophe in "NGO's" would show as "&apos;").
 */
export function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
