/**
 * Where the installed Pagefind is, its version and its indexing program.
 * The package's exports expose only its Node API, so its package.json and
 * its own binary resolver are found by path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder of the `pagefind` package this project resolves, or undefined when it is not installed. */
function packageFile(): string | undefined {
  const folders = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  return folders.map((folder) => join(folder, 'pagefind', 'package.json')).find((path) => existsSync(path));
}

/** The installed Pagefind's version ("unknown" when it cannot be read). */
export function pagefindVersion(): string {
  const file = packageFile();
  return file ? String((JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version) : 'unknown';
}

/**
 * Path of Pagefind's indexing program for this platform, found the way
 * Pagefind's own Node API finds it (the extended build when installed, which
 * also segments Chinese and Japanese; PAGEFIND_EXTENDED_BINARY_PATH or
 * PAGEFIND_BINARY_PATH override it).
 */
export async function pagefindBinary(): Promise<string> {
  const file = packageFile();
  if (!file) throw new Error('[newsroom] Pagefind is not installed: run `npm ci` (it is a dependency in package.json).');
  try {
    // Not in the package's exports: a Pagefind release that moves it fails here, with the message below.
    const resolver = (await import(pathToFileURL(join(dirname(file), 'lib', 'resolveBinary.js')).href)) as { resolveBinaryPath(names: string[]): string };
    return resolver.resolveBinaryPath(['pagefind_extended', 'pagefind']);
  } catch (error) {
    throw new Error(`[newsroom] Pagefind ${pagefindVersion()}'s program for this platform was not found (${(error as Error).message.split('\n')[0]}). Run \`npm ci\`; if it persists, set PAGEFIND_EXTENDED_BINARY_PATH to a Pagefind binary.`);
  }
}
