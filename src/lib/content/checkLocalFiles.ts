/**
 * Attachments, release images, the images and links of a release's text,
 * and organisation logos may be site paths such
 * as "/files/report-2026.pdf": files the author puts in `public/`, which the
 * build copies to the site. A path whose file is not there would be a broken
 * link on the published release, so it is reported. As a warning, not an
 * error: the release itself is correct, and an embargo should not be held
 * back by a missing PDF. A file so large that hosts refuse it (or phones
 * choke on it) is reported too, also as a warning.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { ContentProblem } from './problems.ts';
import type { OrganizationData, ProjectData } from './schemas.ts';
import type { ReleaseSource } from './readReleases.ts';
import { EMPTY_LINK_VALUE } from './sitePathsInText.ts';

/** What in the content names a file. */
interface FileReference {
  /** Content file, relative to the content root. */
  file: string;
  field: string;
  value: string;
  /** Its line, when known (paths in the text); otherwise found by searching the file. */
  line?: number;
}

/** The file a site path names, relative to `public/`, or undefined for web addresses and pages. */
export function publicFileOf(value: string, basePath: string): string | undefined {
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  let path = value.replace(/[?#].*$/, '');
  if (basePath !== '/' && path.startsWith(basePath)) path = path.slice(basePath.length - 1);
  // Only paths with a file extension name files; "/en/about/" is a page.
  if (extname(path) === '') return undefined;
  try {
    return decodeURIComponent(path).replace(/^\/+/, '');
  } catch {
    return path.replace(/^\/+/, '');
  }
}

/** What the check reads: valid releases and organisations, and each organisation's file. */
interface CheckedContent {
  releases: readonly ReleaseSource[];
  organizations: ReadonlyMap<string, OrganizationData>;
  organizationFiles: ReadonlyMap<string, string>;
  /** Projects, for their donors' logos. */
  projects?: ReadonlyMap<string, ProjectData>;
  projectFiles?: ReadonlyMap<string, string>;
}

function referencesOf({ releases, organizations, organizationFiles, projects, projectFiles }: CheckedContent): FileReference[] {
  const references: FileReference[] = [];
  for (const release of releases) {
    release.data.attachments.forEach((attachment, index) => references.push({ file: release.file, field: `attachments[${index}].url`, value: attachment.url }));
    if (release.data.image) references.push({ file: release.file, field: 'image.src', value: release.data.image.src });
    release.data.images.forEach((image, index) => references.push({ file: release.file, field: `images[${index}].src`, value: image.src }));
    for (const { line, value } of release.bodyPaths) references.push({ file: release.file, field: '(text)', value, line });
  }
  for (const [id, organization] of organizations) {
    const file = organizationFiles.get(id);
    if (organization.logo && file) references.push({ file, field: 'logo', value: organization.logo });
  }
  for (const [id, project] of projects ?? []) {
    const file = projectFiles?.get(id);
    if (project.donor?.logo && file) references.push({ file, field: 'donor.logo', value: project.donor.logo });
  }
  return references;
}

/** The line of `value` in `file`, for a message that points at it (1 if not found). */
function lineOf(root: string, file: string, value: string): number {
  const index = readFileSync(join(root, file), 'utf8').split(/\r?\n/).findIndex((line) => line.includes(value));
  return index === -1 ? 1 : index + 1;
}

/** "public" when the folder is public/ of the current folder, else its full path. */
function displayPath(directory: string): string {
  const fromHere = relative(process.cwd(), directory);
  return fromHere === 'public' ? 'public' : directory;
}

/**
 * Files over this size get a warning: Cloudflare Pages refuses files over
 * 25 MiB, a photo goes into the press kit of each language besides the
 * page, and a journalist on a phone downloads it whole.
 */
export const LARGE_FILE_BYTES = 20 * 1024 * 1024;

function largeFileProblem(root: string, { file, field, value, line }: FileReference, size: number): ContentProblem {
  const photo = field.startsWith('image') || /\.(jpe?g|png|webp|tiff?)$/i.test(value);
  return {
    severity: 'warning', file, line: line ?? lineOf(root, file, value), field,
    problem: `"${value}" is ${(size / 1024 / 1024).toFixed(0)} MB: some hosts refuse files over 25 MB (Cloudflare Pages), and it is copied into the press kit of each language`,
    fix: photo ? 'save the photo at most 4000 pixels wide (a few MB) and use that file' : 'compress the file (e.g. "reduce file size" when saving a PDF), or link to it where it is kept',
  };
}

/** Warnings for site paths in the content whose file is missing from `publicDir`, or very large. */
export function checkLocalFiles(content: CheckedContent, options: { root: string; publicDir: string; basePath: string }): ContentProblem[] {
  const publicDir = resolve(options.publicDir);
  return referencesOf(content).flatMap(({ file, field, value, line }) => {
    if (field === '(text)' && value === EMPTY_LINK_VALUE) {
      return [{
        severity: 'warning' as const, file, line: line ?? 1, field,
        problem: 'has a link with no address ("#" or nothing), copied from a page whose links were placeholders: it leads nowhere',
        fix: 'write the address in the round brackets, e.g. [the report](https://…), or keep only the text in the square brackets',
      }];
    }
    const target = publicFileOf(value, options.basePath);
    if (target === undefined) return [];
    const absolute = resolve(publicDir, target);
    const inside = !relative(publicDir, absolute).startsWith('..');
    const size = inside ? statSync(absolute, { throwIfNoEntry: false })?.size : undefined;
    if (size !== undefined) return size > LARGE_FILE_BYTES ? [largeFileProblem(options.root, { file, field, value, line }, size)] : [];
    const folder = displayPath(publicDir);
    return [{
      severity: 'warning' as const, file, line: line ?? lineOf(options.root, file, value), field,
      problem: `"${value}" is not in the ${folder} folder, so the link will be broken`,
      fix: inside ? `put the file at ${folder}/${target}, or correct the path` : 'use a path inside the site, e.g. /files/report.pdf',
    }];
  });
}
