/**
 * Published addresses that a build would stop serving. Each build records
 * the release pages it published (in the build cache, beside the
 * publication schedule); the next build compares. A release folder renamed
 * without `renamed_from`, deleted, or made a draft again takes its page out
 * of the site and its items out of the feeds, breaking every link a
 * journalist published: the build says so, once, with what to do.
 * A warning, not an error: withdrawing a release can be meant.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PUBLISHED_FILE = 'newsroom-published.json';

/** A release translation as this check sees it. */
export interface PublishedRelease {
  slug: string;
  lang: string;
  /** Earlier folder names (`renamed_from`): their addresses still lead to the release. */
  renamedFrom: readonly string[];
}

/** `<lang>/<folder>` of each release page in `releases`, and of each old address that forwards. */
function addressesOf(releases: readonly PublishedRelease[]): { pages: string[]; forwarded: Set<string> } {
  return {
    pages: releases.map(({ lang, slug }) => `${lang}/${slug}`).sort(),
    forwarded: new Set(releases.flatMap(({ lang, renamedFrom }) => renamedFrom.map((old) => `${lang}/${old}`))),
  };
}

/** The addresses the previous build published, or none when there was no such build (a fresh cache). */
export function readPublishedAddresses(cacheDir: string): string[] {
  try {
    const saved = JSON.parse(readFileSync(join(cacheDir, PUBLISHED_FILE), 'utf8')) as unknown;
    return Array.isArray(saved) ? saved.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** Records what this build published (call once the build has written its pages). */
export function writePublishedAddresses(cacheDir: string, releases: readonly PublishedRelease[]): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, PUBLISHED_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(addressesOf(releases).pages)}\n`);
  renameSync(temporary, path);
}

/** One warning per release folder whose published pages this build no longer has (and no `renamed_from` forwards). */
export function vanishedReleaseWarnings(previous: readonly string[], releases: readonly PublishedRelease[], basePath: string): string[] {
  const { pages, forwarded } = addressesOf(releases);
  const now = new Set(pages);
  const gone = new Map<string, string[]>();
  for (const address of previous) {
    if (now.has(address) || forwarded.has(address)) continue;
    const [lang = '', folder = ''] = address.split('/');
    gone.set(folder, [...(gone.get(folder) ?? []), lang]);
  }
  return [...gone].map(([folder, langs]) => {
    const paths = langs.map((lang) => `${basePath}${lang}/releases/${folder}/`).join(', ');
    return `content/releases/${folder}: published before, but not in this build, so ${paths} will lead nowhere and feed readers lose the release. `
      + `If you renamed the folder, write "renamed_from: ${folder}" in each language file of the new one; `
      + 'if it was made a draft or deleted on purpose, nothing to do (this is said once).';
  });
}
