import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { getTranslator, uiStrings } from '../../src/i18n/translator.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Base keys, and for plural keys the categories each language must provide. */
function keysOf(lang: (typeof locales)[number]) {
  const base = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of Object.keys(uiStrings[lang])) {
    const match = PLURAL.exec(key);
    const root = match ? key.slice(0, match.index) : key;
    base.add(root);
    if (match) plurals.set(root, (plurals.get(root) ?? new Set()).add(match[1]!));
  }
  return { base, plurals };
}

describe('UI strings', () => {
  const reference = keysOf('en');

  it.each(locales)('%s has every key that any other language has', (lang) => {
    const own = keysOf(lang).base;
    const all = new Set(locales.flatMap((other) => [...keysOf(other).base]));
    expect([...all].filter((key) => !own.has(key))).toEqual([]);
  });

  it.each(locales)('%s gives every plural form its language needs', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const { plurals } = keysOf(lang);
    for (const key of reference.plurals.keys()) {
      expect([...categories].filter((category) => !plurals.get(key)?.has(category)), `${lang}: ${key}`).toEqual([]);
    }
  });

  it.each(locales)('%s has no empty strings', (lang) => {
    expect(Object.entries(uiStrings[lang]).filter(([, value]) => value.trim() === '')).toEqual([]);
  });

  it('uses Russian plural forms for counts', () => {
    const t = getTranslator('ru');
    expect(t('archive.count', { count: 1 })).toBe('1 материал');
    expect(t('archive.count', { count: 3 })).toBe('3 материала');
    expect(t('archive.count', { count: 11 })).toBe('11 материалов');
  });

  it('fails loudly on a key that does not exist instead of printing it', () => {
    // @ts-expect-error: the key is deliberately unknown
    expect(() => getTranslator('ky')('no.such.key')).toThrow(/missing from src\/i18n\/ky\.json/);
  });
});
