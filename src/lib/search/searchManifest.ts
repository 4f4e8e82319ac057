/**
 * The indexed pages of the previous build, kept in the search cache: for
 * each language, every page's file, digest and (release pages) the key of
 * what it was made from (releasePageKeys.ts). The next build reads it to
 * start indexing pages it expects to come out unchanged.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One page as the previous build indexed it. */
export interface ManifestPage {
  file: string;
  digest: string;
  key?: string | undefined;
}

/** Per language, its indexed pages in path order. */
export type SearchManifest = Record<string, ManifestPage[]>;

const FILE = 'pages.json';
const VERSION = 1;

/** The previous build's manifest, or an empty one. */
export async function readSearchManifest(cacheDir: string): Promise<SearchManifest> {
  try {
    const stored = JSON.parse(await readFile(join(cacheDir, FILE), 'utf8')) as { version: number; languages: SearchManifest };
    return stored.version === VERSION ? stored.languages : {};
  } catch {
    return {};
  }
}

/** Stores this build's manifest (write then rename, so a killed build leaves the old one whole). */
export async function writeSearchManifest(cacheDir: string, languages: SearchManifest): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const temporary = join(cacheDir, `.${FILE}.${process.pid}`);
  await writeFile(temporary, JSON.stringify({ version: VERSION, languages }));
  await rename(temporary, join(cacheDir, FILE));
}
