/**
 * Did a change make builds slower? `npm run bench:compare -- --before <dir>
 * [--after <dir>] [--releases 300] [--rounds 5]` builds one generated
 * corpus with two checkouts of the project (each with its node_modules, e.g.
 * a `git worktree` of an earlier commit), a cold build each, then one-edit
 * builds in alternating pairs (who goes first swaps every round), and
 * prints wall, user and system seconds and peak memory per build and the
 * medians. Pairs within minutes of each other tell a change from the
 * machine, whose speed varied by 2× between hours (docs/performance.md).
 *
 * Each checkout builds its own copy of the corpus with its own cache; old
 * output is moved aside, never deleted between timed builds (deleting
 * thousands of files slows ext4 for minutes: run.ts). Everything is
 * removed at the end.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { editRelease, generateCorpus } from './corpus.ts';
import { median } from './report.ts';

const BUILD_NOW = '2026-11-22T12:00:00+06:00';
const projectRoot = resolve(import.meta.dirname, '..', '..');

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: projectRoot },
    releases: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: join(projectRoot, 'bench', 'out', 'compare') },
  },
});
if (!values.before) {
  console.error('Usage: npm run bench:compare -- --before <checkout> [--after <checkout>] [--releases 300] [--rounds 5]');
  process.exit(1);
}

interface Build { label: string; checkout: 'before' | 'after'; wall: number; user: number; system: number; peakMb: number }

const checkouts = { before: resolve(values.before), after: resolve(values.after) };
for (const [name, dir] of Object.entries(checkouts)) {
  if (!existsSync(join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'))) throw new Error(`${name}: ${dir} has no node_modules/astro (run npm ci there)`);
}
const out = resolve(values.out);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
generateCorpus({ root: join(out, 'corpus'), releases: Number(values.releases), seed: Number(values.seed) });
const builds: Build[] = [];
let aside = 0;

function build(checkout: 'before' | 'after', label: string): void {
  const dist = join(out, `dist-${checkout}`);
  if (existsSync(dist)) renameSync(dist, join(out, `old-${aside++}`));
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    cwd: checkouts[checkout],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CONTENT_ROOT: join(out, `corpus-${checkout}`), NEWSROOM_CACHE_DIR: join(out, `cache-${checkout}`), BUILD_NOW },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${checkout} ${label} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  const [wall, user, system, peakKb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  const row = { label, checkout, wall, user, system, peakMb: Math.round(peakKb / 1024) };
  builds.push(row);
  console.log(`${label.padEnd(7)} ${checkout.padEnd(6)} wall ${wall.toFixed(2)} s  user ${user.toFixed(2)} s  system ${system.toFixed(2)} s  peak ${row.peakMb} MB`);
}

try {
  for (const checkout of ['before', 'after'] as const) {
    cpSync(join(out, 'corpus'), join(out, `corpus-${checkout}`), { recursive: true });
    build(checkout, 'cold');
  }
  const slugs = readdirSync(join(out, 'corpus', 'content', 'releases')).sort();
  const slug = slugs[Math.floor(slugs.length / 2)]!;
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const checkout of round % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
      editRelease(join(out, `corpus-${checkout}`), slug, round);
      build(checkout, `edit ${round}`);
    }
  }
  for (const checkout of ['before', 'after'] as const) {
    const edits = builds.filter((row) => row.checkout === checkout && row.label !== 'cold');
    console.log(`median one-edit build, ${checkout}: wall ${median(edits.map((row) => row.wall)).toFixed(2)} s, user ${median(edits.map((row) => row.user)).toFixed(2)} s, peak ${median(edits.map((row) => row.peakMb))} MB`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
