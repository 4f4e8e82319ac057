/**
 * Texts that appear both on a release's social card and next to it (the
 * image's alt text on the page), so the two always say the same.
 */
import { siteConfig } from '../config.ts';
import type { Locale } from '../i18n/locales.ts';
import { getTranslator } from '../i18n/translator.ts';
import type { ReleaseFrontMatter } from '../lib/content/schemas.ts';
import { formatDate, formatTime, formatZoneOffset, isoDateInZone } from '../lib/formatDate.ts';

/**
 * The date line of a release card. An advisory's card shows when the event
 * is (and whether it was called off), which is what an editor scrolling past
 * the shared link needs; other releases show their publication date. Kept to
 * one line of the card: no weekday, the status in place of "When".
 */
export function cardDateLine(data: ReleaseFrontMatter, lang: Locale): string {
  const { event } = data;
  if (!event) return formatDate(data.date, lang);
  const zone = siteConfig.timeZone;
  const { start, end } = event;
  let when = `${formatDate(start, lang, zone)}, ${formatTime(start, lang, zone)}`;
  if (end && isoDateInZone(start, zone) !== isoDateInZone(end, zone)) when += ` – ${formatDate(end, lang, zone)}, ${formatTime(end, lang, zone)}`;
  else if (end) when += `–${formatTime(end, lang, zone)}`;
  const offset = formatZoneOffset(start, lang, zone);
  const t = getTranslator(lang);
  const prefix = event.status === 'scheduled' ? t('event.when') : t(`event.status.${event.status}`);
  return `${prefix}: ${when} (${offset})`;
}

/**
 * Alt text of a release card: what the card says. The type label is left
 * out when the title already starts with it ("Media advisory: …").
 */
export function cardAltText(label: string, title: string, dateLine: string): string {
  const startsWithLabel = title.toLocaleLowerCase().startsWith(label.toLocaleLowerCase());
  return `${startsWithLabel ? title : `${label}: ${title}`}. ${dateLine}`;
}
