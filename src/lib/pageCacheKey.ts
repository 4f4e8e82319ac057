/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`
 * in astro.config.mjs). On a rebuild Astro copies a page from the previous
 * build instead of rendering it when two things are unchanged: the code the
 * page imports (Astro hashes the module graph: components, styles, UI
 * strings, src/config.ts) and the page's `cacheKey` from `getStaticPaths`.
 *
 * The key therefore has to change whenever any *data* the page shows
 * changes. A key that misses an input serves a stale page, so the keys here
 * are deliberately broad:
 * - every release a path shows, by the loader's digest of its source file
 *   (front matter and body) plus, for advisories, whether the event is over
 *   at build time (the "past" badge);
 * - what every page may show besides its own releases: all organisations
 *   (About sections, contacts, logos) and their profiles, all projects
 *   (names, donors, disclaimers), all topic labels, which plain pages
 *   exist (the menu), the whole site configuration and the brand files
 *   (the logo's size is in every header).
 * tests/build/incremental.test.ts checks that a rebuild after edits, an
 * embargo lifting and time passing writes exactly what a clean build writes.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { resolvePublicDir, siteConfig } from '../config.ts';
import { brandFilesDigest, publicFoldersOf } from './brand/brandFiles.ts';
import { isEventOver } from './calendar/eventTiming.ts';
import { getBuildNow } from './getBuildNow.ts';

/** Raise to re-render every keyed page once, e.g. after changing what keys cover. */
const KEY_VERSION = 1;

/** The parts of a content entry a key reads. */
interface KeyedEntry {
  id: string;
  digest?: number | string | undefined;
  data: object;
}

type EventTiming = { start: Date; end?: Date | undefined };

let sharedDigest: Promise<string> | undefined;

/** Digest of the data every page may show besides its own entries (computed once per build). */
function sharedInputsDigest(): Promise<string> {
  sharedDigest ??= Promise.all([
    getCollection('organizations'), getCollection('tags'), getCollection('pages'), getCollection('projects'), getCollection('organizationProfiles'),
  ]).then(
    ([organizations, tags, pages, projects, profiles]) => {
      const hash = createHash('sha256').update(`${KEY_VERSION}\n${JSON.stringify(siteConfig)}`);
      // The logo's contents too: the header shows its width and height (pages run in the project folder).
      hash.update(`\nbrand@${brandFilesDigest(siteConfig.brand, publicFoldersOf(process.cwd(), resolvePublicDir(process.cwd())))}`);
      for (const entry of [...organizations, ...tags, ...projects, ...profiles]) hash.update(`\n${entry.collection}/${entry.id}@${entryDigest(entry)}`);
      for (const page of pages) hash.update(`\npages/${page.id}`);
      return hash.digest('base64url');
    },
  );
  return sharedDigest;
}

function entryDigest(entry: { digest?: number | string | undefined; data: unknown }): string {
  // Every loader in this project sets a digest; the fallback keeps a key correct if one ever does not.
  return entry.digest === undefined ? createHash('sha256').update(JSON.stringify(entry.data)).digest('base64url') : String(entry.digest);
}

/** One thing a page shows: a label, number or flag, an entry, or a list of these. */
export type KeyPart = string | number | boolean | KeyedEntry | readonly KeyPart[];

/** What a page shows of one entry: its source and, for events, whether the event is over at `now`. */
function entryKeyPart(entry: KeyedEntry, now: Date): string {
  const { event } = entry.data as { event?: EventTiming };
  const state = event === undefined ? '' : isEventOver(event, now) ? ' past' : ' upcoming';
  return `${entry.id}@${entryDigest(entry)}${state}`;
}

function addPart(hash: ReturnType<typeof createHash>, part: KeyPart, now: Date): void {
  if (Array.isArray(part)) {
    // Brackets keep list boundaries in the key: ["ky", "ru"], 1 and ["ky"], "ru", 1 differ.
    hash.update('\n[');
    for (const item of part as readonly KeyPart[]) addPart(hash, item, now);
    hash.update('\n]');
  } else hash.update(`\n${typeof part === 'object' ? entryKeyPart(part as KeyedEntry, now) : String(part)}`);
}

/**
 * Returns the key function of this build. A path's key is
 * `cacheKey(...parts)`, where `parts` name everything the path shows:
 * entries (releases, translations, pages) and any labels, page numbers or
 * flags, in the order shown.
 */
export async function createCacheKey(now: Date = getBuildNow()): Promise<(...parts: KeyPart[]) => string> {
  // The dev server renders every request and ignores keys: computing them would only slow its getStaticPaths.
  if (import.meta.env.DEV) return () => '';
  const shared = await sharedInputsDigest();
  return (...parts) => {
    const hash = createHash('sha256').update(shared);
    addPart(hash, parts, now);
    return hash.digest('base64url');
  };
}
