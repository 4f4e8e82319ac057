/**
 * Vitest global setup: every temporary folder of the run goes under one
 * folder of its own, removed when the run ends. Test files, the builds
 * they start and the browsers they drive make their folders in
 * `os.tmpdir()`, which follows TMPDIR: set here, before the workers start,
 * they inherit it. Without it each run left thousands of project copies,
 * builds and caches in /tmp (21 GB after a few days of runs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;
let previous: string | undefined;

export function setup(): void {
  previous = process.env.TMPDIR;
  root = mkdtempSync(join(tmpdir(), 'newsroom-tests-'));
  process.env.TMPDIR = root;
}

export function teardown(): void {
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
