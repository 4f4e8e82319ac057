/**
 * Build benchmark: `npm run bench [-- --releases 3000 --runs 3 --seed 42]`.
 *
 * Generates a synthetic corpus (scripts/bench/corpus.ts; `--releases 0`
 * copies the project's own sample `content/` instead), then builds it with
 * this newsroom ("ours") and with the plain Astro control site in
 * bench/baseline, each build in a fresh `astro build` process:
 *
 *   cold         no caches (a new, empty cacheDir) and a new output folder
 *   warm         nothing changed since the previous build, caches kept
 *   incremental  one release edited in all its languages, caches kept
 *   dev          (only when asked for) ours' `astro dev`: start-up and
 *                edit→visible latency, once after the builds (scripts/bench/dev.ts)
 *
 * Sites: `ours` (the newsroom as deployed, with Astro's incremental build),
 * `ours-full` (the same with NEWSROOM_INCREMENTAL=0: every page rendered on
 * every build, which shows what rendering our pages costs), `baseline` and
 * `baseline-incremental` (the same control with Astro's incremental build
 * and a cacheKey per page: BASELINE_INCREMENTAL=1).
 *
 * Fairness: the sites alternate within every round (and swap who goes
 * first each round); every build writes into a folder that does not exist
 * yet, and old output is renamed aside, never deleted between timed builds
 * (deleting thousands of files slows file creation on ext4 for minutes);
 * the table shows medians of the rounds. Everything is removed at the end.
 *
 * Peak memory is the child's "Maximum resident set size" from GNU time
 * (`/usr/bin/time -v`); without it, the harness polls VmHWM in
 * /proc/<pid>/status. Results: a Markdown table on stdout (scripts/bench/report.ts)
 * and JSON in bench/out/results-<N>.json (logs of every build in bench/out/n<N>/logs).
 */
