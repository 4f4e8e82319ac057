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
import { readPhoneNumber } from '../phoneNumber.ts';
import { fieldName, type ContentProblem } from './problems.ts';

type Path = Array<string | number>;

/** "Kyrgyzstan" for "KG". */
function countryName(code: string): string {
  return new Intl.DisplayNames('en', { type: 'region' }).of(code) ?? code;
}

/** What is wrong with a number, and how to write it instead. */
export interface PhoneNumberProblem {
  problem: string;
  fix: string;
}

const COPY_AGAIN = 'copy the number again from where it was given; a number of another country starts with "+" and its code, e.g. "+7 727 250 00 00"';

/**
 * "8 (312) 66-02-55": the long-distance prefix of Soviet times, still
 * written out of habit where the country now uses 0. Read with 0 instead it
 * is a number in use; written as it is, it dials no one.
 */
function withOldTrunkPrefix(phone: string, country: string): PhoneNumberProblem | undefined {
  if (!/^\s*8[\s(]*\d/.test(phone) || readPhoneNumber(phone, country)) return undefined;
  const meant = readPhoneNumber(phone.replace(/^(\s*)8/, '$10'), country);
  if (!meant) return undefined;
  return {
    problem: `"${phone}" starts with 8, the old long-distance prefix, which no longer connects in ${countryName(country)}`,
    fix: `write it "${meant.formatNational()}", or "${meant.formatInternational()}" so it also connects from abroad`,
  };
}

/** Why `phone` cannot be dialled, with a fix, or undefined when it can. */
export function phoneNumberIssue(phone: string, country: string = siteConfig.phoneCountry): PhoneNumberProblem | undefined {
  const trunk = withOldTrunkPrefix(phone, country);
  if (trunk) return trunk;
  const problem = phoneNumberProblem(phone, country);
  return problem ? { problem: `"${phone}" ${problem}`, fix: COPY_AGAIN } : undefined;
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
    const issue = phoneNumberIssue(phone, country);
    return issue ? [{ severity: 'warning', file, line: lineOf(path), field: fieldName(path), ...issue }] : [];
  });
}
