/**
 * An XSLT 1.0 stylesheet that shows a feed as a readable page when someone
 * opens it in a browser: what the page is, how to subscribe, and the latest
 * items. Feed readers ignore it. Every text comes from the feed through
 * `xsl:value-of`, so titles are shown as text and never parsed as markup.
 */
import { localeInfo, type Locale } from '../../i18n/locales.ts';
import { escapeXml } from './escapeXml.ts';

/** Localized words of the browser view. */
export interface StylesheetStrings {
  badge: string;
  intro: string;
  address: string;
  website: string;
  latest: string;
  published: string;
  updated: string;
  empty: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * XSLT templates that show the dates our feeds write, RFC 822 in `pubDate`
 * ("Sat, 14 Mar 2026 10:30:00 +0600") and RFC 3339 in `atom:updated`
 * ("2026-03-15T09:00:00+06:00"), as the language's long date: the order
 * and the month names come from Intl for `lang`. Midnight (a release dated
 * without a time) shows no time.
 */
function dateTemplates(lang: Locale): string {
  const format = new Intl.DateTimeFormat(localeInfo[lang].intlTag, { dateStyle: 'long', timeZone: 'UTC' });
  const monthName = (index: number) =>
    format.formatToParts(new Date(Date.UTC(2026, index, 14))).find((part) => part.type === 'month')?.value ?? MONTHS[index];
  const monthChoice = MONTHS.map(
    (_abbreviation, index) => `<xsl:when test="$month = ${index + 1}">${escapeXml(monthName(index) as string)}</xsl:when>`,
  ).join('');
  const pieces = format.formatToParts(new Date(Date.UTC(2026, 2, 14))).map((part) => {
    if (part.type === 'day') return '<xsl:value-of select="number($day)"/>';
    if (part.type === 'year') return '<xsl:value-of select="$year"/>';
    if (part.type === 'month') return `<xsl:choose>${monthChoice}</xsl:choose>`;
    return `<xsl:text>${escapeXml(part.value)}</xsl:text>`;
  });
  return [
    `<xsl:template name="localDate"><xsl:param name="year"/><xsl:param name="month"/><xsl:param name="day"/><xsl:param name="time"/>${pieces.join('')}<xsl:if test="$time != '00:00'"><xsl:text>, </xsl:text><xsl:value-of select="$time"/></xsl:if></xsl:template>`,
    `<xsl:template name="rfc822"><xsl:param name="date"/><xsl:call-template name="localDate"><xsl:with-param name="year" select="substring($date, 13, 4)"/><xsl:with-param name="month" select="string-length(substring-before('${MONTHS.join('')}', substring($date, 9, 3))) div 3 + 1"/><xsl:with-param name="day" select="substring($date, 6, 2)"/><xsl:with-param name="time" select="substring($date, 18, 5)"/></xsl:call-template></xsl:template>`,
    `<xsl:template name="rfc3339"><xsl:param name="date"/><xsl:call-template name="localDate"><xsl:with-param name="year" select="substring($date, 1, 4)"/><xsl:with-param name="month" select="number(substring($date, 6, 2))"/><xsl:with-param name="day" select="substring($date, 9, 2)"/><xsl:with-param name="time" select="substring($date, 12, 5)"/></xsl:call-template></xsl:template>`,
  ].join('\n');
}

const STYLE = `
body{margin:0;font-family:"Noto Sans",system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fafafa}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.badge{display:inline-block;margin:0;padding:.1rem .6rem;border-radius:1rem;background:#e4572e;color:#fff;font-size:.85rem;font-weight:700}
h1{margin:.5rem 0 .25rem;font-size:1.8rem;line-height:1.2}
.about{margin:1.25rem 0 2rem;padding:1rem;border:1px solid #d0d7de;border-radius:.5rem;background:#fff}
.about p{margin:0 0 .75rem}
code{display:block;padding:.5rem;border-radius:.25rem;background:#f0f2f4;overflow-wrap:anywhere;font-size:.95rem}
ol{list-style:none;margin:0;padding:0}
li{padding:1rem 0;border-top:1px solid #d0d7de}
h3{margin:0 0 .25rem;font-size:1.15rem}
a{color:#0b5cad}
.meta{margin:0 0 .25rem;color:#555;font-size:.9rem}
`;

/** The XSL stylesheet for feeds in `lang`. */
export function renderFeedStylesheet(lang: Locale, strings: StylesheetStrings): string {
  const s = Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, escapeXml(value)])) as unknown as StylesheetStrings;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
${dateTemplates(lang)}
<xsl:template match="/">
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<title><xsl:value-of select="/rss/channel/title"/> (RSS)</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="badge">${s.badge}</p>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p><xsl:value-of select="/rss/channel/description"/></p>
<section class="about">
<p>${s.intro}</p>
<p><strong>${s.address}</strong></p>
<code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code>
<p style="margin:.75rem 0 0"><a href="{/rss/channel/link}">${s.website} →</a></p>
</section>
<h2>${s.latest}</h2>
<xsl:choose>
<xsl:when test="/rss/channel/item">
<ol>
<xsl:for-each select="/rss/channel/item">
<li>
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p class="meta">${s.published}: <xsl:call-template name="rfc822"><xsl:with-param name="date" select="pubDate"/></xsl:call-template><xsl:if test="atom:updated"> · ${s.updated}: <xsl:call-template name="rfc3339"><xsl:with-param name="date" select="atom:updated"/></xsl:call-template></xsl:if><xsl:for-each select="category"> · <xsl:value-of select="."/></xsl:for-each></p>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</xsl:when>
<xsl:otherwise><p>${s.empty}</p></xsl:otherwise>
</xsl:choose>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
