/**
 * The one list of languages the newsroom publishes in. Routing, hreflang,
 * the language switcher, feeds, validation and UI-string checks all derive
 * from this list: add a language here (and its `<lang>.json`) and nowhere else.
 */
export const locales = ['ky', 'ru', 'en'] as const;

/** A language code the newsroom publishes in. */
export type Locale = (typeof locales)[number];

/** Facts about each language that browsers, crawlers and social networks need. */
export const localeInfo: Record<Locale, {
  /** The language's name in itself, for the language switcher. */
  nativeName: string;
  /** BCP 47 tag for `Intl` formatting and `<html lang>`. */
  intlTag: string;
  /** Open Graph locale (`og:locale`). */
  ogLocale: string;
}> = {
  ky: { nativeName: 'Кыргызча', intlTag: 'ky-KG', ogLocale: 'ky_KG' },
  ru: { nativeName: 'Русский', intlTag: 'ru-RU', ogLocale: 'ru_RU' },
  en: { nativeName: 'English', intlTag: 'en-GB', ogLocale: 'en_GB' },
};

/** True when `value` is one of the newsroom's language codes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
