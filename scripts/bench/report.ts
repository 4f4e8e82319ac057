/**
 * The benchmark's figures: what one build measured, the medians per site and
 * build kind, and the Markdown report (scripts/bench/run.ts prints it and
 * writes the JSON).
 */
import type { DevResult } from './dev.ts';
import type { SearchTransfer } from './searchTransfer.ts';

export const SITES = ['ours', 'ours-full', 'baseline', 'baseline-incremental', 'hugo'] as const;
export type Site = (typeof SITES)[number];
export const BUILD_KINDS = ['cold', 'warm', 'incremental'] as const;
export type Kind = (typeof BUILD_KINDS)[number];
/** The control sites every other row is compared with. */
export const CONTROLS = ['baseline', 'baseline-incremental'] as const satisfies readonly Site[];

export interface Measurement {
  site: Site;
  kind: Kind;
  round: number;
  exitCode: number;
  wallSeconds: number;
  userSeconds?: number;
  systemSeconds?: number;
  peakRssMb?: number;
  pages: number;
  files: number;
  distMb: number;
  imagesRendered?: number;
  imagesReused?: number;
  imageSeconds?: number;
  /** From the log line `search index: …`: the index step's own seconds, the languages indexed again, size, Pagefind's peak memory. */
  searchSeconds?: number;
  searchIndexed?: string;
  searchMb?: number;
  indexerPeakMb?: number;
  /** Seconds from process start at which the build log reached each phase. */
  phases: Record<string, number>;
  log: string;
}

/** Log lines that mark build phases (first occurrence counts). */
export const PHASES: Array<[string, RegExp]> = [
  ['content synced', /\[content\] Synced content/],
  ['bundling started', /Building static entrypoints/],
  ['pages started', /generating static routes/],
  // Astro prints "✓ Completed" when the routes are written; "page(s) built" only after astro:build:done hooks.
  ['pages done', /generating static routes[\s\S]*?✓ Completed in/],
  ['images done', /social images:|\[build\] \d+ page\(s\) built/],
  ['search done', /search index:/],
  ['done', /\[build\] Complete!/],
];

