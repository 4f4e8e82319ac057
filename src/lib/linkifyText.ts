/** A piece of plain text, or a piece that should be a link. */
export type TextSegment = { text: string; href?: string };

const LINKABLE = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)»”])|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})|(\+\d[\d ()-]{6,}\d)/g;

/**
 * Splits free text written by authors (e.g. event registration: "write to
 * press@example.org or call +996 555 010 203") into text and links, so
 * journalists can tap web addresses, e-mails and phone numbers.
 */
export function linkifyText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const [value, url, email] = match;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    const href = url ? url : email ? `mailto:${email}` : `tel:${value.replace(/[^+\d]/g, '')}`;
    segments.push({ text: value, href });
    last = match.index + value.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
