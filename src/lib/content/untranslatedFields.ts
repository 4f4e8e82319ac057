/**
 * A title, summary or dateline left in another script than its file's
 * language: "Бишкек" as the dateline of en.md, an English title in ky.md.
 * `npm run new -- --translate` marks such texts "# TODO:", but once the note
 * is deleted nothing else would notice the text was never translated.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { ContentProblem } from './problems.ts';

const FIELDS = ['title', 'summary', 'dateline'] as const;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN_WORD = /\p{Script=Latin}{2,}/gu;

/** True when `text` is written in the other script than `lang` uses, so it is most likely not translated yet. */
export function looksUntranslated(text: string, lang: Locale): boolean {
  if (lang === 'en') return CYRILLIC.test(text) && !/\p{Script=Latin}/u.test(text);
  // Kyrgyz and Russian texts quote names in Latin letters (UNDP, USAID): only a text of Latin words and no Cyrillic is suspect.
  return !CYRILLIC.test(text) && (text.match(LATIN_WORD) ?? []).length >= 2;
}

/** Warnings for the texts of a `lang` file that look untranslated, each with its line. */
export function untranslatedFieldProblems(file: string, lang: Locale, data: Record<string, unknown>, lineOf: (path: readonly string[]) => number): ContentProblem[] {
  const language = { ky: 'Kyrgyz', ru: 'Russian', en: 'English' }[lang];
  // In Kyrgyz and Russian files an English title is often a working title kept on purpose: only the dateline is checked there.
  return FIELDS.filter((field) => lang === 'en' || field === 'dateline').flatMap((field) => {
    const value = data[field];
    if (typeof value !== 'string' || !looksUntranslated(value, lang)) return [];
    return [{
      severity: 'warning' as const, file, line: lineOf([field]), field,
      problem: `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}" is not in ${language}, the language of ${lang}.md`,
      fix: `translate it into ${language}${field === 'dateline' && lang === 'en' ? ' (Bishkek, Osh…)' : ''}`,
    }];
  });
}
