/**
 * Compares two builds file by file, byte for byte: what the incremental
 * build tests assert between a rebuild (with the previous build's cache) and
 * a clean build of the same content.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuiltSite } from './buildSite.ts';

/** Every file under `directory` (absolute paths). */
export function listFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = join(directory, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** Files that differ between two folders (missing on one side, or different bytes), as sorted relative paths. */
export function folderDifferences(left: string, right: string, names: [string, string] = ['rebuild', 'clean build']): string[] {
  const filesOf = (directory: string) => new Set(listFiles(directory).map((file) => relative(directory, file)));
  const leftFiles = filesOf(left);
  const rightFiles = filesOf(right);
  const differing: string[] = [];
  for (const file of new Set([...leftFiles, ...rightFiles])) {
    if (!leftFiles.has(file) || !rightFiles.has(file)) differing.push(`${file} (only in ${leftFiles.has(file) ? names[0] : names[1]})`);
    else if (!readFileSync(join(left, file)).equals(readFileSync(join(right, file)))) differing.push(file);
  }
  return differing.sort();
}

/** Files that differ between the output of two builds (the first a rebuild, the second a clean build). */
export function differences(rebuild: BuiltSite, clean: BuiltSite): string[] {
  return folderDifferences(rebuild.outDir, clean.outDir);
}
