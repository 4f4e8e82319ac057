/**
 * The instants after a build at which the site would come out different
 * without any file changing: only the clock moves. A scheduled run needs to
 * build only when one of them has passed since the last build
 * (scripts/publicationDue.ts reads them from the schedule file).
 *
 * What the build derives from "now", and so what is listed here:
 * - visibility (isPublic): a release appears at its publication instant,
 *   the later of its date and its embargo;
 * - events (isEventOver): at its end an event moves from "upcoming" to
 *   "past" on the home page, the events page, release lists and the
 *   release's own page, and the page cache keys change;
 * - calendar feeds (belongsInFeed): an event leaves `/<lang>/events.ics`
 *   RECENT_EVENT_DAYS after its end;
 * - projects (isProjectCurrent): after its last day a project moves from
 *   "current" to "past" on its organisations' pages and its own page.
 * An event's start changes nothing: a running event still counts as
 * upcoming. Drafts are left out: a draft is published by a commit, and
 * every push builds.
 */
import { eventEnd, leavesFeedAt, RECENT_EVENT_DAYS } from '../calendar/eventTiming.ts';
import type { ReleaseEvent } from '../content/schemas.ts';
import { publicationInstant, type PublicationFields } from '../isPublic.ts';

/** One instant at which the output changes, and what changes then (for people reading the due check). */
export interface TimeChange {
  at: Date;
  what: string;
}

/** The fields of a release translation the schedule depends on. */
export interface ScheduledRelease {
  /** The release folder. */
  slug: string;
  data: PublicationFields & { event?: Pick<ReleaseEvent, 'start' | 'end'> | undefined };
}

/** A project's id and the instant it stops being current (projectEndsAt in lib/organizations/projectTiming.ts). */
export interface ProjectEnd {
  id: string;
  at: Date;
}

/**
 * Every instant after `now` at which the output of a build of `releases`
 * (and `projects`) changes with time alone, soonest first. Translations of
 * one release share their instants, so each appears once per release folder.
 */
export function timeChanges(releases: readonly ScheduledRelease[], now: Date, projects: readonly ProjectEnd[] = []): TimeChange[] {
  const changes = new Map<string, TimeChange>();
  const add = (at: Date, what: string) => {
    if (at.getTime() > now.getTime()) changes.set(`${at.getTime()}\0${what}`, { at, what });
  };
  for (const { slug, data } of releases) {
    if (data.draft) continue;
    add(publicationInstant(data), `${slug} is published`);
    if (data.event) {
      add(eventEnd(data.event), `the event of ${slug} is over and moves to past events`);
      add(leavesFeedAt(data.event), `the event of ${slug} leaves the calendar feeds, ${RECENT_EVENT_DAYS} days after its end`);
    }
  }
  for (const { id, at } of projects) add(at, `the project ${id} ends and moves to past projects`);
  return [...changes.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.what < b.what ? -1 : a.what > b.what ? 1 : 0));
}
