/**
 * The one rule for "may this release be seen at this instant". Every output
 * (pages, indexes, feeds, social images, calendars, sitemap) goes through
 * the content loader, which applies this rule before anything is stored.
 */

/** The fields visibility depends on. */
export interface PublicationFields {
  draft: boolean;
  date: Date;
  embargo?: Date | undefined;
}

/** Why a release is or is not visible. `scheduled` = dated in the future. */
export type Visibility = 'public' | 'draft' | 'embargoed' | 'scheduled';

/**
 * The instant a release becomes public: its date, or its embargo if later
 * (feeds and JSON-LD date a release by it too: readers first see it then).
 */
export function publicationInstant(release: Pick<PublicationFields, 'date' | 'embargo'>): Date {
  const date = release.date.getTime();
  const embargo = release.embargo?.getTime() ?? date;
  return new Date(Math.max(date, embargo));
}

/** The dates of one translation that say when it came out. */
type TranslationDates = Pick<PublicationFields, 'date' | 'embargo'> & { translated?: Date | undefined };

/**
 * The translation's own `translated` date when it came out after its
 * release; undefined when it has none, or one that is not later (which
 * changes nothing, and validation says so).
 */
export function lateTranslationInstant(release: TranslationDates): Date | undefined {
  return release.translated && release.translated.getTime() > publicationInstant(release).getTime() ? release.translated : undefined;
}

/**
 * The instant one translation became public: the release's publication, or
 * the translation's own `translated` date when it came out later. Feeds and
 * the page's structured data date a translation by it; visibility does not
 * depend on it (a translation is public with its release).
 */
export function translationPublicationInstant(release: TranslationDates): Date {
  return lateTranslationInstant(release) ?? publicationInstant(release);
}

/** Classifies a release at `now`. Drafts are never public, whatever their dates. */
export function getVisibility(release: PublicationFields, now: Date): Visibility {
  if (release.draft) return 'draft';
  // An instant that is not a number (a date the parser let through wrongly) fails closed, never open.
  if (release.embargo && !(release.embargo.getTime() <= now.getTime())) return 'embargoed';
  if (!(release.date.getTime() <= now.getTime())) return 'scheduled';
  return 'public';
}

/** True when the release may appear in any output at `now`. */
export function isPublic(release: PublicationFields, now: Date): boolean {
  return getVisibility(release, now) === 'public';
}

/** The earliest instant after `now` at which a non-draft release becomes public. */
export function nextPublication<T extends PublicationFields>(releases: readonly T[], now: Date): { release: T; at: Date } | undefined {
  let next: { release: T; at: Date } | undefined;
  for (const release of releases) {
    if (release.draft) continue;
    const at = publicationInstant(release);
    if (at.getTime() <= now.getTime()) continue;
    if (!next || at.getTime() < next.at.getTime()) next = { release, at };
  }
  return next;
}
