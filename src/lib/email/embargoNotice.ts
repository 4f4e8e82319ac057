/**
 * How an e-mail states the instant an embargo lifts: in the site zone, named
 * the way the newsroom's writers name it, and in UTC for correspondents
 * abroad ("1 December 2026, 09:00 Bishkek time (03:00 UTC)").
 */
import { siteConfig } from '../../config.ts';
import type { Locale } from '../../i18n/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import { formatDate, formatTime, isoDateInZone, zoneLabel } from '../formatDate.ts';

/** "1 December 2026, 09:00 Bishkek time (03:00 UTC)"; the UTC date is added when it is another day. */
export function formatEmbargoInstant(instant: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  const otherDay = isoDateInZone(instant, 'UTC') !== isoDateInZone(instant, timeZone);
  const utc = `${otherDay ? `${formatDate(instant, lang, 'UTC')}, ` : ''}${formatTime(instant, lang, 'UTC')} UTC`;
  return `${formatDate(instant, lang, timeZone)}, ${formatTime(instant, lang, timeZone)} ${zoneLabel(instant, lang, timeZone)} (${utc})`;
}

/** The first line of an embargoed e-mail: "EMBARGOED UNTIL 1 December 2026, 09:00 Bishkek time (03:00 UTC)". */
export function embargoNotice(instant: Date, lang: Locale, timeZone: string = siteConfig.timeZone): string {
  return getTranslator(lang)('email.embargo', { when: formatEmbargoInstant(instant, lang, timeZone) });
}
