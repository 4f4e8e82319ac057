import { localeInfo, type Locale } from '../i18n/locales.ts';

/**
 * Names Intl gets wrong for readers in Kyrgyzstan: Russian there writes
 * "кыргызский" (the form used in law and the press since 1993), while
 * CLDR keeps the older "киргизский".
 */
const CORRECTED: Partial<Record<Locale, Record<string, string>>> = {
  ru: { ky: 'кыргызский' },
};

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The name of the language `code` ("ky", "uz") in the page language `lang`: "кыргызский", "Kyrgyz". */
export function languageName(code: string, lang: Locale): string {
  const corrected = CORRECTED[lang]?.[code];
  if (corrected) return corrected;
  let names = displayNames.get(lang);
  if (!names) displayNames.set(lang, (names = new Intl.DisplayNames(localeInfo[lang].intlTag, { type: 'language' })));
  return names.of(code) ?? code;
}
