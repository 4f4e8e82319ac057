/**
 * The sanitized HTML of a release's body. A build stores it in the content
 * store (rendered once, reused by later builds while the source is
 * unchanged). The dev server stores no HTML: at a thousand releases the
 * bodies are most of the store's 26 MB, which Astro writes and reloads in
 * full after every save, so each save took seconds to show. There, the body
 * is rendered from its file when a page or feed asks for it (a few
 * milliseconds), and remembered by the file's hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveContentRoot, siteConfig } from '../../config.ts';
import { decodeUtf8, normalizeText } from './parseFrontMatter.ts';
import { renderMarkdown } from './renderMarkdown.ts';

/** What a release entry carries for this: its HTML when the store has it, else where its body is. */
export interface ReleaseBodySource {
  rendered?: { html: string } | undefined;
  data: { sourceFile: string; sourceHash: string; bodyStartLine: number };
}

/** Most recently rendered bodies, by source hash (a page, its feeds and press kit ask for the same ones). */
const recent = new Map<string, string>();
const RECENT_LIMIT = 500;

/** The body's HTML: from the store, or rendered from the source file (dev server). */
export function releaseBodyHtml(release: ReleaseBodySource): string {
  if (release.rendered) return release.rendered.html;
  const { sourceFile, sourceHash, bodyStartLine } = release.data;
  const key = `${sourceHash}\0${siteConfig.basePath}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const bytes = readFileSync(join(resolveContentRoot(process.cwd()), sourceFile));
  // Saved again since the store was synced: the dev server is about to reload it; show what is on disk now.
  const html = renderMarkdown(normalizeText(decodeUtf8(bytes)).split('\n').slice(bodyStartLine).join('\n'), siteConfig.basePath);
  if (createHash('sha256').update(bytes).digest('hex') === sourceHash) {
    recent.set(key, html);
    if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  }
  return html;
}
