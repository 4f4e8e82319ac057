/**
 * Facts about a file of the site's public folder that an author links to
 * ("/images/forum.jpg", "/files/report.pdf"): where it is, its size and a
 * hash of its bytes. Pages show the size, the press kit packs the file, and
 * the hash keys every cache (incremental pages, resized photos, kits), so a
 * replaced photo is never served from a stale copy.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { publicFileOf } from '../content/checkLocalFiles.ts';

export interface LocalFile {
  /** Path inside the public folder, with forward slashes: "images/forum.jpg". */
  path: string;
  absolutePath: string;
  bytes: number;
  /** SHA-256 of the contents, hex. */
  sha256: string;
  /** Lowercase extension without the dot: "jpg", "pdf". */
  extension: string;
}

const memo = new Map<string, { stamp: string; file: LocalFile }>();

/**
 * The public file `url` names, or undefined for a web address, a page, or a
 * file that is missing or outside the folder (validation warns about those).
 * Hashes are remembered while size and modification time stay the same.
 */
export function localFile(publicDir: string, url: string, basePath: string): LocalFile | undefined {
  const path = publicFileOf(url, basePath);
  if (path === undefined) return undefined;
  const root = resolve(publicDir);
  const absolutePath = resolve(root, path);
  if (relative(root, absolutePath).startsWith('..')) return undefined;
  let stat;
  try {
    stat = statSync(absolutePath);
  } catch {
    return undefined;
  }
  if (!stat.isFile()) return undefined;
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  const known = memo.get(absolutePath);
  if (known?.stamp === stamp) return known.file;
  const file: LocalFile = {
    path: relative(root, absolutePath).split('\\').join('/'),
    absolutePath,
    bytes: stat.size,
    sha256: createHash('sha256').update(readFileSync(absolutePath)).digest('hex'),
    extension: extname(absolutePath).slice(1).toLowerCase(),
  };
  memo.set(absolutePath, { stamp, file });
  return file;
}