import { spawn } from 'node:child_process';
import { cpSync, symlinkSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { availableParallelism, cpus, loadavg, release as kernelRelease, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteConfig } from '../../src/config.ts';
import { copyProjectContent, editRelease, generateCorpus, LANGS } from './corpus.ts';
import { measureDev, type DevResult } from './dev.ts';
import { BUILD_KINDS, formatReport, PHASES, SITES, summarize, type Kind, type Measurement, type Site } from './report.ts';
import { measureSearchTransfer, type SearchTransfer } from './searchTransfer.ts';

const projectRoot = resolve(import.meta.dirname, '..', '..');
const baselineRoot = join(projectRoot, 'bench', 'baseline');
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const hugoBin = process.env.HUGO_PATH ?? '/usr/bin/hugo';
const BUILD_NOW = '2026-11-22T12:00:00+06:00';

const { values } = parseArgs({
  options: {
    releases: { type: 'string', default: '300' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    sites: { type: 'string', default: 'ours,baseline,baseline-incremental' },
    // Add `dev` for the dev-server measurement (ours only); `--kinds dev` measures only that.
    kinds: { type: 'string', default: 'cold,warm,incremental' },
    'dev-timeout': { type: 'string', default: '180' },
    // Pairs of dev starts (empty cache, then on its cache): the figures are medians.
    'dev-starts': { type: 'string', default: '3' },
    out: { type: 'string', default: join(projectRoot, 'bench', 'out') },
    keep: { type: 'boolean', default: false },
    label: { type: 'string', default: '' },
    // Measure a first search's transfer in Chromium on ours' first warm build (needs /usr/bin/chromium or CHROMIUM_PATH).
    transfer: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const releases = Number(values.releases);
const runs = Number(values.runs);
const seed = Number(values.seed);
const sites = values.sites.split(',') as Site[];
const requested = values.kinds.split(',');
const kinds = BUILD_KINDS.filter((kind) => requested.includes(kind));
const devTimeout = Number(values['dev-timeout']);
const devStarts = Number(values['dev-starts']);
for (const site of sites) if (!SITES.includes(site)) throw new Error(`--sites: unknown site "${site}" (use ${SITES.join(', ')})`);
for (const kind of requested) if (kind !== 'dev' && !(BUILD_KINDS as readonly string[]).includes(kind)) throw new Error(`--kinds: unknown measurement "${kind}" (use ${BUILD_KINDS.join(', ')}, dev)`);
if (sites.includes('hugo') && !existsSync(hugoBin)) throw new Error(`--sites hugo needs Hugo at ${hugoBin} (apt-get install hugo, or set HUGO_PATH)`);
if (requested.includes('dev') && !sites.includes('ours')) throw new Error('--kinds dev measures the site "ours": add it to --sites');
if (!Number.isInteger(releases) || releases < 0 || !Number.isInteger(runs) || runs < 1) throw new Error('--releases takes a whole number (0: the project\'s sample content), --runs a positive one');
if (!(devTimeout > 0)) throw new Error('--dev-timeout takes seconds');
if (!Number.isInteger(devStarts) || devStarts < 1) throw new Error('--dev-starts takes a positive whole number (pairs of dev-server starts)');

const work = join(values.out, releases === 0 ? 'sample' : `n${releases}`);
/**
 * "ours" builds from a snapshot of the project in bench/out/site (node_modules
 * still resolves to the project's): Astro keeps its build scratch in
 * <root>/.astro, which a test build in the checkout would otherwise share,
 * and edits made while the benchmark runs cannot change what it measures.
 */
const oursRoot = join(values.out, 'site');
// One trash folder per run, so a run that is still emptying its own cannot delete another's.
const trash = join(values.out, `trash-${process.pid}`);
for (const name of existsSync(values.out) ? readdirSync(values.out) : []) {
  const pid = /^trash-(\d+)$/.exec(name)?.[1];
  if (name === 'trash' || (pid && !isRunning(Number(pid)))) rmSync(join(values.out, name), { recursive: true, force: true });
}
const logs = join(work, 'logs');
mkdirSync(logs, { recursive: true });
mkdirSync(trash, { recursive: true });
const hasGnuTime = existsSync('/usr/bin/time');

/** True while a process with this id exists (left-over trash of a killed run is removed at start). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function machine() {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  let fs = '';
  try {
    fs = readFileSync('/proc/mounts', 'utf8').split('\n').map((line) => line.split(' '))
      .filter((parts) => parts[1] && values.out.startsWith(parts[1])).sort((a, b) => b[1]!.length - a[1]!.length)[0]?.[2] ?? '';
  } catch { /* not Linux */ }
  return {
    cpu, cores: availableParallelism(), memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version,
    kernel: kernelRelease(), filesystem: fs, loadAverageAtStart: Number(loadavg()[0]!.toFixed(2)),
  };
}

/** Moves a folder aside (cheap rename) so the next build never waits on deletions. */
function moveAside(path: string): void {
  if (existsSync(path)) renameSync(path, join(trash, `${Date.now()}-${Math.random().toString(36).slice(2)}`));
}

function walk(directory: string): { files: number; pages: number; bytes: number } {
  const total = { files: 0, pages: 0, bytes: 0 };
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else {
        total.files++;
        if (entry.name.endsWith('.html')) total.pages++;
        total.bytes += statSync(full).size;
      }
    }
  };
  if (existsSync(directory)) visit(directory);
  return total;
}

/** The environment of a build or dev server: the runner's, without npm's variables, plus the corpus and cache. */
function childEnv(cacheDir: string, corpusRoot: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('npm_') && name !== 'NODE_ENV') env[name] = value;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CONTENT_ROOT: corpusRoot, NEWSROOM_CACHE_DIR: cacheDir, BUILD_NOW, ...extra };
}

