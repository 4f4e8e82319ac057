/**
 * The schedule file every build leaves in its cache folder (Astro's
 * cacheDir, the folder the deploy workflow caches): when the build ran and
 * the instants at which its output goes out of date with time alone.
 * scripts/publicationDue.ts reads it before anything is installed, so it
 * holds finished instants, nothing the script would have to compute.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timeChanges, type ProjectEnd, type ScheduledRelease } from './timeChanges.ts';

/** File name inside the cache folder (scripts/publicationDue.ts has its own copy: it may import nothing from here). */
export const SCHEDULE_FILE = 'newsroom-schedule.json';

/** Raised when the file's meaning changes; the due check builds on any format it does not know. */
export const SCHEDULE_FORMAT = 1;

/** What the file holds, as JSON. */
export interface PublicationSchedule {
  format: typeof SCHEDULE_FORMAT;
  /** The build's "now" (BUILD_NOW or the clock), ISO 8601 in UTC. */
  builtAt: string;
  /** The commit built (GITHUB_SHA in GitHub Actions): a check on a later commit builds whatever the clock says. */
  commit?: string;
  /** Instants after `builtAt` at which the output changes, soonest first. */
  changes: Array<{ at: string; what: string }>;
}

/** The schedule of a build of `releases` (and the ends of `projects`) as of `now`, of `commit` when known. */
export function publicationSchedule(releases: readonly ScheduledRelease[], now: Date, commit?: string, projects: readonly ProjectEnd[] = []): PublicationSchedule {
  return {
    format: SCHEDULE_FORMAT,
    builtAt: now.toISOString(),
    ...(commit ? { commit } : {}),
    changes: timeChanges(releases, now, projects).map(({ at, what }) => ({ at: at.toISOString(), what })),
  };
}

/** Writes the schedule into `cacheDir` (replacing the previous one in one step) and returns the file's path. */
export function writePublicationSchedule(cacheDir: string, schedule: PublicationSchedule): string {
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, SCHEDULE_FILE);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(schedule, null, 2)}\n`);
  renameSync(temporary, path);
  return path;
}
