/**
 * Site paths (without the base path) of topic, type and organisation feeds. The
 * language feed's path, `languageFeedPath`, lives in src/lib/urls.ts because
 * every page links to it.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { ReleaseType } from '../content/schemas.ts';

/** `/<lang>/tags/<tag>/rss.xml`: releases of one language with one tag. */
export const tagFeedPath = (lang: Locale, tag: string) => `/${lang}/tags/${tag}/rss.xml`;

/** `/<lang>/types/<type>/rss.xml`: releases of one language and one type. */
export const typeFeedPath = (lang: Locale, type: ReleaseType) => `/${lang}/types/${type}/rss.xml`;

/** `/<lang>/organizations/<id>/rss.xml`: releases of one language issued by one organisation (joint ones included). */
export const organizationFeedPath = (lang: Locale, id: string) => `/${lang}/organizations/${id}/rss.xml`;
