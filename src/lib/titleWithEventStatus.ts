import type { Locale } from '../i18n/locales.ts';
import { getTranslator } from '../i18n/translator.ts';
import type { ReleaseEvent } from './content/schemas.ts';

/**
 * "Отменено: title" for a release whose event is cancelled or postponed, else
 * the title: what calendar entries and feed items are called, so a reader
 * scanning titles sees the change without opening the item.
 */
export function titleWithEventStatus(release: { data: { title: string; lang: Locale; event?: { status: ReleaseEvent['status'] } | undefined } }): string {
  const { title, lang, event } = release.data;
  return !event || event.status === 'scheduled' ? title : `${getTranslator(lang)(`event.status.${event.status}`)}: ${title}`;
}
