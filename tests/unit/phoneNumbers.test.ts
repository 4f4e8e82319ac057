import { describe, expect, it } from 'vitest';
import { phoneNumberIssue, phoneNumberProblem, phoneNumberProblems } from '../../src/lib/content/phoneNumberProblems.ts';
import { phoneNumberText } from '../../src/lib/phoneNumber.ts';
import { telHref } from '../../src/lib/telHref.ts';

describe('telHref: the number a tapped link dials', () => {
  it('dials a number written the local way with the country code, so it connects from abroad', () => {
    expect(telHref('(0312) 66-02-55', 'KG')).toBe('tel:+996312660255');
    expect(telHref('0 (312) 66-02-55', 'KG')).toBe('tel:+996312660255');
    expect(telHref('0555 123 456', 'KG')).toBe('tel:+996555123456');
  });

  it('keeps an international number as written, whatever the site country', () => {
    expect(telHref('+996 554 202 945', 'KG')).toBe('tel:+996554202945');
    expect(telHref('+ 996 772 170 029', 'KG')).toBe('tel:+996772170029');
    expect(telHref('+7 727 250 00 00', 'KG')).toBe('tel:+77272500000');
  });

  it('reads local numbers in the country the site names (phoneCountry)', () => {
    expect(telHref('8 (727) 250-00-00', 'KZ')).toBe('tel:+77272500000');
    expect(telHref('(0312) 66-02-55')).toBe('tel:+996312660255');
  });

  it('keeps the digits of a number it cannot read, rather than dial a stranger with the country code before it', () => {
    expect(telHref('12-34', 'KG')).toBe('tel:1234');
    // The old long-distance prefix: +996 8312… is no one's number.
    expect(telHref('8 (312) 66-02-55', 'KG')).toBe('tel:8312660255');
  });
});

describe('phoneNumberText: the number in calendar files and the text of e-mails', () => {
  it('writes a local number the international way, since phones make their own link of it', () => {
    expect(phoneNumberText('(0312) 66-02-55', 'KG')).toBe('+996 312 660 255');
  });

  it('keeps an international number, and one it cannot read, as written', () => {
    expect(phoneNumberText('+996 312 66 02 55', 'KG')).toBe('+996 312 66 02 55');
    expect(phoneNumberText('8 (312) 66-02-55', 'KG')).toBe('8 (312) 66-02-55');
  });
});

describe('phone numbers that would not connect', () => {
  it('accepts complete numbers, local and international', () => {
    for (const phone of ['+996 554 202 945', '(0312) 66-02-55', '+996 312 26 10 00', '+7 727 250 00 00', '+44 20 7946 0958']) {
      expect(phoneNumberProblem(phone, 'KG'), phone).toBeUndefined();
    }
  });

  it('names a lost or doubled digit and the country', () => {
    expect(phoneNumberProblem('+996 554 20 294', 'KG')).toBe('has too few digits for a telephone number in Kyrgyzstan, so the number would not connect');
    expect(phoneNumberProblem('+996 554 202 945 55', 'KG')).toBe('has too many digits for a telephone number in Kyrgyzstan, so the number would not connect');
    // Numbers in Kyrgyzstan differ in length by area: one digit too many can still be a possible length.
    expect(phoneNumberProblem('+996 554 202 9455', 'KG')).toBe('matches no telephone number in Kyrgyzstan (a digit missing, extra or mistyped?), so it would not connect');
    expect(phoneNumberProblem('(0312) 66-02-5', 'KG')).toContain('telephone number in Kyrgyzstan');
  });

  it('names the old long-distance prefix 8 and gives the number to write instead', () => {
    expect(phoneNumberIssue('8 (312) 66-02-55', 'KG')).toEqual({
      problem: '"8 (312) 66-02-55" starts with 8, the old long-distance prefix, which no longer connects in Kyrgyzstan',
      fix: 'write it "0312 660 255", or "+996 312 660 255" so it also connects from abroad',
    });
    // Where 8 is still the prefix (Kazakhstan), the number is fine.
    expect(phoneNumberIssue('8 (727) 250-00-00', 'KZ')).toBeUndefined();
  });

  it('names a country code that does not exist', () => {
    expect(phoneNumberProblem('+999 555 123 456', 'KG')).toBe('starts with a country code that does not exist');
  });

  it('reports each bad number of a file as a warning on its own line, contacts and the venue', () => {
    const lines: Record<string, number> = { 'contacts.0.phone': 14, 'contacts.1.phone': 18, 'event.phone': 25 };
    const data = {
      contacts: [{ name: 'A', phone: '+996 555 123 456' }, { name: 'B', phone: '+996 555 12 345' }],
      event: { phone: '+996 312 1' },
    };
    const problems = phoneNumberProblems('content/releases/x/en.md', data, (path) => lines[path.join('.')] ?? 1, 'KG');
    expect(problems.map((problem) => [problem.severity, problem.line, problem.field])).toEqual([
      ['warning', 18, 'contacts[1].phone'],
      ['warning', 25, 'event.phone'],
    ]);
    expect(problems[0]!.problem).toBe('"+996 555 12 345" has too few digits for a telephone number in Kyrgyzstan, so the number would not connect');
    expect(problems[0]!.fix).toContain('copy the number again');
  });
});
