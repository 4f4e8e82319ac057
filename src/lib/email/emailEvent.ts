/**
 * The event block of an advisory as an e-mail carries it: the same facts as
 * the page (EventDetails.astro), with the time in both zones and calendar
 * links that work from a mailbox (absolute .ics address, Google Calendar).
 */
import { siteConfig } from '../../config.ts';
import { getTranslator } from '../../i18n/translator.ts';
import { googleCalendarUrl } from '../calendar/releaseCalendar.ts';
import type { ReleaseEvent } from '../content/schemas.ts';
import { formatTimeSpan } from '../formatDate.ts';
import { phoneNumberText } from '../phoneNumber.ts';
import { telHref } from '../telHref.ts';
import { languageName } from '../languageName.ts';
import { venueMapUrl } from '../venueMapUrl.ts';
import { absoluteUrl, releaseCalendarPath } from '../urls.ts';
import type { EmailLink, EmailRelease } from './emailTypes.ts';

/** One line of the event block: a label and its value; the HTML part links the value to `url` (map, phone, stream). */
export interface EmailEventRow { label: string; text: string; url?: string | undefined }

export interface EmailEvent {
  heading: string;
  /** "This event has been cancelled." when it is not scheduled. */
  notice?: string | undefined;
  rows: EmailEventRow[];
  /** The advisory's .ics file; Google Calendar's "add event" page (a long address, so only the HTML part links it). */
  calendar: { ics: EmailLink; google?: EmailLink | undefined };
}

/** Builds the event block of `release`. */
export function emailEvent(release: EmailRelease, event: ReleaseEvent): EmailEvent {
  const { lang } = release;
  const t = getTranslator(lang);
  const local = formatTimeSpan(event.start, event.end, lang, siteConfig.timeZone);
  let when = `${local.date}, ${local.time} ${local.zoneName} (${local.offset})`;
  if (siteConfig.referenceTimeZone !== siteConfig.timeZone) {
    const reference = formatTimeSpan(event.start, event.end, lang, siteConfig.referenceTimeZone);
    when += `\n${reference.date === local.date ? '' : `${reference.date}, `}${reference.time} ${reference.zoneName} (${reference.offset})`;
  }
  const mapUrl = venueMapUrl(event);
  const languages = [event.languages.map((code) => languageName(code, lang)).join(', '), event.interpretation ? t('event.interpretation') : '']
    .filter(Boolean).join('\n');
  const rows: Array<EmailEventRow | false | undefined> = [
    { label: t('event.when'), text: when },
    event.venue !== undefined && { label: t('event.venue'), text: event.venue, url: event.address ? undefined : mapUrl },
    event.address !== undefined && { label: t('event.address'), text: event.address, url: mapUrl },
    event.phone !== undefined && { label: t('event.phone'), text: phoneNumberText(event.phone), url: telHref(event.phone) },
    event.livestream !== undefined && { label: t('event.livestream'), text: event.livestream, url: new URL(event.livestream, absoluteUrl('/')).href },
    event.registration !== undefined && { label: t('event.registration'), text: event.registration },
    languages !== '' && { label: t('event.languages'), text: languages },
    event.accessibility !== undefined && { label: t('event.accessibility'), text: event.accessibility },
  ];
  const google = googleCalendarUrl({ data: release });
  return {
    heading: t('event.heading'),
    notice: event.status === 'scheduled' ? undefined : t(`calendar.notice.${event.status}`),
    rows: rows.filter((row): row is EmailEventRow => Boolean(row)),
    calendar: {
      ics: { text: t('calendar.addToCalendar'), url: absoluteUrl(releaseCalendarPath(lang, release.slug)) },
      google: google ? { text: t('calendar.googleCalendar'), url: google } : undefined,
    },
  };
}
