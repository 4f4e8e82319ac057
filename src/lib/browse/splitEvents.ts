/** Events split at the build instant, for the events page (`/<lang>/events/`). */
import { isEventOver } from '../calendar/eventTiming.ts';
import type { ReleaseEvent } from '../content/schemas.ts';
import { upcomingEvents } from '../upcomingEvents.ts';

/** A release with an event block, and that event. */
export interface ReleaseWithEvent<T> {
  release: T;
  event: ReleaseEvent;
}

/**
 * Upcoming events (not ended at `now`, running ones included) soonest first,
 * as on the home page; the `pastLimit` most recent past events, newest first
 * (ties by slug, so builds are stable), and whether older ones exist. "Over"
 * is decided by `isEventOver`, the rule the calendar files and the release
 * pages use. Cancelled and postponed events stay in their list with their status.
 */
export function splitEvents<T extends { data: { slug: string; event?: ReleaseEvent | undefined } }>(
  releases: readonly T[],
  now: Date,
  pastLimit = Number.POSITIVE_INFINITY,
): { upcoming: Array<ReleaseWithEvent<T>>; recentPast: Array<ReleaseWithEvent<T>>; morePast: boolean } {
  const past = releases
    .flatMap((release) => (release.data.event ? [{ release, event: release.data.event }] : []))
    .filter(({ event }) => isEventOver(event, now))
    .sort((a, b) => b.event.start.getTime() - a.event.start.getTime() || b.release.data.slug.localeCompare(a.release.data.slug));
  return { upcoming: upcomingEvents(releases, now), recentPast: past.slice(0, pastLimit), morePast: past.length > pastLimit };
}
