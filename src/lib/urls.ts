/**
 * Every URL the site links to is built here, so the base path (a site served
 * at https://ngo.example.org/newsroom/) is applied in exactly one place.
 */
import { siteConfig } from '../config.ts';
import type { Locale } from '../i18n/locales.ts';

/** Prefixes a site path ("/en/releases/") with the base path. */
export function withBase(path: string, basePath: string = siteConfig.basePath): string {
  return `${basePath.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/**
 * A link an author wrote: a path on this site ("/files/report.pdf") gets the
 * base path; full addresses ("https://…", "mailto:…") and relative links stay.
 */
export function authorHref(url: string, basePath: string = siteConfig.basePath): string {
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith(basePath) ? withBase(url, basePath) : url;
}

/** Absolute URL (origin + base path) for a site path, for canonical links, feeds and hreflang. */
export function absoluteUrl(path: string, siteUrl: string = siteConfig.url, basePath: string = siteConfig.basePath): string {
  return new URL(withBase(path, basePath), `${siteUrl}/`).href;
}

/** `/<lang>/` */
export const homePath = (lang: Locale) => `/${lang}/`;

/** `/<lang>/releases/`, `/<lang>/releases/2/` … */
export const archivePath = (lang: Locale, page = 1) => (page > 1 ? `/${lang}/releases/${page}/` : `/${lang}/releases/`);

/** `/<lang>/releases/<slug>/` */
export const releasePath = (lang: Locale, slug: string) => `/${lang}/releases/${slug}/`;

/** `/<lang>/tags/<tag>/`, `/<lang>/tags/<tag>/2/` … */
export const tagPath = (lang: Locale, tag: string, page = 1) => (page > 1 ? `/${lang}/tags/${tag}/${page}/` : `/${lang}/tags/${tag}/`);

/** `/<lang>/<slug>/` for plain pages such as "about". */
export const pagePath = (lang: Locale, slug: string) => `/${lang}/${slug}/`;

/** `/<lang>/rss.xml`: every release in one language. */
export const languageFeedPath = (lang: Locale) => `/${lang}/rss.xml`;

/** `/og/<lang>/<slug>.png`: the social card of one release translation. */
export const releaseCardPath = (lang: Locale, slug: string) => `/og/${lang}/${slug}.png`;

/** `/og/<lang>/default.png`: the card for home, archive and tag pages. */
export const defaultCardPath = (lang: Locale) => `/og/${lang}/default.png`;

/** `/<lang>/releases/<slug>.ics`: the event of one advisory translation, for "Add to calendar". */
export const releaseCalendarPath = (lang: Locale, slug: string) => `/${lang}/releases/${slug}.ics`;

/** `/<lang>/releases/<slug>/press-kit.zip`: photos, documents and text of one release translation (src/lib/presskit/). */
export const pressKitPath = (lang: Locale, slug: string) => `/${lang}/releases/${slug}/press-kit.zip`;

/** `/<lang>/events.ics`: upcoming and recent events in one language, for calendar subscriptions. */
export const languageCalendarPath = (lang: Locale) => `/${lang}/events.ics`;

/**
 * `webcal://…/<lang>/events.ics`: phones and desktop calendars subscribe to
 * this (and keep it updated) instead of importing a one-time copy.
 */
export const calendarSubscriptionUrl = (lang: Locale) => absoluteUrl(languageCalendarPath(lang)).replace(/^https?:/, 'webcal:');

/**
 * Google Calendar's "add a calendar by URL" page for the events calendar of
 * `lang`. Android phones have no app for webcal: links; this is how their
 * owners subscribe (Google then syncs the calendar to the phone).
 */
export const googleCalendarSubscriptionUrl = (lang: Locale) =>
  `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(calendarSubscriptionUrl(lang))}`;

/** `/<lang>/subscribe/`: every feed and calendar of the site, explained; every "Subscribe" link leads here. */
export const subscribePath = (lang: Locale) => `/${lang}/subscribe/`;

/** `/<lang>/subscribe/#<anchor>`: one feed's entry on the subscribe page (anchors: feedAnchor in lib/feeds/listFeeds.ts). */
export const subscribeFeedPath = (lang: Locale, anchor: string) => `${subscribePath(lang)}#${anchor}`;

/** `/<lang>/search/` (and `?q=words`): full-text search of one language. */
export const searchPath = (lang: Locale) => `/${lang}/search/`;

/** `/<lang>/tags/`: every topic with its number of releases. */
export const tagsIndexPath = (lang: Locale) => `/${lang}/tags/`;

/** `/<lang>/types/<type>/`, `/<lang>/types/<type>/2/` …: releases of one type. */
export const typePath = (lang: Locale, type: string, page = 1) => (page > 1 ? `/${lang}/types/${type}/${page}/` : `/${lang}/types/${type}/`);

/** `/<lang>/releases/<year>/`, `/<lang>/releases/<year>/2/` …: releases of one year. */
export const yearPath = (lang: Locale, year: number, page = 1) => (page > 1 ? `/${lang}/releases/${year}/${page}/` : `/${lang}/releases/${year}/`);

/** `/<lang>/events/`: upcoming and past events (media advisories). */
export const eventsPath = (lang: Locale) => `/${lang}/events/`;

/** `/<lang>/organizations/`: every organisation with its logo and one line. */
export const organizationsIndexPath = (lang: Locale) => `/${lang}/organizations/`;

/** `/<lang>/organizations/<id>/`, `/<lang>/organizations/<id>/2/` …: an organisation's profile, projects and releases. */
export const organizationPath = (lang: Locale, id: string, page = 1) => (page > 1 ? `/${lang}/organizations/${id}/${page}/` : `/${lang}/organizations/${id}/`);

/** `/<lang>/projects/<id>/`: a project's donor, period, summary and releases. */
export const projectPath = (lang: Locale, id: string) => `/${lang}/projects/${id}/`;

/** `/<lang>/site.webmanifest`: the web app manifest in one language; `/site.webmanifest` (default language) without one. */
export const manifestPath = (lang?: Locale) => (lang ? `/${lang}/site.webmanifest` : '/site.webmanifest');