export const median = (numbers: number[]) => {
  const sorted = numbers.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export interface Row {
  site: Site; kind: Kind; runs: number; wallSeconds: number; wallMin: number; wallMax: number; pages: number; pagesPerSecond: number;
  imagesRendered?: number; imagesReused?: number; imagesPerSecond?: number; peakRssMb: number; distMb: number; cpuSeconds: number;
  searchSeconds?: number; searchMb?: number; searchIndexed?: string; indexerPeakMb?: number;
  phases: Record<string, number>;
}

/** Medians of the successful builds, one row per build kind and site. */
export function summarize(results: readonly Measurement[], sites: readonly Site[], kinds: readonly Kind[]): Row[] {
  const rows: Row[] = [];
  for (const kind of kinds) {
    for (const site of sites) {
      const group = results.filter((result) => result.site === site && result.kind === kind && result.exitCode === 0);
      if (group.length === 0) continue;
      const wall = median(group.map((result) => result.wallSeconds));
      const pages = median(group.map((result) => result.pages));
      const row: Row = {
        site, kind, runs: group.length, wallSeconds: wall,
        wallMin: Math.min(...group.map((result) => result.wallSeconds)), wallMax: Math.max(...group.map((result) => result.wallSeconds)),
        pages, pagesPerSecond: Math.round(pages / wall),
        peakRssMb: median(group.map((result) => result.peakRssMb ?? Number.NaN)),
        distMb: median(group.map((result) => result.distMb)),
        cpuSeconds: Number(median(group.map((result) => (result.userSeconds ?? Number.NaN) + (result.systemSeconds ?? Number.NaN))).toFixed(1)),
        phases: Object.fromEntries(PHASES.map(([name]) => [name, median(group.map((result) => result.phases[name] ?? Number.NaN))]).filter(([, value]) => Number.isFinite(value))),
      };
      if (group.some((result) => result.imagesRendered !== undefined)) {
        row.imagesRendered = median(group.map((result) => result.imagesRendered ?? 0));
        row.imagesReused = median(group.map((result) => result.imagesReused ?? 0));
        const seconds = median(group.map((result) => result.imageSeconds ?? Number.NaN));
        row.imagesPerSecond = row.imagesRendered > 0 ? Math.round(row.imagesRendered / seconds) : undefined;
      }
      if (group.some((result) => result.searchSeconds !== undefined)) {
        row.searchSeconds = median(group.map((result) => result.searchSeconds ?? Number.NaN));
        row.searchMb = median(group.map((result) => result.searchMb ?? Number.NaN));
        row.searchIndexed = group[0]!.searchIndexed;
        const peaks = group.map((result) => result.indexerPeakMb ?? Number.NaN).filter(Number.isFinite);
        if (peaks.length > 0) row.indexerPeakMb = median(peaks);
      }
      rows.push(row);
    }
  }
  return rows;
}

const format = (value: number | undefined, digits = 0) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const seconds = (value: number) => `${value.toFixed(2)} s`;

export interface ReportInput {
  /** First line: N, files, rounds. */
  heading: string;
  rows: readonly Row[];
  transfers: readonly SearchTransfer[];
  dev?: DevResult | undefined;
}

/** The Markdown report: the table with ratios against each control that was built, phases, the dev server's figures. */
export function formatReport({ heading, rows, transfers, dev }: ReportInput): string {
  const lines: string[] = [];
  if (rows.length > 0) {
    const controls = CONTROLS.filter((control) => rows.some((row) => row.site === control));
    const ratioHeads = controls.map((control) => `ratio vs ${control}`);
    const rssHeads = controls.map((control) => `RSS ratio vs ${control}`);
    lines.push(
      `${heading}, medians; ratio = site / control (${controls.join(', ') || 'no control built'}), same run`,
      '',
      `| build | site | wall s (min–max) | ${[...ratioHeads, 'pages', 'pages/s', 'images rendered / reused', 'images/s', 'search s (languages)', 'index MB', 'peak RSS MB (indexer)', ...rssHeads, 'dist MB', 'CPU s'].join(' | ')} |`,
      `|${'---|'.repeat(12 + 2 * controls.length)}`,
    );
    for (const row of rows) {
      const ratios = (value: (row: Row) => number) => controls.map((control) => {
        const base = rows.find((other) => other.site === control && other.kind === row.kind);
        return row.site !== control && base ? `${(value(row) / value(base)).toFixed(2)}×` : '';
      });
      const images = row.imagesRendered === undefined ? '–' : `${row.imagesRendered} / ${row.imagesReused}`;
      const search = row.searchSeconds === undefined ? '–' : `${format(row.searchSeconds, 2)} (${row.searchIndexed})`;
      const indexer = row.indexerPeakMb === undefined ? '' : ` (${format(row.indexerPeakMb)})`;
      const cells = [
        row.kind, row.site, `${format(row.wallSeconds, 1)} (${format(row.wallMin, 1)}–${format(row.wallMax, 1)})`, ...ratios((r) => r.wallSeconds),
        row.pages, row.pagesPerSecond, images, format(row.imagesPerSecond), search, format(row.searchMb, 1), `${format(row.peakRssMb)}${indexer}`,
        ...ratios((r) => r.peakRssMb), format(row.distMb, 1), format(row.cpuSeconds, 1),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    for (const row of transfers) {
      lines.push(`First search, ${row.lang} "${row.query}" (${row.results} results): ${(row.totalBytes / 1024).toFixed(1)} KB in ${row.requests} requests, ${(row.searchBytes / 1024).toFixed(1)} KB of it under /pagefind/`);
    }
    lines.push('', 'Phases (seconds from process start, medians): content synced → bundling started → pages started → pages done → images done → search done → done');
    for (const row of rows) lines.push(`- ${row.kind} ${row.site}: ${PHASES.map(([name]) => format(row.phases[name], 1)).join(' → ')}`);
  } else {
    lines.push(heading);
  }
  if (dev) {
    if (lines.length > 1) lines.push('');
    lines.push(...formatDev(dev));
  }
  return lines.join('\n');
}

function formatDev(dev: DevResult): string[] {
  const lines = [`Dev server (ours, \`npm run dev\`, page ${dev.page}, ${dev.edits.length} edits of its title):`];
  if (dev.error) lines.push(`- FAILED: ${dev.error} (log: ${dev.log})`);
  const { startups, restarts } = dev;
  const all = (values: number[]) => (values.length > 1 ? ` (${values.map((value) => value.toFixed(2)).join(', ')})` : '');
  if (dev.startupSeconds !== undefined) {
    const kind = startups.length > 1 ? `median of ${startups.length} starts` : 'one start';
    lines.push(`- start-up to the first 200 of the page, ${kind}: ${seconds(dev.startupSeconds)} with an empty cache${all(startups)}${dev.restartSeconds === undefined ? '' : `; ${seconds(dev.restartSeconds)} when started again on the previous start's cache and content store${all(restarts)}`}`);
  }
  if (dev.edits.length > 0) {
    lines.push(`- edit → visible: median ${seconds(dev.medianEditSeconds)} (${dev.edits.map((edit) => edit.seconds.toFixed(2)).join(', ')})`);
    lines.push(`- home page ${dev.homePage} polled meanwhile: longest gap between answers ${seconds(dev.longestGapSeconds)} (per edit: ${dev.edits.map((edit) => edit.longestGapSeconds.toFixed(2)).join(', ')}); ${dev.homeAnswers} answers, median ${seconds(dev.homeMedianSeconds)} each, ${dev.homeFailures} not 200`);
  }
  if (dev.errorLines.length > 0) lines.push(`- ${dev.errorLines.length} error line(s) in the dev server's log, first: ${dev.errorLines[0]}`);
  return lines;
}
