import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/lib/languageName.ts';

describe('languageName (the languages of an event, in the page language)', () => {
  it('writes Kyrgyz as Russian writes it in Kyrgyzstan, "кыргызский", not Intl\'s "киргизский"', () => {
    expect(languageName('ky', 'ru')).toBe('кыргызский');
    expect(languageName('ru', 'ru')).toBe('русский');
    expect(languageName('uz', 'ru')).toBe('узбекский');
  });

  it('takes the other names from Intl in the page language', () => {
    expect(languageName('ky', 'en')).toBe('Kyrgyz');
    expect(languageName('ky', 'ky')).toBe('кыргызча');
    expect(languageName('en', 'ky')).toBe('англисче');
  });
});
