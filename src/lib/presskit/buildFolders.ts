/**
 * The public folder and cache folder of the running build, for the pages
 * that read photos and pack kits. Recorded by pressKitIntegration when Astro
 * has resolved its configuration. Pages do not import them from
 * `astro:config/server`: that module carries a key Astro makes anew for
 * every build, so every page importing it would change its code hash and
 * never be reused by the incremental build.
 */

export interface BuildFolders {
  /** The folder served as-is (the content's own public/ with CONTENT_ROOT). */
  publicDir: string;
  /** Astro's cacheDir. */
  cacheDir: string;
}

const KEY = Symbol.for('newsroom.buildFolders');
const store = globalThis as Record<symbol, BuildFolders | undefined>;

/** Records the folders (kept on globalThis: the integration and the pages are separate module instances). */
export function setBuildFolders(folders: BuildFolders): void {
  store[KEY] = folders;
}

/** The folders of this build. */
export function buildFolders(): BuildFolders {
  const folders = store[KEY];
  if (!folders) throw new Error('[newsroom] pressKitIntegration() is missing from the integrations in astro.config.mjs.');
  return folders;
}
