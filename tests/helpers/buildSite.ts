/**
 * Builds a fixture site with the project's real code: `astro build` in a
 * child process, with CONTENT_ROOT pointing at tests/fixtures/<name> and a
 * private output and cache folder, so fixtures never touch ./dist.
 *
 * Astro also writes generated types into `<project>/.astro/`. So that test
 * files can build at the same time (Vitest runs files in parallel), Astro
 * commands run in a private copy of the project (src/, config, public/; the
 * node_modules folder linked, not copied), made once per test file.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { inject } from 'vitest';
import { checkPages } from './checkHtml.ts';

export const projectRoot = resolve(import.meta.dirname, '..', '..');

export interface BuiltSite {
  outDir: string;
  exitCode: number;
  output: string;
  /** Parsed HTML of a built page, by site path like "/en/releases/". */
  page(path: string): CheerioAPI;
  /** Text of any built file, by path relative to the output folder. */
  file(path: string): string;
  /** Every built file, relative to the output folder. */
  files(): string[];
}

/**
 * The environment a user's shell would give a command: Vitest's own
 * variables (NODE_ENV=test, VITEST…) removed, since Astro changes behaviour
 * under them.
 */
export function commandEnv(extra: Record<string, string>, nodeEnv = 'production'): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    // Vitest also exports Vite's import.meta.env values (DEV, PROD, MODE, SSR, BASE_URL) as variables.
    if (!name.startsWith('VITEST') && !['TEST', 'NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL'].includes(name)) env[name] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_ENV: nodeEnv, ...extra };
}

/** Files and folders an Astro command reads from the project (node_modules is linked). */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

let copy: string | undefined;

/**
 * A private copy of the project for Astro commands (build, dev), so that
 * their `.astro/` folder is this test file's own. Made on first use.
 */
export function projectCopy(): string {
  if (copy) return copy;
  const folder = join(mkdtempSync(join(tmpdir(), 'newsroom-project-')), 'project');
  mkdirSync(folder);
  for (const name of PROJECT_FILES) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(folder, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
  copy = folder;
  return folder;
}

/**
 * Runs a command from node_modules/.bin and collects its output. `astro`
 * runs in this test file's copy of the project; scripts (`node scripts/…`)
 * run in the project itself, which they only read.
 */
export function run(command: string, args: string[], env: Record<string, string>): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(join(projectRoot, 'node_modules', '.bin', command), args, {
      cwd: command === 'astro' ? projectCopy() : projectRoot,
      env: commandEnv(env),
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolvePromise({ exitCode: code ?? 1, output }));
  });
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = join(directory, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

let previousBuild: Promise<unknown> = Promise.resolve();

/**
 * Builds `tests/fixtures/<fixture>` (or an absolute folder) with extra environment variables.
 *
 * Astro always writes into the same folder of this file's project copy, and
 * the result is then moved to a folder of its own: astro:assets puts the
 * output folder's path into its module, so with a new folder name for every
 * build a page with a photo would never be reused by an incremental rebuild,
 * as it is on a real site that always builds into dist/. Builds of one test
 * file therefore run one after the other.
 */
export async function buildSite(fixture: string, env: Record<string, string> = {}): Promise<BuiltSite> {
  const work = mkdtempSync(join(tmpdir(), 'newsroom-build-'));
  const outDir = join(work, 'dist');
  const contentRoot = fixture.startsWith('/') ? fixture : join(projectRoot, 'tests', 'fixtures', fixture);
  const sharedOutDir = join(projectCopy(), 'dist');
  const building = previousBuild.then(async () => {
    rmSync(sharedOutDir, { recursive: true, force: true });
    const result = await run('astro', ['build', '--outDir', sharedOutDir], {
      CONTENT_ROOT: contentRoot,
      NEWSROOM_CACHE_DIR: join(work, 'cache'),
      BUILD_NOW: '2026-11-22T12:00:00+06:00',
      // Fixtures hold embargoed releases on purpose: run in GitHub Actions, the leak guard would stop
      // their builds (src/lib/publishing/checkRepositoryVisibility.ts). Tests of the guard set it back.
      GITHUB_ACTIONS: '',
      ...env,
    });
    if (existsSync(sharedOutDir)) renameSync(sharedOutDir, outDir);
    else mkdirSync(outDir);
    return result;
  });
  previousBuild = building.catch(() => undefined);
  const { exitCode, output } = await building;
  const file = (path: string) => readFileSync(join(outDir, path), 'utf8');
  const files = () => walk(outDir).map((full) => relative(outDir, full));
  if (exitCode === 0) await expectValidHtml(outDir, files().filter((path) => path.endsWith('.html')));
  return {
    outDir,
    exitCode,
    output,
    file,
    page: (path) => load(file(join(path, path.endsWith('.html') ? '' : 'index.html'))),
    files,
  };
}

/**
 * Every page of every fixture build must be valid HTML: the Nu HTML
 * Checker started for this test run (tests/setup/htmlChecker.ts) checks
 * them all, and the build's test fails with each error as `file:line: message`.
 */
async function expectValidHtml(outDir: string, pages: string[]): Promise<void> {
  const checker = inject('htmlChecker');
  if ('problem' in checker) throw new Error(`Cannot check the built pages: ${checker.problem}`);
  const errors = await checkPages(checker.url, outDir, pages);
  if (errors.length > 0) {
    throw new Error(`The Nu HTML Checker found ${errors.length} errors in ${pages.length} pages of ${outDir}:\n${errors.join('\n')}`);
  }
}
