/**
 * `credits.txt` of a press kit: each photo's file name, credit and licence,
 * in the kit's language, so an editor can caption a photo correctly without
 * going back to the page.
 */
import type { Locale } from '../../i18n/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import type { KitPhoto } from './planPressKit.ts';

/** The text of credits.txt (ends with a newline). */
export function creditsText(photos: readonly KitPhoto[], lang: Locale, pageUrl: string): string {
  const t = getTranslator(lang);
  const entries = photos.map((photo) => [
    `photos/${photo.name}`,
    `  ${t('release.photoCredit', { credit: photo.credit ?? t('presskit.noCredit') })}`,
    `  ${t('release.photoLicence', { licence: photo.licence ?? t('presskit.noLicence') })}`,
  ].join('\n'));
  return `${t('presskit.credits')}\n${pageUrl}\n\n${entries.join('\n\n')}\n`;
}
