/**
 * The site paths a release's Markdown text links to or shows: images
 * (`![…](/images/photo.jpg)`), links (`[report](/files/report.pdf)`),
 * reference definitions (`[1]: /files/annex.pdf`) and raw HTML `src`/`href`,
 * and links with no address at all (`[text](#)`).
 * A photo the author forgot to put in `public/` would otherwise be a broken
 * image on the published release, found by nobody until a journalist sees it.
 */
import type { BodyPath } from './contentFileCache.ts';
import { CODE_FENCE } from './tidyAuthorMarkdown.ts';

const INLINE = /\]\(\s*<?(\/[^\s)>]+)/g;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*<?(\/[^\s>]+)/;
const HTML_ATTRIBUTE = /\b(?:src|href)\s*=\s*["'](\/[^"'\s]+)/gi;
/** A link with no address, `[text](#)` or `[text]()`, as copied from a web page whose links were placeholders: reported as "#". */
const EMPTY_LINK = /\]\(\s*#?\s*\)/g;

/** What `sitePathsInText` reports for a link that has no address. */
export const EMPTY_LINK_VALUE = '#';

/** Site paths (starting with one "/") in `lines`, the first of which is file line `firstLine`; paths in fenced code are left out. */
export function sitePathsInText(lines: readonly string[], firstLine: number): BodyPath[] {
  const found: BodyPath[] = [];
  let fenced = false;
  lines.forEach((text, index) => {
    if (CODE_FENCE.test(text)) fenced = !fenced;
    if (fenced) return;
    const line = firstLine + index;
    const values = [...text.matchAll(INLINE), ...text.matchAll(HTML_ATTRIBUTE)].map((match) => match[1]!);
    const reference = REFERENCE.exec(text)?.[1];
    if (reference) values.push(reference);
    for (const value of values) if (!value.startsWith('//')) found.push({ line, value });
    for (const _ of text.matchAll(EMPTY_LINK)) found.push({ line, value: EMPTY_LINK_VALUE });
  });
  return found;
}
