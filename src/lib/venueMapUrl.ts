import type { ReleaseEvent } from './content/schemas.ts';

/**
 * Where a journalist on a phone taps to find the venue: the author's own
 * link (e.g. 2GIS) when given, otherwise a Google Maps search for the
 * address (the URL form that opens the maps app on phones, and the search
 * most forgiving of "2nd floor, conference hall" in an address); none
 * without an address.
 */
export function venueMapUrl(event: Pick<ReleaseEvent, 'map' | 'address'>): string | undefined {
  return event.map ?? (event.address ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(event.address)}` : undefined);
}
