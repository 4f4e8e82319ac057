import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';

export type Release = CollectionEntry<'releases'>;
export const langs = ['ky', 'ru', 'en'] as const;

/** The `baseline-incremental` control (astro.config.mjs turns on Astro's incremental build). */
export const incremental = process.env.BASELINE_INCREMENTAL === '1';

/**
 * `{ cacheKey }` for a path of the incremental control, `{}` for the plain one.
 * A release page's key is its entry's digest (the glob loader's hash of the
 * file); a list's key hashes the ids and digests of the entries it shows
 * plus `extra` (page number, page count).
 */
export function keyFor(entries: readonly Release[], ...extra: Array<string | number>): { cacheKey?: string | number } {
  if (!incremental) return {};
  if (entries.length === 1 && extra.length === 0 && entries[0]!.digest !== undefined) return { cacheKey: entries[0]!.digest };
  const hash = createHash('sha256').update(extra.join('/'));
  for (const entry of entries) hash.update(`\n${entry.id}@${entry.digest}`);
  return { cacheKey: hash.digest('base64url') };
}

/** id "2026-03-14-water-forum/ky" → slug and language. */
export function split(entry: Release): { slug: string; lang: string } {
  const [slug = '', lang = ''] = entry.id.split('/');
  return { slug, lang };
}

/** Releases of one language, newest first. */
export async function releasesIn(lang: string): Promise<Release[]> {
  const all = await getCollection('releases', (entry) => split(entry).lang === lang);
  return all.sort((a, b) => b.data.date.localeCompare(a.data.date));
}
