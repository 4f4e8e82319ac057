import type { ContentProblem } from '../lib/content/problems.ts';
import { locales, type Locale } from './locales.ts';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Checks that every UI string exists in every language, with every plural
 * form that language's grammar needs (CLDR categories from Intl.PluralRules).
 */
export function checkUiStrings(strings: Record<Locale, Record<string, string>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const baseKeys = new Map<string, boolean>(); // key → is plural
  for (const locale of locales) {
    for (const key of Object.keys(strings[locale])) {
      const match = PLURAL_SUFFIX.exec(key);
      const base = match ? key.slice(0, match.index) : key;
      baseKeys.set(base, baseKeys.get(base) === true || match !== null);
    }
  }
  for (const locale of locales) {
    const own = strings[locale];
    const file = `src/i18n/${locale}.json`;
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, plural] of baseKeys) {
      const needed = plural ? categories.map((category) => `${key}_${category}`) : [key];
      for (const name of needed) {
        if (typeof own[name] === 'string' && own[name].trim() !== '') continue;
        problems.push({
          severity: 'error', file, line: 1, field: name,
          problem: own[name] === undefined ? `the UI string is missing in ${locale}` : 'the UI string is empty',
          fix: `add "${name}": "…" to ${file}, translated from the other languages`,
        });
      }
    }
  }
  return problems;
}
