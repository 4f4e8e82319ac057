/**
 * Astro content loaders for the newsroom's four collections. They read
 * `content/` with the same functions as `npm run validate`, so the site and
 * the validator can never disagree about what is valid, and they apply the
 * visibility rule (isPublic) before anything reaches the content store: an
 * embargoed or draft release is never stored in a production build.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Locale } from '../../i18n/locales.ts';
import { resolveContentRoot, siteConfig } from '../../config.ts';
import { getBuildNow } from '../getBuildNow.ts';
import { getVisibility, type Visibility } from '../isPublic.ts';
import { byFileAndLine, formatProblemReport, type ContentProblem } from './problems.ts';
import { RENDERER_VERSION, renderMarkdown } from './renderMarkdown.ts';
import type { LocalizedText, PageFrontMatter, ReleaseFrontMatter } from './schemas.ts';
import { adoptPrefetchedContent } from './prefetchContentFiles.ts';
import { readContent, type ContentParts } from './validateContent.ts';
import { releaseSchemaKey } from './readReleases.ts';
import { watchContentFolder, watchedContentVersion } from './contentWatch.ts';
import { publishLiveReleases } from './liveReleases.ts';

/** A release translation as stored in the `releases` collection. */
export interface ReleaseEntryData extends ReleaseFrontMatter {
  slug: string;
  lang: Locale;
  sourceFile: string;
  /** SHA-256 of the source file and the line its body starts on: where releaseBodyHtml finds the body when the store holds no HTML. */
  sourceHash: string;
  bodyStartLine: number;
  visibility: Visibility;
}

/** A page translation as stored in the `pages` collection. */
export interface PageEntryData extends PageFrontMatter {
  slug: string;
  lang: Locale;
  sourceFile: string;
}

/** A tag as stored in the `tags` collection (id = tag id). */
export interface TagEntryData {
  labels: LocalizedText;
}

/**
 * Set by the newsroom integration for `astro dev`, so authors can preview
 * drafts and embargoed releases (with a banner). Never set for builds.
 */
export const SHOW_UNPUBLISHED_ENV = 'NEWSROOM_SHOW_UNPUBLISHED';

function rootOf(context: LoaderContext): string {
  return resolveContentRoot(fileURLToPath(context.config.root));
}

/** Errors stop a build; in the dev server they are logged so the rest stays browsable. */
function report(context: LoaderContext, problems: readonly ContentProblem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error').sort(byFileAndLine);
  if (errors.length === 0) return;
  const message = `[newsroom] ${formatProblemReport(errors)}\nRun "npm run validate" for the full list with warnings.`;
  if (showUnpublished()) context.logger.error(message);
  else throw new Error(message);
}

/** Re-runs `load` after changes under content/ in the dev server (once per burst, see contentWatch.ts). */
function watchContent(context: LoaderContext, name: string, load: () => Promise<void>): void {
  if (!context.watcher) return;
  watchContentFolder(context.watcher, join(rootOf(context), 'content'), name, () =>
    // A failed reload (e.g. a file saved again mid-read) is reported; the next save reloads again.
    load().catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error))),
  (message) => context.logger.fork('newsroom').info(message));
}

/** An entry as the store would hold it (what getCollection returns for it). */
export interface LoadedEntry { id: string; data: Record<string, unknown>; digest: string; filePath?: string | undefined }

/** The digest Astro keeps with an entry: of its source file when it has one, else of its data. */
function digestOf(context: LoaderContext, entry: StoreEntry): string {
  // Renderer version and base path are part of the digest: changing either re-renders cached bodies.
  return context.generateDigest(entry.sourceHash === undefined ? entry.data : `${RENDERER_VERSION}\n${siteConfig.basePath}\n${entry.sourceHash}`);
}

/**
 * Replaces the store's entries with `entries` (Astro skips an entry whose
 * digest is unchanged), reusing rendered HTML whose source did not change.
 */
function syncStore(context: LoaderContext, entries: readonly StoreEntry[], keepWhenEmpty: boolean): void {
  const keep = new Set<string>();
  for (const entry of entries) {
    keep.add(entry.id);
    const digest = digestOf(context, entry);
    const existing = context.store.get(entry.id);
    const rendered = entry.readBody === undefined
      ? undefined
      : existing?.digest === digest && existing.rendered ? existing.rendered : { html: renderMarkdown(entry.readBody(), siteConfig.basePath) };
    context.store.set({ id: entry.id, data: entry.data, digest, filePath: entry.file, ...(rendered ? { rendered } : {}) });
  }
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  if (entries.length === 0 && keepWhenEmpty) keepEmptyCollection(context);
}

/**
 * Astro drops a collection with no entries, then warns "does not exist or is
 * empty" on every getCollection (every page view in the dev server, for a
 * newsroom without projects). An entry added and removed leaves the
 * collection present and empty. Once per loader run is enough (deleting
 * entries later keeps the collection); more would make Astro write its
 * store, and reload the author's browser, after every save.
 */
