/**
 * The text of a new release file (`npm run new`): every field in place, with
 * notes and example values in the file's language, as a draft. Example values
 * that look real (event times, links) carry a "# TODO:" note, so the draft
 * previews but cannot be published until someone has checked them.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import type { ReleaseType } from '../../src/lib/content/schemas.ts';
import { TEMPLATE_EXAMPLES } from '../../src/lib/content/placeholderProblems.ts';
import { templateNotes } from './templateNotes.ts';

/** What a new release starts from. */
export interface NewRelease {
  lang: Locale;
  title: string;
  type: ReleaseType;
  /** "2026-03-14": the day, for example event times. */
  day: string;
  /** The publication date as written: "2026-03-14" or "2026-03-14T10:05". */
  published: string;
  organization: string;
  /** The site time zone as the UI strings name it in `lang` ("Бишкек убактысы боюнча"). */
  zone: string;
}

/** YAML string value: JSON strings are valid YAML double-quoted scalars. */
export const quote = (text: string) => JSON.stringify(text);

/** The event block of an advisory: every field the schema knows, examples marked. */
function eventLines(release: NewRelease): string[] {
  const notes = templateNotes[release.lang];
  return [
    'event:',
    `  start: ${quote(`${release.day}T11:00`)}  # ${notes.eventStart(release.zone)}`,
    `  end: ${quote(`${release.day}T12:00`)}  # ${notes.eventEnd}`,
    `  venue: ${quote(notes.venue)}`,
    `  address: ${quote(notes.address)}`,
    `  map: ${quote(TEMPLATE_EXAMPLES.map)}  # ${notes.map}`,
    `  phone: ${quote(TEMPLATE_EXAMPLES.venuePhone)}  # ${notes.phone}`,
    `  livestream: ${quote(TEMPLATE_EXAMPLES.livestream)}  # ${notes.livestream}`,
    `  registration: ${quote(notes.registration)}`,
    `  languages: [ky, ru, en]  # ${notes.languages}`,
    `  interpretation: false  # ${notes.interpretation}`,
    `  accessibility: ${quote(notes.accessibility)}`,
    `  status: scheduled  # ${notes.status}`,
  ];
}

/** The complete text of a new release file. */
export function newReleaseText(release: NewRelease): string {
  const notes = templateNotes[release.lang];
  const lines = [
    '---',
    `title: ${quote(release.title)}`,
    `summary: ${quote(notes.summary)}`,
    `type: ${release.type}`,
    `date: ${quote(release.published)}  # ${notes.date(release.zone)}`,
    `organization: ${release.organization}`,
    `# project: project-id  # ${notes.project}`,
    `tags: []  # ${notes.tags}`,
    `dateline: ${notes.datelineExample}  # ${notes.dateline}`,
    ...(release.type === 'media-advisory' ? eventLines(release) : []),
    `# embargo: "${release.day}T09:00"  # ${notes.embargo}`,
    `draft: true  # ${notes.draft}`,
    '---',
    notes.body,
  ];
  return `${lines.join('\n')}\n`;
}
