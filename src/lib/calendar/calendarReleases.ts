import { getBuildNow } from '../getBuildNow.ts';
import { getPublicReleases, type Release } from '../getPublicReleases.ts';
import { isPublic } from '../isPublic.ts';

/**
 * Releases calendar files may draw on. `getPublicReleases()` already leaves
 * drafts and embargoed releases out of production builds; the dev server
 * shows them as previews, but calendars are files people import and keep,
 * so they re-check visibility here in every mode.
 */
export async function calendarReleases(): Promise<Release[]> {
  const now = getBuildNow();
  return (await getPublicReleases()).filter((release) => isPublic(release.data, now));
}
