/**
 * The dev-server measurement of `npm run bench -- --kinds dev`: what an
 * author waits for in `npm run dev`.
 *
 * 1. Start-up: what `npm run dev` runs (package.json: `astro dev` with the
 *    first-start content prefetch loaded first, scripts/devPrefetch.ts) in a fresh process (its own process group) with an
 *    empty cache, no `.astro/` folder and no Vite dependency cache, as after
 *    a fresh clone; seconds from spawn until the first HTTP 200 of one release page.
 * 2. Edit → visible, `edits` times: the release's `en.md` gets " (dev edit k)"
 *    appended to its title; the page is fetched again (a fresh GET 50 ms
 *    after each answer) until the new title is in it. Seconds from the file
 *    write to that answer.
 * 3. Meanwhile the language's home page is fetched in a loop (50 ms between
 *    answers): the longest time without an answer shows whether the server
 *    keeps serving while it reloads content.
 * 4. The server is stopped, the file restored, and the server started again
 *    on the same port with the same cache and `.astro/` (one file changed
 *    since): a second start-up figure.
 * 5. `starts` - 1 more pairs of starts, each an empty-cache start then a
 *    start on its cache: start-up varies by 2–5 s on a 2-core machine from
 *    one minute to the next, so the figures are medians of `starts`
 *    alternating pairs, with every start listed.
 * Every step gives up after `timeoutSeconds` with a message naming it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { devCommand } from '../lib/devCommand.ts';

export interface DevOptions {
  /** The project to run (the runner's snapshot, bench/out/site). */
  siteRoot: string;
  /** Folder holding `content/`; the release `slug` must have `en.md`. */
  corpusRoot: string;
  slug: string;
  /** The site's base path, e.g. "/" or "/newsroom/". */
  basePath: string;
  /** Environment of the server (CONTENT_ROOT, NEWSROOM_CACHE_DIR, BUILD_NOW…). */
  env: NodeJS.ProcessEnv;
  /** The cache folder named in env (emptied before the first start). */
  cacheDir: string;
  logFile: string;
  edits?: number;
  /** Start-ups of each kind (empty cache, and again on its cache), alternating; the report gives medians. */
  starts?: number;
  timeoutSeconds?: number;
}

export interface DevEdit {
  /** Seconds from the file write to the first answer showing the new title. */
  seconds: number;
  /** Longest time without an answer from the home page while this edit was pending. */
  longestGapSeconds: number;
}

export interface DevResult {
  slug: string;
  page: string;
  homePage: string;
  /** Median seconds to the first page with an empty cache and no `.astro/` (as after a fresh clone). */
  startupSeconds?: number;
  /** Median seconds to the first page when started again on the previous start's cache and `.astro/`. */
  restartSeconds?: number;
  /** Every empty-cache start, in order. */
  startups: number[];
  /** Every start on a previous start's cache, in order. */
  restarts: number[];
  edits: DevEdit[];
  medianEditSeconds: number;
  longestGapSeconds: number;
  homeAnswers: number;
  homeFailures: number;
  homeMedianSeconds: number;
  /** Lines of the server's log that mention an error (first 20). */
  errorLines: string[];
  error?: string;
  log: string;
}

const POLL_MS = 50;

/** A port nothing listens on now (if it is taken meanwhile, Astro moves on: its log gives the address used). */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** " (dev edit k)" at the end of the front matter's title, whatever its YAML quoting. */
export function retitle(text: string, mark: string): string {
  const edited = text.replace(/^title:[ \t]*(.*?)[ \t]*$/m, (_, value: string) => {
    if (/^".*"$/.test(value)) return `title: ${value.slice(0, -1)}${mark}"`;
    if (/^'.*'$/.test(value)) return `title: ${value.slice(0, -1)}${mark.replace(/'/g, "''")}'`;
    return `title: ${value}${mark}`;
  });
  if (edited === text) throw new Error('no `title:` line to edit');
  return edited;
}

interface Server {
  child: ChildProcess;
  /** Set once Astro prints its address (it may differ from the port asked for). */
  origin: string;
  output: () => string;
  exited: () => string | undefined;
  stop: () => Promise<void>;
}

