/**
 * The dev server's one watch on `content/`. Every content loader registers
 * its reload here instead of listening itself, so a save (or a `git
 * checkout` that touches a hundred files) runs each loader once, after the
 * burst, one after the other. Each burst also bumps a version number: while
 * it is unchanged nothing under content/ has changed, so readContent can
 * answer from its memo without walking thousands of files again (for every
 * loader and every page view). A build freezes the version instead
 * (freezeContentFolder below).
 */
import type { LoaderContext } from 'astro/loaders';
import { type FolderTreeWatch, watchFolderTree } from './watchFolderTree.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;
type Reload = () => Promise<void>;
/** Told the files of a burst, relative to the content root (`content/releases/x/en.md`). */
type ContentListener = (files: readonly string[]) => void;

interface ContentWatch {
  reloads: Map<string, Reload>;
  version: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The reloads in progress; a burst that arrives meanwhile waits for them, then runs again. */
  running: Promise<void>;
}

/** Editors save in several steps (write a temporary file, rename): one reload per burst. */
const BURST_MS = 25;

interface WatchRegistry {
  byWatcher: WeakMap<Watcher, Map<string, ContentWatch>>;
  /** The running watch of each content folder. */
  trees: Map<string, FolderTreeWatch>;
  versions: Map<string, number>;
  /** Told after each burst's reloads (see onContentReloaded). */
  reloaded: Set<ContentListener>;
}

const GLOBAL_KEY = Symbol.for('newsroom.contentWatch');

function registry(): WatchRegistry {
  const store = globalThis as Record<symbol, unknown>;
  return (store[GLOBAL_KEY] as WatchRegistry | undefined) ??
    (store[GLOBAL_KEY] = { byWatcher: new WeakMap(), trees: new Map(), versions: new Map(), reloaded: new Set() }) as WatchRegistry;
}

/**
 * Registers `reload` (by loader name; it reports its own errors) to run after
 * each burst of changes under `directory`; `log` says what changed and how
 * long the reload took (the author sees that the save was taken).
 */
export function watchContentFolder(watcher: Watcher, directory: string, name: string, reload: Reload, log: (message: string) => void): void {
  const { byWatcher, trees, versions, reloaded } = registry();
  let folders = byWatcher.get(watcher);
  if (!folders) byWatcher.set(watcher, (folders = new Map()));
  let watch = folders.get(directory);
  if (!watch) {
    const created: ContentWatch = { reloads: new Map(), version: versions.get(directory) ?? 0, running: Promise.resolve() };
    watch = created;
    folders.set(directory, created);
    versions.set(directory, created.version);
    // A restarted dev server brings a new watcher: the previous server's watch on this folder ends.
    trees.get(directory)?.close();
    const changed = new Set<string>();
    // Not Vite's watcher, which astro.config.mjs tells to leave content/ alone: watchFolderTree.ts says why.
    trees.set(directory, watchFolderTree(directory, (path) => {
      changed.add(path.slice(directory.length - 'content'.length));
      clearTimeout(created.timer);
      created.timer = setTimeout(() => {
        created.running = created.running.then(async () => {
          const started = performance.now();
          const files = [...changed];
          changed.clear();
          versions.set(directory, ++created.version);
          for (const run of created.reloads.values()) await run();
          for (const listener of reloaded) {
            // A listener's failure (e.g. a server closing) must not stop the reloads after later saves.
            try {
              listener(files);
            } catch (error) {
              log(`after reloading content: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          log(`${files.length === 1 ? files[0] : `${files.length} files`} changed: content reloaded in ${((performance.now() - started) / 1000).toFixed(2)} s`);
        }).catch((error: unknown) => log(`content reload failed: ${error instanceof Error ? error.message : String(error)}`));
      }, BURST_MS);
    }, log));
  }
  // A loader loaded again (Astro re-syncs after a config change) replaces its earlier reload.
  watch.reloads.set(name, reload);
}

/**
 * Calls `listener` with the changed files each time the dev server's
 * loaders have reloaded after a burst of changes (the newsroom integration
 * then reloads the browser: see liveReleases.ts). Returns a function that
 * removes it.
 */
export function onContentReloaded(listener: ContentListener): () => void {
  const { reloaded } = registry();
  reloaded.add(listener);
  return () => reloaded.delete(listener);
}

/**
 * The number of change bursts seen under `directory` by the dev server's
 * watch, or undefined when nothing watches it (builds, `npm run validate`):
 * then every read must look at the files.
 */
export function watchedContentVersion(directory: string): number | undefined {
  return registry().versions.get(directory);
}

/** The version of a folder no watch will change: a build's content (see freezeContentFolder). */
const FROZEN = -1;

/**
 * A build reads content/ once, in the newsroom integration's check: the
 * loaders and the social-image collector that read it afterwards in the same
 * process get that read (readContent's memo) instead of walking every file
 * again. A body edited in the middle of a build is still refused when it is
 * rendered (readBody compares the file's hash).
 */
export function freezeContentFolder(directory: string): number {
  registry().versions.set(directory, FROZEN);
  return FROZEN;
}
