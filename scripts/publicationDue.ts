/**
 * Does the site need a new build because time has passed? Reads the schedule
 * file the last build left in its cache folder (when it ran, and the instants
 * at which its output changes with time alone: embargoes lifting, events
 * ending…) and answers on stdout, and in $GITHUB_OUTPUT when set:
 *
 *   due=false
 *   reason=Nothing changes until 2026-12-01T03:00:00.000Z: 2026-12-01-budget is published; the last build was as of 2026-11-30T12:02:00.000Z.
 *
 * It also says due=true when GITHUB_SHA is set and differs from the commit
 * the last build was of (a push whose run was cancelled, for instance).
 *
 * The deploy workflow runs it on its schedule before installing anything,
 * and installs, builds and deploys only on `due=true`. So it imports nothing
 * but Node's own modules and runs with Node's built-in TypeScript support
 * (Node 24: `node scripts/publicationDue.ts`), with no node_modules/ at all.
 * The instants are computed by the build (src/lib/publishing/timeChanges.ts);
 * this script only compares times.
 *
 * Exit code 0 whatever the answer; 1 for a mistyped option or BUILD_NOW.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** Written by src/lib/publishing/publicationSchedule.ts (same name and format number there). */
const SCHEDULE_FILE = 'newsroom-schedule.json';
const SCHEDULE_FORMAT = 1;
/** Astro's default cacheDir, which the deploy workflow caches; NEWSROOM_CACHE_DIR or --cache-dir change it. */
const DEFAULT_CACHE_DIR = 'node_modules/.astro';

const USAGE = `Usage: node scripts/publicationDue.ts [--cache-dir <folder>]

Prints due=true when the output of the last build has gone out of date with
time alone (an embargo lifted, an event ended…), when there is no schedule
file, or when $GITHUB_SHA is not the commit last built; else due=false. The
same lines go to $GITHUB_OUTPUT when it is set.

  --cache-dir <folder>  the build's cache folder (default: $NEWSROOM_CACHE_DIR or ${DEFAULT_CACHE_DIR})
  BUILD_NOW=<instant>   check as of this instant instead of the clock (ISO 8601 with a zone)`;

interface Answer {
  due: boolean;
  reason: string;
}

/** BUILD_NOW as the build reads it (src/lib/getBuildNow.ts): ISO 8601 with a zone, or the clock when unset. */
function checkInstant(raw: string | undefined): Date {
  const value = raw?.trim();
  if (!value) return new Date();
  const instant = /(Z|[+-]\d{2}:?\d{2})$/.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime())) {
    console.error(`✗ BUILD_NOW="${value}" is not an ISO 8601 instant with a time zone, e.g. 2026-05-01T09:00:00+06:00.`);
    process.exit(1);
  }
  return instant;
}

/** The schedule's build instant and changes, or why it cannot be used. */
function readSchedule(path: string): { builtAt: Date; commit: string | undefined; changes: Array<{ at: Date; what: string }> } | string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? `No schedule file at ${path} (no build has left one there yet)` : `The schedule file ${path} could not be read (${(error as Error).message})`;
  }
  try {
    const data = JSON.parse(text) as { format?: unknown; builtAt?: unknown; commit?: unknown; changes?: unknown };
    if (data.format !== SCHEDULE_FORMAT) return `The schedule file ${path} has format ${String(data.format)}, not ${SCHEDULE_FORMAT}`;
    const builtAt = new Date(String(data.builtAt));
    if (!Array.isArray(data.changes) || Number.isNaN(builtAt.getTime())) return `The schedule file ${path} is incomplete`;
    const changes = data.changes.map((change: { at?: unknown; what?: unknown }) => ({ at: new Date(String(change.at)), what: String(change.what) }));
    if (changes.some((change) => Number.isNaN(change.at.getTime()))) return `The schedule file ${path} holds an invalid instant`;
    return { builtAt, commit: typeof data.commit === 'string' ? data.commit : undefined, changes };
  } catch (error) {
    return `The schedule file ${path} is not valid JSON (${(error as Error).message})`;
  }
}

/**
 * Due when a change falls after the last build's instant and at or before
 * `now`, or when `commit` (GITHUB_SHA) is not the commit the last build was of.
 */
function decide(path: string, now: Date, commit: string | undefined): Answer {
  const schedule = readSchedule(path);
  if (typeof schedule === 'string') return { due: true, reason: `${schedule}, so build.` };
  const built = `the last build was as of ${schedule.builtAt.toISOString()}`;
  if (commit && schedule.commit && commit !== schedule.commit) {
    return { due: true, reason: `Commit ${commit.slice(0, 12)} has not been built (${built}, of ${schedule.commit.slice(0, 12)}).` };
  }
  const passed = schedule.changes.filter(({ at }) => at > schedule.builtAt && at <= now).sort((a, b) => a.at.getTime() - b.at.getTime());
  if (passed.length > 0) {
    const [first] = passed;
    const more = passed.length > 1 ? ` (and ${passed.length - 1} more)` : '';
    return { due: true, reason: `${first!.at.toISOString()}: ${first!.what}${more}; ${built}.` };
  }
  const next = schedule.changes.filter(({ at }) => at > now).sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  return { due: false, reason: next ? `Nothing changes until ${next.at.toISOString()}: ${next.what}; ${built}.` : `Nothing changes with time alone; ${built}.` };
}

let options: { 'cache-dir'?: string | undefined; help?: boolean | undefined };
try {
  options = parseArgs({ options: { 'cache-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  console.error(`✗ ${(error as Error).message.split('\n')[0]}\n\n${USAGE}`);
  process.exit(1);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const cacheDir = options['cache-dir'] ?? (process.env.NEWSROOM_CACHE_DIR || DEFAULT_CACHE_DIR);
const answer = decide(join(cacheDir, SCHEDULE_FILE), checkInstant(process.env.BUILD_NOW), process.env.GITHUB_SHA || undefined);
// One line each: GITHUB_OUTPUT reads `name=value` lines, and the reason never holds a line break.
const lines = `due=${answer.due}\nreason=${answer.reason.replace(/[\r\n]+/g, ' ')}\n`;
process.stdout.write(lines);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines);
