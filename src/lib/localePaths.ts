import { locales, type Locale } from '../i18n/locales.ts';
import type { Alternate } from '../layouts/BaseLayout.astro';

/** `getStaticPaths` entries for pages that exist once per language. */
export function localeStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** The same page in every language, for pages that exist in all of them. */
export function allLanguageAlternates(pathOf: (lang: Locale) => string): Alternate[] {
  return locales.map((lang) => ({ lang, path: pathOf(lang) }));
}