function keepEmptyCollection(context: LoaderContext): void {
  context.store.set({ id: EMPTY_MARKER, data: {} });
  context.store.delete(EMPTY_MARKER);
}

const EMPTY_MARKER = 'newsroom-empty-collection';

export type StoreEntry = { id: string; data: Record<string, unknown>; file?: string; sourceHash?: string; readBody?: () => string };

/**
 * Builds a loader that takes its entries from the content read (readContent),
 * reports problems and syncs the store (also used by organizationLoaders.ts).
 */
export function newsroomLoader(
  name: string,
  collect: (content: ContentParts) => { entries: StoreEntry[]; problems: ContentProblem[] },
  /**
   * In the dev server only: takes the entries instead of Astro's content
   * store, which then holds none (liveReleases.ts says why).
   */
  devInsteadOfStore?: (entries: LoadedEntry[]) => void,
): Loader {
  return {
    name,
    load: async (context) => {
      const root = rootOf(context);
      const directory = join(root, 'content');
      // Files unchanged since the last build or save are not parsed again (contentFileCache.ts).
      const cacheDir = fileURLToPath(context.config.cacheDir);
      let markedEmpty = false;
      const load = async () => {
        // A first dev start's files, parsed on a worker thread meanwhile (prefetchContentFiles.ts).
        await adoptPrefetchedContent(root);
        const content = readContent(root, { timeZone: siteConfig.timeZone, cacheDir, watchedVersion: watchedContentVersion(directory) });
        const { entries, problems } = collect(content);
        report(context, problems);
        if (context.watcher && devInsteadOfStore) {
          devInsteadOfStore(entries.map((entry) => ({ id: entry.id, data: entry.data, digest: digestOf(context, entry), filePath: entry.file })));
          // Entries an earlier dev server left in .astro/ (the store persists): remove, or Astro writes them on.
          syncStore(context, [], !markedEmpty);
        } else {
          syncStore(context, entries, !markedEmpty);
        }
        markedEmpty = true;
      };
      watchContent(context, name, load);
      await load();
    },
  };
}

/** True in the dev server's preview mode (set by the newsroom integration, removed for builds). */
export function showUnpublished(): boolean {
  return process.env[SHOW_UNPUBLISHED_ENV] === '1';
}

/** Loads `content/releases/<slug>/<lang>.md`, public ones only unless previewing. */
export function releasesLoader(): Loader {
  return newsroomLoader('newsroom-releases', (content) => {
    // One read of content/ per build, shared with the other loaders and the integrations (see readContent).
    const { releases, problems } = content.releases;
    const now = getBuildNow();
    const entries = releases.flatMap((release) => {
      const visibility = getVisibility(release.data, now);
      if (visibility !== 'public' && !showUnpublished()) return [];
      const data: ReleaseEntryData = {
        ...release.data, slug: release.slug, lang: release.lang, sourceFile: release.file,
        sourceHash: release.sourceHash, bodyStartLine: release.bodyStartLine, visibility,
      };
      // The digest covers what the entry's data depends on besides the file (dates are read in the site's
      // time zone), and visibility, so a lifted embargo re-renders its entry without the preview banner.
      // The store keeps no body HTML: pages render it when they are rendered (releaseBodyHtml.ts says why).
      const inputs = `${release.sourceHash}\n${releaseSchemaKey(siteConfig.timeZone)}\n${visibility}:unrendered`;
      return [{ id: release.id, data: { ...data }, file: release.file, sourceHash: inputs }];
    });
    return { entries, problems };
  }, (entries) => publishLiveReleases(entries.map((entry) => ({ ...entry, collection: 'releases' as const }))));
}

/** Loads `content/pages/<slug>/<lang>.md`; draft pages only in the dev server. */
export function pagesLoader(): Loader {
  return newsroomLoader('newsroom-pages', (content) => {
    const { pages, problems } = content.pages;
    const entries = pages
      .filter((page) => showUnpublished() || !page.data.draft)
      .map((page) => {
        const data: PageEntryData = { ...page.data, slug: page.slug, lang: page.lang, sourceFile: page.file };
        return { id: page.id, data: { ...data }, file: page.file, sourceHash: page.sourceHash, readBody: page.readBody };
      });
    return { entries, problems };
  });
}

/** Loads `content/organizations/<id>.yml`. */
export function organizationsLoader(): Loader {
  return newsroomLoader('newsroom-organizations', (content) => {
    const { organizations, problems } = content.organizations;
    return { entries: [...organizations].map(([id, data]) => ({ id, data: { ...data } })), problems };
  });
}

/** Loads `content/tags.yml`. */
export function tagsLoader(): Loader {
  return newsroomLoader('newsroom-tags', (content) => {
    const { tags, problems } = content.tags;
    return { entries: [...tags].map(([id, labels]) => ({ id, data: { labels } satisfies TagEntryData })), problems };
  });
}
