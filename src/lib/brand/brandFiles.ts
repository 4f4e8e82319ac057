/**
 * Where the brand's files are. The site serves one public folder: the
 * content's own `public/` when CONTENT_ROOT has one, else the project's.
 * The brand is named in src/config.ts, so its files may also live in the
 * project's `public/` when the content carries a `public/` of its own; the
 * build then copies them into the output (brandIntegration.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import type { BrandConfig } from '../../config.ts';
import type { ContentProblem } from '../content/problems.ts';

/** The two public folders a brand file may be in. */
export interface PublicFolders {
  /** The folder the site serves (Astro's publicDir). */
  served: string;
  /** The project's own `public/`. */
  project: string;
}

/** A brand file found on disk. */
export interface BrandFile {
  /** As written in the config: "/brand/logo.svg". */
  sitePath: string;
  absolutePath: string;
  /** False when the file is in the project's public/ but the site serves another folder: the build copies it. */
  served: boolean;
}

/** The site paths of every file the brand names (logo, logo on dark, favicon source), without repeats. */
export function brandFilePaths(brand: BrandConfig): string[] {
  return [...new Set([brand.logo, brand.logoOnDark, brand.favicon].filter((path): path is string => path !== undefined))];
}

function fileIn(folder: string, sitePath: string): string | undefined {
  const root = resolve(folder);
  const absolutePath = resolve(root, `.${sitePath}`);
  if (relative(root, absolutePath).startsWith('..')) return undefined;
  return existsSync(absolutePath) && statSync(absolutePath).isFile() ? absolutePath : undefined;
}

/** Finds a brand file in the served public folder, then in the project's. */
export function locateBrandFile(sitePath: string, folders: PublicFolders): BrandFile | undefined {
  const served = fileIn(folders.served, sitePath);
  if (served) return { sitePath, absolutePath: served, served: true };
  const project = fileIn(folders.project, sitePath);
  return project ? { sitePath, absolutePath: project, served: false } : undefined;
}

/** One sentence per brand file that is in neither folder. */
export function missingBrandFiles(brand: BrandConfig, folders: PublicFolders): string[] {
  const where = resolve(folders.served) === resolve(folders.project) ? folders.project : `${folders.served} or ${folders.project}`;
  return brandFilePaths(brand)
    .filter((sitePath) => !locateBrandFile(sitePath, folders))
    .map((sitePath) => `The brand file "${sitePath}" named in the site configuration is not in ${where}. Put the file there (SVG or PNG), or correct the name.`);
}

/**
 * Missing brand files as `npm run validate` lists problems, one per setting;
 * `overridden` names the settings content/brand.yml sets (reported there).
 */
export function brandFileProblems(brand: BrandConfig, folders: PublicFolders, overridden: ReadonlySet<string> = new Set()): ContentProblem[] {
  return (['logo', 'logoOnDark', 'favicon'] as const).flatMap((field) => {
    const sitePath = brand[field];
    if (sitePath === undefined || locateBrandFile(sitePath, folders)) return [];
    return [{
      severity: 'error' as const, file: overridden.has(field) ? 'content/brand.yml' : 'src/config.ts', line: 1, field: overridden.has(field) ? field : `brand.${field}`,
      problem: `"${sitePath}" is not in the public folder`, fix: `put the file at public${sitePath}, or correct the name`,
    }];
  });
}

/** The public folders of a build: served one (Astro's publicDir) and the project's. */
export function publicFoldersOf(projectRoot: string, servedDir: string): PublicFolders {
  return { served: servedDir, project: join(projectRoot, 'public') };
}

/** Width and height of an image file (an SVG's from its width/height or viewBox). */
export async function imageDimensions(absolutePath: string): Promise<{ width: number; height: number; format: string }> {
  const metadata = await sharp(absolutePath).metadata();
  if (!metadata.width || !metadata.height) throw new Error(`${absolutePath} has no width and height sharp can read`);
  return { width: metadata.width, height: metadata.height, format: metadata.format ?? '' };
}

/**
 * A digest of the brand files' contents: a logo replaced under the same
 * name changes the pages that show it (width and height) and must re-render
 * them in an incremental build (src/lib/pageCacheKey.ts).
 */
export function brandFilesDigest(brand: BrandConfig, folders: PublicFolders): string {
  const hash = createHash('sha256');
  for (const sitePath of brandFilePaths(brand)) {
    const file = locateBrandFile(sitePath, folders);
    hash.update(`${sitePath}\n`).update(file ? readFileSync(file.absolutePath) : 'missing').update('\n');
  }
  return hash.digest('base64url');
}
