/**
 * The site's robots.txt: every page may be crawled (drafts and embargoed
 * releases are never built, so nothing needs hiding), and crawlers are told
 * where the sitemap is. Under a base path ("/press/") crawlers read only the
 * host's own /robots.txt: the file is written anyway, for the host's owner to
 * copy its Sitemap line (README, "Deploy").
 */

/** The text of robots.txt, naming the absolute address of the sitemap index. */
export function robotsTxt(sitemapIndexUrl: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapIndexUrl}`, ''].join('\n');
}
