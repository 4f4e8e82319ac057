/**
 * When a project counts as current. `end` is the project's last day, so a
 * project runs until the end of that day in the site time zone; a project
 * without `end` is current. Organisation pages list current projects before
 * past ones, and a project ending changes those pages (timeChanges.ts).
 */
import { isSiteDateError, parseSiteDate } from '../parseSiteDate.ts';
import { isoDateInZone } from '../formatDate.ts';

/** The first instant after the project's last day (midnight of the next day in `timeZone`). */
export function projectEndsAt(end: Date, timeZone: string): Date {
  const [year, month, day] = isoDateInZone(end, timeZone).split('-').map(Number) as [number, number, number];
  const nextDay = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
  const parsed = parseSiteDate(nextDay, timeZone);
  // A date built from a valid date is always valid; the fallback only satisfies the type.
  return isSiteDateError(parsed) ? new Date(end.getTime() + 86_400_000) : parsed.instant;
}

/** True while the project runs (or has not started yet) at `now`. */
export function isProjectCurrent(project: { end?: Date | undefined }, now: Date, timeZone: string): boolean {
  return project.end === undefined || now.getTime() < projectEndsAt(project.end, timeZone).getTime();
}

/** When each project with an `end` stops being current: instants for the publication schedule (timeChanges.ts). */
export function projectEnds(projects: ReadonlyMap<string, { end?: Date | undefined }>, timeZone: string): Array<{ id: string; at: Date }> {
  return [...projects].flatMap(([id, project]) => (project.end ? [{ id, at: projectEndsAt(project.end, timeZone) }] : []));
}

/** A project entry as pages receive it. */
export interface ProjectLike {
  id: string;
  data: { start?: Date | undefined; end?: Date | undefined };
}

/**
 * Current projects (latest start first; undated last) and past ones (latest
 * end first), ties by id so the order never changes between builds.
 */
export function splitProjects<T extends ProjectLike>(projects: readonly T[], now: Date, timeZone: string): { current: T[]; past: T[] } {
  const time = (date: Date | undefined) => date?.getTime() ?? Number.NEGATIVE_INFINITY;
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const current = projects.filter((project) => isProjectCurrent(project.data, now, timeZone))
    .sort((a, b) => time(b.data.start) - time(a.data.start) || byId(a, b));
  const past = projects.filter((project) => !isProjectCurrent(project.data, now, timeZone))
    .sort((a, b) => time(b.data.end) - time(a.data.end) || byId(a, b));
  return { current, past };
}
