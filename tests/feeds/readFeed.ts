/**
 * Test helpers: read built feeds with real XML and RSS parsers, and map the
 * absolute URLs they contain back to files in the build output.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseRssFeed, type RssFeed } from 'feedsmith';

export const SITE_URL = 'https://newsroom.example.org';
export const BASE_PATH = '/newsroom/';
export const PUBLIC_ROOT = `${SITE_URL}${BASE_PATH}`;

/** The feed as an RSS reader sees it. */
export type ParsedFeed = RssFeed.Feed<string>;

/** Throws with the parser's message unless `xml` is well-formed. */
export function assertWellFormed(xml: string, name: string): void {
  const result = XMLValidator.validate(xml);
  if (result !== true) throw new Error(`${name} is not well-formed XML: ${result.err.msg} (line ${result.err.line})`);
}

/** Parses an RSS 2.0 document with feedsmith after checking it is well-formed. */
export function readFeed(xml: string, name = 'feed'): ParsedFeed {
  assertWellFormed(xml, name);
  return parseRssFeed(xml) as ParsedFeed;
}

/** The href of the `<?xml-stylesheet?>` processing instruction, if any. */
export function stylesheetHref(xml: string): string | undefined {
  const parsed = new XMLParser({ ignoreAttributes: false, ignorePiTags: false }).parse(xml) as Record<string, unknown>;
  const instruction = parsed['?xml-stylesheet'] as Record<string, string> | undefined;
  return instruction?.['@_href'];
}

/** Path inside the build output that serves `url` (a page's index.html or a file), or undefined if off-site. */
export function builtFileOf(url: string): string | undefined {
  if (!url.startsWith(PUBLIC_ROOT)) return undefined;
  const path = decodeURIComponent(new URL(url).pathname.slice(BASE_PATH.length));
  return path === '' || path.endsWith('/') ? join(path, 'index.html') : path;
}

/** True when `url` is served by a file of the build in `outDir`. */
export function resolvesToBuiltFile(url: string, outDir: string): boolean {
  const file = builtFileOf(url);
  return file !== undefined && existsSync(join(outDir, file));
}

/** Every feed file of a build, relative to the output folder. */
export function feedFiles(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('rss.xml')).sort();
}
