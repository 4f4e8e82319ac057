/**
 * The address the project ships with (newsroom.example.org) is a placeholder:
 * anything written with it (feeds, cards, e-mails) links nowhere. The build and
 * `npm run email` both say so, in the same words.
 */

/** A warning when `siteUrl` is still an example address; undefined once it is real. */
export function exampleAddressWarning(siteUrl: string, what = 'feeds, calendars, canonical links and social cards'): string | undefined {
  if (!/(^|\.)example\.(org|com|net)$/.test(new URL(siteUrl).hostname)) return undefined;
  return `The site address is still the example ${siteUrl}: ${what} will point there. Set "url" in src/config.ts or SITE_URL before publishing.`;
}
