/**
 * Indexing ahead. Pagefind has no way to update an index: after one edit it
 * reads every page of the language again. Most of that work can be done
 * before the pages are built, on the core Astro leaves idle: when the build
 * starts, the pages expected to come out unchanged (same sources as last
 * time: releasePageKeys.ts) are fed to a new Pagefind index from the
 * previous build's copies, which Astro keeps in `<cacheDir>/dist/` for its
 * incremental build. Once the pages are built, the index takes them only if
 * every page fed ahead came out byte for byte the same (indexLanguage.ts);
 * otherwise it is dropped and the language indexed from scratch.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pageUrl } from './pageUrl.ts';
import type { ManifestPage, SearchManifest } from './searchManifest.ts';

/** An index of one language being fed ahead of the build. */
export interface Speculation {
  lang: string;
  /** Pages fed so far, in path order, with the digest of the copy that was fed. */
  fed: Array<{ file: string; digest: string }>;
  /** Settles when feeding has ended; the index, or undefined when Pagefind failed. */
  ready: Promise<pagefind.PagefindIndex | undefined>;
}

/** Pages of `previous` whose key is unchanged: the ones to feed ahead. */
export function pagesToFeedAhead(previous: readonly ManifestPage[], keys: ReadonlyMap<string, string>): ManifestPage[] {
  return previous.filter((page) => page.key !== undefined && keys.get(page.file) === page.key);
}

async function feed(speculation: Speculation, pages: readonly ManifestPage[], previousDir: string): Promise<pagefind.PagefindIndex | undefined> {
  const { index } = await pagefind.createIndex({ forceLanguage: speculation.lang });
  if (!index) return undefined;
  for (const page of pages) {
    // Astro's copy may be missing, or being replaced by this build: only a copy with the recorded digest is fed.
    const copy = await readFile(join(previousDir, page.file)).catch(() => undefined);
    if (copy === undefined || createHash('sha256').update(copy).digest('base64url') !== page.digest) continue;
    const added = await index.addHTMLFile({ url: pageUrl(page.file), content: copy.toString('utf8') });
    if (added.errors.length > 0) {
      await index.deleteIndex();
      return undefined;
    }
    speculation.fed.push({ file: page.file, digest: page.digest });
  }
  return index;
}

/**
 * Starts feeding, one language after another (one core for Pagefind, one
 * for Astro), every language with pages expected to change: a language
 * expected not to change at all reuses its cached index anyway.
 */
export function startSpeculations(manifest: SearchManifest, keys: ReadonlyMap<string, string>, previousDir: string): Map<string, Speculation> {
  const speculations = new Map<string, Speculation>();
  let queue: Promise<unknown> = Promise.resolve();
  for (const [lang, previous] of Object.entries(manifest)) {
    const ahead = pagesToFeedAhead(previous, keys);
    if (ahead.length === 0 || ahead.length === previous.length) continue;
    const speculation: Speculation = { lang, fed: [], ready: Promise.resolve(undefined) };
    speculation.ready = queue.then(() => feed(speculation, ahead, previousDir)).catch(() => undefined);
    queue = speculation.ready;
    speculations.set(lang, speculation);
  }
  return speculations;
}
