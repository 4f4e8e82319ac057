import { getCollection, type CollectionEntry } from 'astro:content';

export type Release = CollectionEntry<'releases'>;
export const langs = ['ky', 'ru', 'en'] as const;

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
