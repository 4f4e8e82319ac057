/**
 * Telephone numbers that would not connect: a digit lost or doubled when
 * the number was typed or pasted ("+996 554 20 294"). The form is checked by
 * the schema; this checks the number against the numbering plan of its
 * country (libphonenumber's metadata). A warning, not an error: a new range
 * of numbers can reach a country before it reaches the metadata, and the
 * release must still go out.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max';
import { siteConfig } from '../../config.ts';
import { fieldName, type ContentProblem } from './problems.ts';

type Path = Array<string | number>;

/** "Kyrgyzstan" for "KG". */
function countryName(code: string): string {
  return new Intl.DisplayNames('en', { type: 'region' }).of(code) ?? code;
}

/** Why `phone` cannot be dialled, or undefined when it can. */
export function phoneNumberProblem(phone: string, country: string = siteConfig.phoneCountry): string | undefined {
  const home = country as CountryCode;
  const parsed = parsePhoneNumberFromString(phone, home);
  const where = parsed?.country ?? (phone.trim().startsWith('+') ? undefined : home);
  const of = where ? ` in ${countryName(where)}` : '';
  switch (validatePhoneNumberLength(phone, home)) {
    case 'TOO_SHORT': return `has too few digits for a telephone number${of}, so the number would not connect`;
    case 'TOO_LONG': return `has too many digits for a telephone number${of}, so the number would not connect`;
    case 'INVALID_LENGTH': return `has the wrong number of digits for a telephone number${of}, so the number would not connect`;
    case 'INVALID_COUNTRY': return 'starts with a country code that does not exist';
    default: break;
  }
  if (!parsed) return 'is not a telephone number that can be dialled';
  if (!parsed.isValid()) return `matches no telephone number${of} (a digit missing, extra or mistyped?), so it would not connect`;
  return undefined;
}

/** The telephone numbers of a release or an organisation file: `contacts[].phone` and `event.phone`, with their paths. */
function phonePaths(data: unknown): Array<{ path: Path; phone: string }> {
  const found: Array<{ path: Path; phone: string }> = [];
  const record = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined);
  const root = record(data);
  const contacts = root?.contacts;
  if (Array.isArray(contacts)) {
    contacts.forEach((contact, index) => {
      const phone = record(contact)?.phone;
      if (typeof phone === 'string') found.push({ path: ['contacts', index, 'phone'], phone });
    });
  }
  const eventPhone = record(root?.event)?.phone;
  if (typeof eventPhone === 'string') found.push({ path: ['event', 'phone'], phone: eventPhone });
  return found;
}

/** Warnings for the numbers in `data` (validated front-matter or YAML) that cannot be dialled. */
export function phoneNumberProblems(file: string, data: unknown, lineOf: (path: Path) => number, country: string = siteConfig.phoneCountry): ContentProblem[] {
  return phonePaths(data).flatMap(({ path, phone }): ContentProblem[] => {
    const problem = phoneNumberProblem(phone, country);
    if (!problem) return [];
    return [{
      severity: 'warning', file, line: lineOf(path), field: fieldName(path),
      problem: `"${phone}" ${problem}`,
      fix: `copy the number again from where it was given; a number of another country starts with "+" and its code, e.g. "+7 727 250 00 00"`,
    }];
  });
}