async function startServer(options: DevOptions, port: number): Promise<Server> {
  const sink = createWriteStream(options.logFile, { flags: 'a' });
  const command = [...devCommand(options.siteRoot), '--host', '127.0.0.1', '--port', String(port)];
  sink.write(`\n--- npm run dev: node ${command.join(' ')} (${new Date().toISOString()})\n`);
  const child = spawn(process.execPath, command, {
    cwd: options.siteRoot, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let output = '';
  let exit: string | undefined;
  const server: Server = {
    child, origin: `http://127.0.0.1:${port}`, output: () => output, exited: () => exit,
    stop: async () => {
      if (exit === undefined && child.pid) {
        // The whole group: astro may have started workers.
        try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
        const deadline = Date.now() + 5000;
        while (exit === undefined && Date.now() < deadline) await sleep(50);
        try { if (exit === undefined) process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      }
      process.off('exit', killOnExit);
      sink.end();
    },
  };
  const killOnExit = () => { try { if (child.pid) process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.on('exit', killOnExit);
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    sink.write(text);
    output += text;
    const address = /Local\s+(http:\/\/[^\s/]+)/.exec(output);
    if (address) server.origin = address[1]!.replace('localhost', '127.0.0.1');
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  child.on('exit', (code, signal) => { exit = signal ? `signal ${signal}` : `exit code ${code}`; });
  return server;
}

/** Fetches `path` until an answer is 200 and passes `accept`; returns the time of that answer. */
async function waitFor(server: Server, path: string, accept: (html: string) => boolean, step: string, timeoutSeconds: number): Promise<number> {
  const deadline = performance.now() + timeoutSeconds * 1000;
  let last = 'no answer';
  while (performance.now() < deadline) {
    const exit = server.exited();
    // 143 is Vite's exit on SIGTERM: something outside stopped the server (e.g. a `pkill -f "astro.mjs dev"`).
    if (exit) throw new Error(`${step}: the dev server stopped (${exit}${exit.endsWith(' 143') ? ': SIGTERM from another process' : ''}); last log lines:\n${server.output().split('\n').slice(-15).join('\n')}`);
    try {
      const response = await fetch(`${server.origin}${path}`, { signal: AbortSignal.timeout(Math.max(1, Math.ceil(deadline - performance.now()))) });
      const html = await response.text();
      if (response.status === 200 && accept(html)) return performance.now();
      last = `last answer: ${response.status}${response.status === 200 ? ' without the new title' : ''}`;
    } catch (error) {
      // Not listening yet (ECONNREFUSED), or the request timed out.
      const cause = (error as Error & { cause?: { code?: string } }).cause;
      last = `last attempt: ${cause?.code ?? (error as Error).message}`;
    }
    await sleep(POLL_MS);
  }
  const hint = last.endsWith('without the new title') ? '; did the server log "content reloaded" for the save? (src/lib/content/contentWatch.ts)' : '';
  throw new Error(`${step}: gave up after ${timeoutSeconds} s waiting for ${server.origin}${path} (${last}${hint})`);
}

/** Fetches `path` in a loop until stopped; records when each answer came and how long it took. */
function pollContinuously(server: Server, path: string) {
  const answers: Array<{ at: number; seconds: number; status: number }> = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const sent = performance.now();
      try {
        const response = await fetch(`${server.origin}${path}`, { signal: AbortSignal.timeout(60_000) });
        await response.arrayBuffer();
        const at = performance.now();
        answers.push({ at, seconds: (at - sent) / 1000, status: response.status });
      } catch { /* no answer counts as none */ }
      await sleep(POLL_MS);
    }
  })();
  return { answers, stop: async () => { running = false; await done; } };
}

/** Longest stretch inside [from, to] with no answer (edges count). */
function longestGap(answers: ReadonlyArray<{ at: number }>, from: number, to: number): number {
  let previous = from;
  let longest = 0;
  for (const { at } of answers) {
    if (at <= from) continue;
    if (at > to) break;
    longest = Math.max(longest, at - previous);
    previous = at;
  }
  return Math.max(longest, to - previous) / 1000;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function measureDev(options: DevOptions): Promise<DevResult> {
  const edits = options.edits ?? 5;
  const timeout = options.timeoutSeconds ?? 180;
  const page = `${options.basePath}en/releases/${options.slug}/`;
  const homePage = `${options.basePath}en/`;
  const file = join(options.corpusRoot, 'content', 'releases', options.slug, 'en.md');
  const original = readFileSync(file, 'utf8');
  const result: DevResult = {
    slug: options.slug, page, homePage, edits: [], startups: [], restarts: [], medianEditSeconds: Number.NaN, longestGapSeconds: Number.NaN,
    homeAnswers: 0, homeFailures: 0, homeMedianSeconds: Number.NaN, errorLines: [], log: options.logFile,
  };
  writeFileSync(options.logFile, '');
  const starts = options.starts ?? 3;
  // A cold start, as after a fresh clone: no cache, no dev content store (it lives in <root>/.astro), and
  // no dependencies pre-bundled by Vite (<root>/node_modules/.vite/deps*; the snapshot's node_modules is
  // the project's, whose own dev server bundles them again when next started).
  const viteCache = join(options.siteRoot, 'node_modules', '.vite');
  const forget = () => {
    rmSync(options.cacheDir, { recursive: true, force: true });
    rmSync(join(options.siteRoot, '.astro'), { recursive: true, force: true });
    for (const name of existsSync(viteCache) ? readdirSync(viteCache) : []) {
      if (name.startsWith('deps')) rmSync(join(viteCache, name), { recursive: true, force: true });
    }
  };
  forget();
  const logs: string[] = [];
  let server: Server | undefined;
  let poller: ReturnType<typeof pollContinuously> | undefined;
  try {
    const spawned = performance.now();
    // Astro's content store is cleared when the config changes, and the port is part of it: both starts use the same one.
    const port = await freePort();
    /** Stops the running server, runs `prepare`, starts a new one on the same port; returns seconds to the page's first 200. */
    const timeStart = async (step: string, prepare = () => {}): Promise<number> => {
      if (server) {
        logs.push(server.output());
        await server.stop();
      }
      prepare();
      const started = performance.now();
      server = await startServer(options, port);
      return (await waitFor(server, page, () => true, step, timeout) - started) / 1000;
    };
    server = await startServer(options, port);
    result.startups.push((await waitFor(server, page, () => true, 'start-up', timeout) - spawned) / 1000);
    console.log(`  dev: start-up ${result.startups[0]!.toFixed(2)} s (${server.origin}${page})`);
    // The home page compiled once before its answers are timed.
    await waitFor(server, homePage, () => true, 'first home page', timeout);
    poller = pollContinuously(server, homePage);
    await sleep(1000);
    for (let edit = 1; edit <= edits; edit++) {
      const mark = ` (dev edit ${edit})`;
      writeFileSync(file, retitle(original, mark));
      const written = performance.now();
      const visible = await waitFor(server, page, (html) => html.includes(mark.trim()), `edit ${edit}`, timeout);
      const seconds = (visible - written) / 1000;
      result.edits.push({ seconds, longestGapSeconds: longestGap(poller.answers, written, visible) });
      console.log(`  dev: edit ${edit} visible after ${seconds.toFixed(2)} s (home page: longest gap ${result.edits.at(-1)!.longestGapSeconds.toFixed(2)} s)`);
      // Let the server settle, as an author reading the page would.
      await sleep(1000);
    }
    await poller.stop();
    result.homeAnswers = poller.answers.length;
    result.homeFailures = poller.answers.filter((answer) => answer.status !== 200).length;
    result.homeMedianSeconds = median(poller.answers.map((answer) => answer.seconds));
    result.medianEditSeconds = median(result.edits.map((edit) => edit.seconds));
    result.longestGapSeconds = Math.max(...result.edits.map((edit) => edit.longestGapSeconds));
    logs.push(server.output());
    await server.stop();
    server = undefined;
    writeFileSync(file, original);
    // Started again on the first start's cache and content store; then more pairs of starts.
    for (let pair = 1; pair <= starts; pair++) {
      if (pair > 1) {
        result.startups.push(await timeStart(`start-up ${pair}`, forget));
        console.log(`  dev: start-up ${pair} ${result.startups.at(-1)!.toFixed(2)} s (empty cache)`);
      }
      result.restarts.push(await timeStart(`second start-up${pair > 1 ? ` ${pair}` : ''}`));
      console.log(`  dev: start-up on the cache${pair > 1 ? ` ${pair}` : ''} ${result.restarts.at(-1)!.toFixed(2)} s`);
    }
  } catch (error) {
    result.error = (error as Error).message.split('\n')[0];
    console.log(`  dev: FAILED: ${(error as Error).message}`);
  } finally {
    await poller?.stop();
    if (server) {
      logs.push(server.output());
      await server.stop();
    }
    writeFileSync(file, original);
  }
  if (result.startups.length > 0) result.startupSeconds = median(result.startups);
  if (result.restarts.length > 0) result.restartSeconds = median(result.restarts);
  result.errorLines = logs.join('\n').split('\n').filter((line) => /\berror\b|\[ERROR\]|✘/i.test(line)).map((line) => line.trim()).slice(0, 20);
  return result;
}
