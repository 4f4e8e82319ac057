import { isEventOver } from './calendar/eventTiming.ts';
import type { ReleaseEvent } from './content/schemas.ts';

/**
 * Events that have not ended at `now`, soonest first (ties by slug, so the
 * order never changes between builds). An event without an end counts as
 * lasting DEFAULT_EVENT_MINUTES, as in the calendar files.
 */
export function upcomingEvents<T extends { data: { slug?: string; event?: ReleaseEvent | undefined } }>(
  releases: readonly T[],
  now: Date,
): Array<{ release: T; event: ReleaseEvent }> {
  return releases
    .flatMap((release) => (release.data.event ? [{ release, event: release.data.event }] : []))
    .filter(({ event }) => !isEventOver(event, now))
    .sort((a, b) => a.event.start.getTime() - b.event.start.getTime() || (a.release.data.slug ?? '').localeCompare(b.release.data.slug ?? ''));
}
