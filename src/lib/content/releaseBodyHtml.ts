/**
 * The sanitized HTML of a release's body, rendered from its source file
 * when a page, feed or press kit is rendered, and remembered by the file's
 * hash. The content store keeps no body HTML: at 3,000 releases the bodies
 * were 70 of the store's 79 MB, and Astro writes the store, bundles it into
 * the build as one string and parses it again on every build that changes
 * content (about 20 s of a one-edit rebuild on 2 cores), and in the dev
 * server after every save. A rebuild that copies unchanged pages renders
 * no body at all; a body is rendered once per build however many pages
 * and feeds show it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveContentRoot, siteConfig } from '../../config.ts';
import { sha256 } from './contentFileCache.ts';
import { markdownBody } from './parseFrontMatter.ts';
import { renderMarkdown } from './renderMarkdown.ts';

/** What a release entry carries for this: its HTML when the store has it, else where its body is. */
export interface ReleaseBodySource {
  rendered?: { html: string } | undefined;
  data: { sourceFile: string; sourceHash: string; bodyStartLine: number };
}

/** Most recently rendered bodies, by source hash (a page, its feeds and press kit ask for the same ones). */
const recent = new Map<string, string>();
// Enough for every body of a large newsroom (about 6 KB each): feeds list the same releases again and again.
const RECENT_LIMIT = 20_000;

/** The body's HTML: from the entry when it carries it, else rendered from the source file. */
export function releaseBodyHtml(release: ReleaseBodySource): string {
  if (release.rendered) return release.rendered.html;
  const { sourceFile, sourceHash, bodyStartLine } = release.data;
  const key = `${sourceHash}\0${siteConfig.basePath}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const bytes = readFileSync(join(resolveContentRoot(process.cwd()), sourceFile));
  const html = renderMarkdown(markdownBody(bytes, bodyStartLine), siteConfig.basePath);
  if (sha256(bytes) !== sourceHash) {
    // Saved again since the content was read. The dev server is about to reload it: show what is on disk.
    // A build must not mix two versions of a release: it stops, as readBody does.
    if (import.meta.env.DEV) return html;
    throw new Error(`[newsroom] ${sourceFile} changed while the site was being built. Build again.`);
  }
  recent.set(key, html);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  return html;
}
