/**
 * Where content messages send authors for more: the author guide in the
 * language of the file the message is about (docs/authors/<lang>.md), at the
 * section that explains the problem. Each guide marks its sections with
 * `<a id="…"></a>` so the same anchors work in all three languages.
 */
import { isLocale, locales, type Locale } from '../../i18n/locales.ts';

/** Sections every author guide has (tests/unit/authorGuides.test.ts checks them). */
export const GUIDE_SECTIONS = ['new-release', 'fields', 'event', 'translation', 'embargo', 'correction', 'organisations', 'projects', 'preview', 'errors', 'todo', 'lookalikes'] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** The guides' folder, relative to the project root. */
export const GUIDE_FOLDER = 'docs/authors';

/** The language of a content file named after one ("…/ky.md"), if it has one. */
export function languageOfFile(file: string): Locale | undefined {
  const name = /([^/\\]+)\.md$/.exec(file)?.[1];
  return isLocale(name) ? name : undefined;
}

/** "docs/authors/ky.md" for a Kyrgyz file. */
export function guidePath(lang: Locale): string {
  return `${GUIDE_FOLDER}/${lang}.md`;
}

/**
 * "see docs/authors/ky.md#todo" for a Kyrgyz file; for a file in no single
 * language (an organisation, tags.yml), all the guides.
 */
export function seeGuide(file: string, section: GuideSection): string {
  const lang = languageOfFile(file);
  if (lang) return `see ${guidePath(lang)}#${section}`;
  return `see ${locales.map((locale, index) => `${index === 0 ? guidePath(locale) : `${locale}.md`}#${section}`).join(', ')}`;
}
