import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { siteConfig } from '../config.ts';

/**
 * "tel:+996312660255" from a number as written ("(0312) 66-02-55",
 * "+996 554 202 945"): what phones dial when it is tapped. A number written
 * without "+" and the country code is read as a number of `country` (the
 * site's `phoneCountry`), so the link also connects a journalist calling
 * from abroad; one that cannot be read (or
 * has too few or too many digits) keeps its digits as written.
 */
export function telHref(phone: string, country: string = siteConfig.phoneCountry): string {
  const parsed = parsePhoneNumberFromString(phone, country as CountryCode);
  // Only a number of a possible length: a country code put before a fragment would dial someone else.
  return `tel:${parsed?.isPossible() ? parsed.number : phone.replace(/[^+0-9]/g, '')}`;
}
