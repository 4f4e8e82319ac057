/**
 * Puts the per-language Pagefind bundles together into the site's
 * `/pagefind/` folder: each language's files (their names start with the
 * language, e.g. `index/ky_3f2a….pf_index`), the shared runtime once, and
 * one `pagefind-entry.json` listing every language.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { linkOrCopy } from '../files/linkOrCopy.ts';

const ENTRY = 'pagefind-entry.json';

/**
 * Pagefind's ready-made interfaces and its web worker: the search page has
 * its own interface (Pagefind's has no Kyrgyz) and runs without the worker,
 * so publishing them would only add files.
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.(js|css)$/;

interface Entry {
  version: string;
  languages: Record<string, unknown>;
  [other: string]: unknown;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name !== SIZES).map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** Each file's size, written into a bundle once when it is made, so reusing it needs no stat per file. */
const SIZES = 'sizes.json';

/** Records the sizes of a new bundle's files (call before it is cached). */
export async function recordBundleSizes(folder: string): Promise<void> {
  const files = await listFiles(folder);
  const sizes = await Promise.all(files.map(async (file) => [file, (await stat(join(folder, file))).size] as const));
  await writeFile(join(folder, SIZES), JSON.stringify(Object.fromEntries(sizes)));
}

async function bundleSizes(folder: string): Promise<Record<string, number>> {
  return (JSON.parse(await readFile(join(folder, SIZES), 'utf8').catch(() => '{}')) as Record<string, number>);
}

/** What was written. */
export interface AssembledBundle {
  files: number;
  bytes: number;
}

/** Copies the bundles (language → folder) into `targetDir` (which should not exist yet). */
export async function assembleBundle(bundles: ReadonlyMap<string, string>, targetDir: string): Promise<AssembledBundle> {
  const copies = new Map<string, string>(); // target-relative path → source
  const sizes = new Map<string, number | undefined>(); // source → size, when recorded
  let entry: Entry | undefined;
  for (const [lang, folder] of bundles) {
    for (const [file, size] of Object.entries(await bundleSizes(folder))) sizes.set(join(folder, file), size);
    const own = JSON.parse(await readFile(join(folder, ENTRY), 'utf8')) as Entry;
    entry = entry ? { ...entry, languages: { ...entry.languages, ...own.languages } } : own;
    if (!(lang in own.languages) && Object.keys(own.languages).length > 0) throw new Error(`[newsroom] The search index of "${lang}" came out as ${Object.keys(own.languages).join(', ')}.`);
    for (const file of await listFiles(folder)) {
      if (file !== ENTRY && !UNUSED.test(file) && !copies.has(file)) copies.set(file, join(folder, file));
    }
  }
  const work = [...copies];
  const folders = new Set(work.map(([file]) => dirname(join(targetDir, file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  let bytes = 0;
  for (const [file, source] of work) {
    linkOrCopy(source, join(targetDir, file));
    bytes += sizes.get(source) ?? (await stat(source)).size;
  }
  const entryText = JSON.stringify(entry ?? { version: '', languages: {} });
  await mkdir(targetDir, { recursive: true });
  await writeFile(join(targetDir, ENTRY), entryText);
  return { files: work.length + 1, bytes: bytes + Buffer.byteLength(entryText) };
}
