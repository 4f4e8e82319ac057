import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { byName } from '../files/byName.ts';
import { readOrganizations } from './readOrganizations.ts';
import { readPages } from './readPages.ts';
import { readReleases } from './readReleases.ts';
import { readTags } from './readTags.ts';
import { byFileAndLine, type ContentProblem } from './problems.ts';
import { checkLocalFiles } from './checkLocalFiles.ts';
import { checkOrganizations } from './checkOrganizations.ts';
import { checkProjects } from './checkProjects.ts';
import { readOrganizationProfiles } from './readOrganizationProfiles.ts';
import { readProjects } from './readProjects.ts';
import { contentFileCache } from './contentFileCache.ts';

/** Every part of `content/`, read and checked, with each part's own problems. */
export interface ContentParts {
  organizations: ReturnType<typeof readOrganizations>;
  tags: ReturnType<typeof readTags>;
  pages: ReturnType<typeof readPages>;
  releases: ReturnType<typeof readReleases>;
  /** `content/projects/<id>.yml` (checkProjects' problems included). */
  projects: ReturnType<typeof readProjects>;
  /** `content/organizations/<id>/<lang>.md`. */
  profiles: ReturnType<typeof readOrganizationProfiles>;
}

/**
 * Fingerprint of everything the readers look at: every path under
 * `<root>/content`, a hash of the bytes of every Markdown and YAML file, and
 * the size and modification time of anything else (attachments are listed,
 * never read). Equal fingerprints mean the readers would return equal
 * results. The hashes come from the per-file cache, which reads a file only
 * when its stamp changed; the paths it saw are returned so the cache can
 * forget files that are gone.
 */
function contentFingerprint(root: string): { fingerprint: string; files: Set<string> } {
  const hash = createHash('sha256');
  const files = new Set<string>();
  const cache = contentFileCache();
  const visit = (directory: string, relative: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort(byName)) {
      const path = join(directory, entry.name);
      const name = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        hash.update(`d\0${name}\0`);
        visit(path, name);
      } else if (/\.(md|ya?ml)$/.test(entry.name) && entry.isFile()) {
        files.add(path);
        hash.update(`f\0${name}\0${cache.hashOf(path)}\0`);
      } else {
        let stamp = 'missing';
        try {
          const stat = statSync(path);
          stamp = `${stat.isDirectory() ? 'd' : 'f'}${stat.size}:${stat.mtimeMs}`;
        } catch { /* a dangling link: the readers skip it too */ }
        hash.update(`o\0${name}\0${stamp}\0`);
      }
    }
  };
  const directory = join(root, 'content');
  if (existsSync(directory)) visit(directory, 'content');
  return { fingerprint: hash.digest('hex'), files };
}

/**
 * One build asks for the content several times (the integration's pre-check,
 * each content loader, the social-image collector twice). The result is kept
 * per root and time zone and reused while the files are byte-for-byte the
 * same. Kept on globalThis because Astro loads the config and the content
 * config as separate module instances.
 */
interface MemoEntry { fingerprint: string; parts: ContentParts; watchedVersion: number | undefined }
const memo: Map<string, MemoEntry> =
  ((globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.contentMemo')] as Map<string, MemoEntry> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.contentMemo')] = new Map());

/**
 * Reads every part of `<root>/content` (or reuses the last read if no file
 * changed). With `cacheDir`, the per-file cache of a previous build is used
 * and updated (contentFileCache.ts): only changed files are parsed.
 */
export function readContent(root: string, options: { timeZone: string; cacheDir?: string; watchedVersion?: number | undefined; now?: Date | undefined }): ContentParts {
  const key = `${root}\0${options.timeZone}`;
  const cached = memo.get(key);
  // The dev server's watch saw no change since the last read (contentWatch.ts): nothing to look at.
  if (options.watchedVersion !== undefined && cached?.watchedVersion === options.watchedVersion) return cached.parts;
  const cache = contentFileCache();
  if (options.cacheDir) cache.useCacheDir(options.cacheDir);
  cache.beginRead();
  const { fingerprint, files } = contentFingerprint(root);
  if (cached?.fingerprint === fingerprint) {
    cached.watchedVersion = options.watchedVersion;
    return cached.parts;
  }
  const organizations = readOrganizations(root);
  const tags = readTags(root);
  const pages = readPages(root);
  const organizationIds = [...organizations.files.keys()];
  const projects = readProjects(root, { timeZone: options.timeZone, organizationIds });
  const profiles = readOrganizationProfiles(root, organizationIds);
  const releases = readReleases(root, {
    timeZone: options.timeZone,
    organizationIds,
    organizationNames: new Map([...organizations.organizations].map(([id, data]) => [id, data.name])),
    tags: tags.tags,
    tagIdsWithErrors: tags.idsWithErrors,
    now: options.now,
    projects,
  });
  const organizationProblems = checkOrganizations(organizations, { languages: releases.languages, releases: releases.releases });
  const parts: ContentParts = {
    organizations: { ...organizations, problems: [...organizations.problems, ...organizationProblems] },
    tags, pages, releases, profiles,
    projects: { ...projects, problems: [...projects.problems, ...checkProjects(projects, releases.releases)] },
  };
  memo.set(key, { fingerprint, parts, watchedVersion: options.watchedVersion });
  if (options.watchedVersion !== undefined && options.watchedVersion >= 0) saveSoon(() => cache.save(join(root, 'content'), files));
  else cache.save(join(root, 'content'), files);
  return parts;
}

let pendingSave: ReturnType<typeof setTimeout> | undefined;

/**
 * The dev server saves the file cache a moment after a burst of saves, not
 * in the middle of it: writing it takes about 0.3 s at 3,000 releases, which
 * the author would otherwise wait for after every save. A server stopped
 * before then leaves an older cache, whose stale records fail their stamp
 * check next time, so files are read again, never misread.
 */
function saveSoon(save: () => void): void {
  clearTimeout(pendingSave);
  // save() reports its own failures (a full disk costs the next start a full read, not the server).
  pendingSave = setTimeout(save, 2000);
  pendingSave.unref();
}

/**
 * Reads every content file under `<root>/content` and checks it: the single
 * entry point for `npm run validate`, the build's pre-check and the tests.
 * With `publicFiles`, site paths to attachments, images and logos are also
 * checked against the `public/` folder (checkLocalFiles.ts).
 */
export function validateContent(root: string, options: { timeZone: string; cacheDir?: string; watchedVersion?: number | undefined; publicFiles?: { publicDir: string; basePath: string }; now?: Date | undefined }) {
  const { organizations, tags, pages, releases, projects, profiles } = readContent(root, options);
  const problems: ContentProblem[] = [
    ...organizations.problems,
    ...tags.problems,
    ...pages.problems,
    ...releases.problems,
    ...projects.problems,
    ...profiles.problems,
    ...(options.publicFiles
      ? checkLocalFiles({
        releases: releases.releases, organizations: organizations.organizations, organizationFiles: organizations.files,
        projects: projects.projects, projectFiles: projects.files,
      }, { root, ...options.publicFiles })
      : []),
  ].sort(byFileAndLine);
  return {
    organizations: organizations.organizations,
    tags: tags.tags,
    pages: pages.pages,
    releases: releases.releases,
    projects: projects.projects,
    /** Release files read, including those with errors (`releases` holds the valid ones). */
    releaseFileCount: releases.fileCount,
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
  };
}