function build(site: Site, kind: Kind, round: number, cacheDir: string, corpusRoot: string): Promise<Measurement> {
  // The same path for every build of a site (the previous output is moved aside first): Astro embeds the
  // output folder in the code of astro:assets, so a new path each build would make every page that shows
  // a photo look changed to the incremental build, which a deployment (always dist/) never sees.
  const outDir = join(work, `dist-${site}`);
  moveAside(outDir);
  const logFile = join(logs, `${site}-${kind}-${round}.log`);
  const timeFile = join(logs, `${site}-${kind}-${round}.time`);
  const cwd = site.startsWith('baseline') ? baselineRoot : oursRoot;
  const env = childEnv(cacheDir, corpusRoot, {
    NODE_ENV: 'production',
    ...(site === 'ours-full' ? { NEWSROOM_INCREMENTAL: '0' } : {}),
    ...(site === 'baseline-incremental' ? { BASELINE_INCREMENTAL: '1' } : {}),
  });
  // Hugo (Debian's `hugo` package) builds the same corpus with a minimal theme (bench/hugo): the static-site floor.
  const [program, ...args] = site === 'hugo'
    ? [hugoBin, '--source', join(projectRoot, 'bench', 'hugo'), '--contentDir', join(corpusRoot, 'content'), '--destination', outDir, '--cacheDir', cacheDir, '--quiet']
    : [process.execPath, astroBin, 'build', '--outDir', outDir];
  const command = hasGnuTime ? '/usr/bin/time' : program!;
  const commandArgs = hasGnuTime ? ['-v', '-o', timeFile, program!, ...args] : args;
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const phases: Record<string, number> = {};
    let output = '';
    let vmHwmKb = 0;
    const poll = hasGnuTime ? undefined : setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) vmHwmKb = Math.max(vmHwmKb, Number(match[1]));
      } catch { /* exited */ }
    }, 50);
    const sink = createWriteStream(logFile);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      sink.write(text);
      output += text;
      const at = (performance.now() - started) / 1000;
      for (const [name, pattern] of PHASES) if (phases[name] === undefined && pattern.test(output)) phases[name] = Number(at.toFixed(2));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (poll) clearInterval(poll);
      sink.end();
      const measurement: Measurement = {
        site, kind, round, exitCode: code ?? 1, wallSeconds: Number(wallSeconds.toFixed(2)),
        pages: 0, files: 0, distMb: 0, phases, log: logFile,
      };
      if (hasGnuTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const number = (pattern: RegExp) => Number(pattern.exec(report)?.[1] ?? Number.NaN);
        measurement.peakRssMb = Math.round(number(/Maximum resident set size \(kbytes\): (\d+)/) / 1024);
        measurement.userSeconds = number(/User time \(seconds\): ([\d.]+)/);
        measurement.systemSeconds = number(/System time \(seconds\): ([\d.]+)/);
      } else if (vmHwmKb > 0) {
        measurement.peakRssMb = Math.round(vmHwmKb / 1024);
      }
      const images = /social images: (\d+) rendered, (\d+) reused in ([\d.]+) s/.exec(output);
      if (images) {
        measurement.imagesRendered = Number(images[1]);
        measurement.imagesReused = Number(images[2]);
        measurement.imageSeconds = Number(images[3]);
      }
      const search = /search index: \d+ pages \(([^)]*)\) in ([\d.]+) s, \d+ files, ([\d.]+) MB(?:; indexer peak (\d+) MB)?/.exec(output);
      if (search) {
        measurement.searchIndexed = search[1];
        measurement.searchSeconds = Number(search[2]);
        measurement.searchMb = Number(search[3]);
        if (search[4]) measurement.indexerPeakMb = Number(search[4]);
      }
      const totals = walk(outDir);
      measurement.pages = totals.pages;
      measurement.files = totals.files;
      measurement.distMb = Number((totals.bytes / 2 ** 20).toFixed(1));
      void inspect(site, kind, round, outDir, measurement.exitCode).finally(() => {
        moveAside(outDir);
        resolvePromise(measurement);
      });
    });
  });
}

const transfers: SearchTransfer[] = [];

/** On ours' first warm build: what a first search transfers (the build is finished, so this does not change its timing). */
async function inspect(site: Site, kind: Kind, round: number, outDir: string, exitCode: number): Promise<void> {
  if (!values.transfer || site !== 'ours' || kind !== 'warm' || round !== 1 || exitCode !== 0) return;
  try {
    transfers.push(...(await measureSearchTransfer(outDir)));
  } catch (error) {
    console.log(`  search transfer not measured: ${(error as Error).message.split('\n')[0]}`);
  }
}

// ---------------------------------------------------------------- corpus
rmSync(oursRoot, { recursive: true, force: true });
mkdirSync(oursRoot, { recursive: true });
for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
  if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(oursRoot, entry), { recursive: true });
}// Dependencies resolve from the project even when --out is outside it.
symlinkSync(join(projectRoot, 'node_modules'), join(oursRoot, 'node_modules'), 'dir');

const machineInfo = machine();
const corpusRoot = join(work, 'corpus');
const generated = performance.now();
const corpus = releases === 0 ? copyProjectContent(corpusRoot) : generateCorpus({ releases, seed, root: corpusRoot });
const corpusName = releases === 0 ? `the sample content, ${corpus.releases} releases` : `${releases} releases`;
console.log(`Benchmark: ${corpusName} (${corpus.files} files, ${corpus.advisories} advisories, ${corpus.missingTranslations} with a missing translation, ~${Math.round(corpus.words / corpus.files)} words each), seed ${seed}, ${kinds.length > 0 ? `${runs} round(s)` : 'no builds'}${requested.includes('dev') ? ', dev server' : ''}`);
console.log(`Machine: ${machineInfo.cpu}, ${machineInfo.cores} cores, ${machineInfo.memoryGb} GB, Node ${machineInfo.node}, Linux ${machineInfo.kernel}, ${machineInfo.filesystem || 'unknown fs'}; load ${machineInfo.loadAverageAtStart}; peak RSS via ${hasGnuTime ? '/usr/bin/time -v' : '/proc VmHWM polling'}`);
console.log(`Corpus written in ${((performance.now() - generated) / 1000).toFixed(1)} s to ${corpusRoot}\n`);

