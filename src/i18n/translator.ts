/**
 * The one i18next factory for UI strings. Each language's strings live in
 * `src/i18n/<lang>.json` as flat dotted keys ("release.contacts"); counts use
 * i18next plural suffixes (_one, _few, _many, _other per the language's CLDR rules).
 */
import i18next, { type TOptions } from 'i18next';
import en from './en.json' with { type: 'json' };
import ky from './ky.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import { locales, type Locale } from './locales.ts';

/** UI strings per language, exactly as stored in the JSON files. */
export const uiStrings: Record<Locale, Record<string, string>> = { ky, ru, en };

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type StripPlural<Key extends string> = Key extends `${infer Base}${PluralSuffix}` ? Base : Key;

/** Every UI string key, with plural forms folded into their base key. */
export type UiKey = StripPlural<keyof typeof en>;

/** Translates a key for one language; throws on a missing key instead of showing it. */
export type Translate = (key: UiKey, options?: TOptions) => string;

const cache = new Map<Locale, Translate>();

/** Returns the translate function for `locale`, creating its i18next instance once. */
export function getTranslator(locale: Locale): Translate {
  const cached = cache.get(locale);
  if (cached) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: { translation: uiStrings[locale] } },
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    // Astro escapes on output; escaping here would double-escape "&" in titles.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // A build asks for the same few hundred strings tens of thousands of times.
  const memo = new Map<string, string>();
  const translate: Translate = (key, options) => {
    const memoKey = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    const known = memo.get(memoKey);
    if (known !== undefined) return known;
    if (!instance.exists(key, options)) {
      throw new Error(`[newsroom] The UI string "${key}" is missing from src/i18n/${locale}.json. Add it (all of ${locales.join(', ')} need it).`);
    }
    const text = instance.t(key, options) as string;
    memo.set(memoKey, text);
    return text;
  };
  cache.set(locale, translate);
  return translate;
}
