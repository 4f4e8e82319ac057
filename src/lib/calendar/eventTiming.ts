/**
 * When an event ends and whether it is over: one rule for pages, home-page
 * lists and calendar files, so they never disagree.
 */
import type { ReleaseEvent } from '../content/schemas.ts';

/** Length given to an event whose advisory names no end time. */
export const DEFAULT_EVENT_MINUTES = 60;

/** Events that ended at most this many days before the build stay in the feeds. */
export const RECENT_EVENT_DAYS = 60;

type Timing = Pick<ReleaseEvent, 'start' | 'end'>;

/** The end, or start + DEFAULT_EVENT_MINUTES when the author gave none. */
export function eventEnd(event: Timing): Date {
  return event.end ?? new Date(event.start.getTime() + DEFAULT_EVENT_MINUTES * 60_000);
}

/** True once the event has ended at `now`. */
export function isEventOver(event: Timing, now: Date): boolean {
  return eventEnd(event).getTime() <= now.getTime();
}

/** The instant an event drops out of the calendar feeds: RECENT_EVENT_DAYS after its end. */
export function leavesFeedAt(event: Timing): Date {
  return new Date(eventEnd(event).getTime() + RECENT_EVENT_DAYS * 86_400_000);
}

/** True for events still to come or running, and for those that ended within RECENT_EVENT_DAYS. */
export function belongsInFeed(event: Timing, now: Date): boolean {
  return leavesFeedAt(event).getTime() > now.getTime();
}
