import { describe, expect, it } from 'vitest';
import { contactSchema } from '../../src/lib/content/schemas.ts';

const accepts = (phone: string) => contactSchema.safeParse({ name: 'Press office', phone }).success;

describe('a contact\'s telephone number, as authors in Kyrgyzstan write it', () => {
  it.each(['+996 555 123 456', '0 (312) 66-02-55', '(0312) 66-02-55', '+ 996 772 170 029', '+32 2 295 00 00'])('accepts %s', (phone) => {
    expect(accepts(phone)).toBe(true);
  });

  it.each(['call us', '+996', '555-ABC-123', '(0312)'])('refuses %s', (phone) => {
    expect(accepts(phone)).toBe(false);
  });
});

describe('the form of a telephone value', () => {
  const phoneOf = (phone: string) => contactSchema.safeParse({ name: 'Press office', phone });

  it('reads no-break spaces and en dashes pasted from Word as spaces and hyphens', () => {
    expect(phoneOf('+996\u00a0312\u00a066–02–55').data?.phone).toBe('+996 312 66-02-55');
  });

  it('says what is wrong with two numbers, an extension or a word, and how to write it', () => {
    const problem = (phone: string) => {
      const issue = phoneOf(phone).error?.issues[0];
      return [issue?.message, (issue as { params?: { fix?: string } } | undefined)?.params?.fix];
    };
    expect(problem('+996 555 123 456, +996 312 66 02 55')[0]).toBe('holds more than one number');
    expect(problem('+996 555 123 456 или +996 312 66 02 55')[0]).toBe('holds more than one number');
    expect(problem('+996 312 66 02 55 доб. 12')).toEqual(['has letters besides the number (an extension?)', expect.stringContaining('"Press officer (ext. 12)"')]);
    expect(problem('12')).toEqual(['must be a telephone number: digits, spaces, brackets and hyphens', 'write it like "+996 555 123 456" or "(0312) 66-02-55"']);
  });
});