// Releases edited by the incremental builds: ones with all three languages, spread over the archive.
const complete = corpus.slugs.filter((slug) => LANGS.every((lang) => existsSync(join(corpusRoot, 'content', 'releases', slug, `${lang}.md`))));

// ---------------------------------------------------------------- builds
const results: Measurement[] = [];
const record = (measurement: Measurement) => {
  results.push(measurement);
  const images = measurement.imagesRendered === undefined ? '' : `, images ${measurement.imagesRendered} rendered / ${measurement.imagesReused} reused`;
  const flag = measurement.exitCode === 0 ? '' : `  FAILED (exit ${measurement.exitCode}, see ${measurement.log})`;
  console.log(`  round ${measurement.round} ${measurement.site.padEnd(20)} ${measurement.kind.padEnd(11)} ${measurement.wallSeconds.toFixed(1).padStart(6)} s, ${measurement.pages} pages, ${measurement.peakRssMb ?? '?'} MB${images}${flag}`);
  if (measurement.exitCode !== 0) process.exitCode = 1;
};

for (let round = 1; kinds.length > 0 && round <= runs; round++) {
  const order: Site[] = round % 2 === 1 ? sites : [...sites].reverse();
  const caches = Object.fromEntries(order.map((site) => [site, join(work, `cache-${site}-${round}`)])) as Record<Site, string>;
  for (const site of order) moveAside(caches[site]);
  // A warm or incremental build needs a cache: the cold build makes it (and is recorded if asked for).
  for (const site of order) record(await build(site, 'cold', round, caches[site], corpusRoot));
  if (kinds.includes('warm')) for (const site of order) record(await build(site, 'warm', round, caches[site], corpusRoot));
  if (kinds.includes('incremental')) {
    const slug = complete[Math.floor((complete.length * round) / (runs + 1))]!;
    editRelease(corpusRoot, slug, round);
    for (const site of order) record(await build(site, 'incremental', round, caches[site], corpusRoot));
  }
  for (const site of order) moveAside(caches[site]);
}

// ---------------------------------------------------------------- dev server
let dev: DevResult | undefined;
if (requested.includes('dev')) {
  // A release with all its languages, in the middle of the archive; run from the snapshot like ours' builds.
  const slug = complete[Math.floor(complete.length / 2)] ?? corpus.slugs.find((name) => existsSync(join(corpusRoot, 'content', 'releases', name, 'en.md')));
  if (!slug) throw new Error('dev: the corpus has no release in English');
  const cacheDir = join(work, 'cache-dev');
  const env = childEnv(cacheDir, corpusRoot, {});
  console.log(`\nDev server (ours), ${corpusName}, release ${slug}:`);
  dev = await measureDev({
    siteRoot: oursRoot, corpusRoot, slug, env, cacheDir, logFile: join(logs, 'ours-dev.log'),
    basePath: loadSiteConfig(env, oursRoot).basePath, timeoutSeconds: devTimeout, starts: devStarts,
  });
  moveAside(cacheDir);
  if (dev.error) process.exitCode = 1;
}

// ---------------------------------------------------------------- report
const rows = summarize(results, sites, kinds);
const heading = `${releases === 0 ? 'The sample content: ' : 'N = '}${corpus.releases} releases (${corpus.files} release files), ${kinds.length > 0 ? `${runs} round(s)` : 'no builds'}`;
console.log(`\n${formatReport({ heading, rows, transfers, dev })}`);

const jsonFile = join(values.out, `results-${releases === 0 ? 'sample' : releases}${values.label ? `-${values.label}` : ''}.json`);
const machineEnd = { ...machineInfo, loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)), peakRss: hasGnuTime ? '/usr/bin/time -v' : '/proc VmHWM' };
writeFileSync(jsonFile, `${JSON.stringify({ date: new Date().toISOString(), machine: machineEnd, releases, seed, runs, sites, kinds: requested, corpus: { ...corpus, slugs: undefined }, rows, searchTransfer: transfers, measurements: results, dev: dev ?? null }, null, 2)}\n`);
console.log(`\nJSON: ${jsonFile}`);

if (!values.keep) {
  // After the timed builds: removing output now cannot slow them.
  rmSync(trash, { recursive: true, force: true });
}
