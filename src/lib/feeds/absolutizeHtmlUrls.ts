/**
 * Feed readers show a release body away from the site, where "/files/a.pdf",
 * "chart.png" or "#user-content-fn-1" would point nowhere. This rewrites every
 * URL attribute in already-sanitized body HTML to an absolute URL, resolved
 * the way a browser resolves it on the release page.
 */
import type { Element, Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';

/** hast property names that hold a single URL. */
const URL_PROPERTIES = ['href', 'src', 'cite', 'poster', 'longDesc'] as const;

function resolveUrl(value: string, pageUrl: string): string {
  const trimmed = value.trim();
  // mailto:, tel:, https: … are already absolute; only resolve what is relative.
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  return URL.canParse(trimmed, pageUrl) ? new URL(trimmed, pageUrl).href : trimmed;
}

function resolveSrcSet(value: unknown, pageUrl: string): string {
  const candidates: unknown[] = Array.isArray(value) ? value : String(value).split(',');
  return candidates
    .map((candidate) => {
      const [url = '', ...descriptors] = String(candidate).trim().split(/\s+/);
      return [resolveUrl(url, pageUrl), ...descriptors].join(' ');
    })
    .join(', ');
}

function rewriteElement(element: Element, pageUrl: string): void {
  for (const name of URL_PROPERTIES) {
    const value = element.properties[name];
    if (typeof value === 'string') element.properties[name] = resolveUrl(value, pageUrl);
  }
  if (element.properties.srcSet !== undefined) {
    element.properties.srcSet = resolveSrcSet(element.properties.srcSet, pageUrl);
  }
}

function walk(node: Nodes, pageUrl: string): void {
  if (node.type === 'element') rewriteElement(node, pageUrl);
  if ('children' in node) for (const child of node.children) walk(child, pageUrl);
}

// rehype-raw parses a `raw` node with parse5 (the HTML parser browsers'
// algorithm is specified by), so no regular expression ever touches markup.
const processor = unified().use(rehypeRaw).use(rehypeStringify).freeze();

/**
 * One release appears in its language feed and in every tag and type feed it
 * belongs to: remember each result so its body is parsed once per build.
 */
const cache = new Map<string, string>();

/** Returns `html` with every link, image and citation URL made absolute against `pageUrl`. */
export function absolutizeHtmlUrls(html: string, pageUrl: string): string {
  const key = `${pageUrl}\u0000${html}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = absolutize(html, pageUrl);
  cache.set(key, result);
  return result;
}

function absolutize(html: string, pageUrl: string): string {
  const input = { type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root;
  const tree = processor.runSync(input) as Root;
  walk(tree, pageUrl);
  return processor.stringify(tree);
}
