/**
 * Telephone numbers as authors write them ("(0312) 66-02-55", "+996 554
 * 202 945"), read with libphonenumber's numbering plans. A number without
 * "+" and a country code is read as a number of the site's `phoneCountry`.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { siteConfig } from '../config.ts';

/** The number `phone` stands for, when it is one in use (a valid number of its country). */
export function readPhoneNumber(phone: string, country: string = siteConfig.phoneCountry): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(phone, country as CountryCode);
  return parsed?.isValid() ? parsed : undefined;
}

/**
 * What a phone dials: "+996312660255" for a number it can read, so the
 * call connects from abroad too; otherwise the digits as written (a
 * country code put before a number it cannot read would dial a stranger).
 */
export function dialNumber(phone: string, country: string = siteConfig.phoneCountry): string {
  return readPhoneNumber(phone, country)?.number ?? phone.replace(/[^+0-9]/g, '');
}

/**
 * The number for plain text (calendar files, the text of e-mails), where a
 * phone makes its own link of what it reads: a local number is written the
 * international way ("+996 312 660 255") so that link connects from abroad;
 * an international one, or one it cannot read, stays as written.
 */
export function phoneNumberText(phone: string, country: string = siteConfig.phoneCountry): string {
  if (phone.trim().startsWith('+')) return phone;
  return readPhoneNumber(phone, country)?.formatInternational() ?? phone;
}
