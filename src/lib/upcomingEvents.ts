import type { ReleaseEvent } from './content/schemas.ts';

/**
 * Events that have not ended at `now`, soonest first. An event without an
 * end counts as running until its start.
 */
export function upcomingEvents<T extends { data: { event?: ReleaseEvent | undefined } }>(
  releases: readonly T[],
  now: Date,
): Array<{ release: T; event: ReleaseEvent }> {
  return releases
    .flatMap((release) => (release.data.event ? [{ release, event: release.data.event }] : []))
    .filter(({ event }) => (event.end ?? event.start).getTime() >= now.getTime())
    .sort((a, b) => a.event.start.getTime() - b.event.start.getTime());
}
