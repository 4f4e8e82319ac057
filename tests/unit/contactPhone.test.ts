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
