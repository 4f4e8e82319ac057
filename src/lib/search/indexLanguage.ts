/**
 * Runs Pagefind over one language's indexed pages and writes that
 * language's bundle (pagefind.js, its wasm, the language's meta, index
 * chunks, filters and fragments) into a folder.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { watchPeakMemory } from './indexerMemory.ts';

/** What Pagefind reported. */
export interface LanguageIndexResult {
  /** Pages in the written index (from its pagefind-entry.json). */
  pages: number;
  /** Pagefind's own error messages (an empty list when it went well). */
  errors: string[];
  /** Peak memory of the Pagefind process in MB, when it could be read (Linux). */
  peakMb?: number | undefined;
  /** True when the index was finished from an early index (earlyIndex.ts). */
  early?: boolean;
}

/**
 * The environment Pagefind runs in: this process's, minus PAGEFIND_*
 * settings, so an old Pagefind setup of the deployment (PAGEFIND_GLOB,
 * PAGEFIND_SERVE…) cannot change what the index holds without changing its
 * cache fingerprint, or keep the build waiting on a server.
 */
export function pagefindEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toUpperCase().startsWith('PAGEFIND_')));
}

/**
 * Runs `binary` with `args` in `cwd` (where Pagefind would also read a
 * pagefind.yml: the staged folder has none); resolves with its exit code
 * and everything it printed, or why it did not run.
 */
function run(binary: string, args: readonly string[], cwd: string): Promise<{ code: number; output: string; peakMb: number | undefined }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { cwd, env: pagefindEnvironment(), windowsHide: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const memory = watchPeakMemory(child.pid);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('error', (error) => resolve({
      code: -1, peakMb: memory.stop(),
      output: `${output}Pagefind's program ${binary} could not be started (${error.message}); run \`npm ci\` again, or set PAGEFIND_EXTENDED_BINARY_PATH to a Pagefind binary`,
    }));
    child.on('close', (code, signal) => resolve({
      code: code ?? -1, peakMb: memory.stop(),
      output: signal ? `${output}Pagefind was stopped by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}` : output,
    }));
  });
}

/**
 * Indexes one language's pages, staged in `siteDir` (stagePages says why),
 * into the empty folder `bundleDir` with Pagefind's program `binary`
 * (pagefindBinary). Pagefind keeps the part marked `data-pagefind-body`,
 * minus `data-pagefind-ignore`.
 *
 * Why the program and not Pagefind's Node API: given a folder, the program
 * reads the pages on all cores and writes the same files as the API, in
 * 6.0 s against 7.2 s for the API's addDirectory and 13 s for one
 * addHTMLFile per page (2,927 Kyrgyz pages, 2 cores).
 */
export async function indexLanguage(binary: string, lang: string, siteDir: string, bundleDir: string): Promise<LanguageIndexResult> {
  const { code, output, peakMb } = await run(binary, ['--site', siteDir, '--force-language', lang, '--output-path', bundleDir, '--quiet'], siteDir);
  if (code !== 0) return { pages: 0, errors: [output.trim() || `Pagefind exited with code ${code}`], peakMb };
  return { pages: await indexedPageCount(bundleDir, lang), errors: [], peakMb };
}

/** The number of `lang` pages in the index Pagefind wrote into `bundleDir` (from its pagefind-entry.json). */
export async function indexedPageCount(bundleDir: string, lang: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return entry.languages[lang]?.page_count ?? 0;
}
