/**
 * Temporary folders for the tests of one describe block, each removed after
 * its test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** Call inside `describe`; returns a function that makes a new folder under `parent` named from `prefix`. */
export function useTempFolders(parent: string = tmpdir()): (prefix: string) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return (prefix) => {
    const folder = mkdtempSync(join(parent, prefix));
    made.push(folder);
    return folder;
  };
}
