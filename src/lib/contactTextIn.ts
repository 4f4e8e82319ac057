import type { Locale } from '../i18n/locales.ts';
import type { Contact } from './content/schemas.ts';

/**
 * A contact's name or role as a page or e-mail in `lang` shows it: the text
 * itself when written once, else the one of that language, else the first
 * one given (a name written only in Cyrillic still names the person).
 */
export function contactTextIn(value: Contact['name'] | Contact['role'], lang: Locale): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value[lang] ?? Object.values(value).find((text) => text !== undefined);
}
