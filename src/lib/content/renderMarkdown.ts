import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkBreaks from 'remark-breaks';
import remarkRehype from 'remark-rehype';
import { type Processor, unified } from 'unified';
import { authorHref } from '../urls.ts';
import { rehypeDropEmptyBlocks } from './rehypeDropEmptyBlocks.ts';
import { rehypeNestHeadings } from './rehypeNestHeadings.ts';
import { tidyAuthorMarkdown } from './tidyAuthorMarkdown.ts';

/**
 * What a release body may contain: GitHub's allow-list (formatting, lists,
 * tables, images, links, footnotes) minus form controls, plus `tel:` links
 * for phone numbers. Scripts, styles, iframes, forms, event-handler
 * attributes and `javascript:` URLs never survive.
 */
export const releaseSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'),
  // Drop these with their contents, so CSS or code never shows up as text.
  strip: ['script', 'style', 'template', 'noscript'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
  },
};

type HastNode = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/** Calls `visit` on `node` and every node under it, parents first. */
function eachNode(node: HastNode, visit: (node: HastNode) => void): void {
  visit(node);
  node.children?.forEach((child) => eachNode(child, visit));
}

/**
 * The sanitizer prefixes every id with "user-content-" (so a body cannot
 * clobber the page's own ids such as "main"); this points in-page links such
 * as footnote references at the prefixed ids.
 */
function rehypePrefixFragmentLinks() {
  return (tree: HastNode) => {
    const ids = new Set<string>();
    const links: HastNode[] = [];
    eachNode(tree, (node) => {
      const id = node.properties?.id;
      if (typeof id === 'string') ids.add(id);
      if (node.tagName === 'a' && typeof node.properties?.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
    });
    for (const link of links) {
      const target = `${releaseSanitizeSchema.clobberPrefix ?? 'user-content-'}${String(link.properties?.href).slice(1)}`;
      if (ids.has(target) && link.properties) link.properties.href = `#${target}`;
    }
  };
}

/** Gives root-relative links and images in a body the site's base path. */
function rehypeBasePath(options: { basePath: string }) {
  return (tree: HastNode) => eachNode(tree, (node) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties?.[name];
      if (typeof value === 'string' && node.properties) node.properties[name] = authorHref(value, options.basePath);
    }
  });
}

/**
 * Makes each table reachable with the keyboard: a wide table scrolls
 * sideways inside its own box on a phone (global.css), and a box that
 * cannot take focus cannot be scrolled without a mouse (WCAG 2.1.1; axe
 * `scrollable-region-focusable`).
 */
function rehypeFocusableTables() {
  return (tree: HastNode) => eachNode(tree, (node) => {
    if (node.tagName === 'table') node.properties = { ...node.properties, tabIndex: 0 };
  });
}

/** The text of a node and everything under it. */
function textOf(node: HastNode & { value?: string }): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/**
 * Marks links whose text is their own address (a pasted URL): print.css
 * writes each link's address after it on paper, which for these would
 * print the address twice.
 */
function rehypeMarkAddressLinks() {
  return (tree: HastNode) => eachNode(tree, (node) => {
    const href = node.properties?.href;
    if (node.tagName !== 'a' || typeof href !== 'string') return;
    const text = textOf(node).trim();
    if (text !== '' && [href, href.replace(/^[a-z]+:(\/\/)?/i, '')].some((form) => form.replace(/\/$/, '') === text.replace(/\/$/, ''))) {
      const classes = Array.isArray(node.properties?.className) ? node.properties.className : [];
      node.properties = { ...node.properties, className: [...classes, 'address-link'] };
    }
  });
}

/**
 * No code blocks made by indentation: authors paste lines that begin with
 * spaces (an address block copied from a letter), which Markdown would show
 * as code in a typewriter font, its links dead. Code, when wanted, is
 * fenced with ```.
 */
function remarkNoIndentedCode(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
}

const pipeline = unified()
  .use(remarkParse)
  .use(remarkNoIndentedCode)
  .use(remarkGfm)
  // A line break the author typed stays a line break (an address, a pasted paragraph), instead of joining the lines.
  .use(remarkBreaks)
  // Raw HTML is parsed (not dropped) so the sanitizer can keep the safe part.
  // No prefix here: the sanitizer adds it once, to Markdown and HTML ids alike.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rehypeRaw)
  .use(rehypeSanitize, releaseSanitizeSchema)
  // After the sanitizer, so it also catches empty blocks left by removed markup.
  .use(rehypeDropEmptyBlocks)
  .use(rehypeNestHeadings)
  .use(rehypePrefixFragmentLinks)
  .use(rehypeFocusableTables)
  .use(rehypeMarkAddressLinks);

const processors = new Map<string, ReturnType<typeof createProcessor>>();

function createProcessor(basePath: string) {
  return pipeline().use(rehypeBasePath, { basePath }).use(rehypeStringify).freeze();
}

/** Bump when the output of `renderMarkdown` changes, so cached HTML is rendered again. */
export const RENDERER_VERSION = 8;

/**
 * Renders a Markdown body to sanitized HTML. Links to paths on this site
 * ("/en/about/") get `basePath`, so they work on a site served from a sub-folder.
 * The author's own end mark on the last line and lines of invisible spaces
 * are removed first (see tidyAuthorMarkdown), empty paragraphs and
 * headings are never emitted, and headings start at h2 under the page title.
 */
export function renderMarkdown(markdown: string, basePath = '/'): string {
  let processor = processors.get(basePath);
  if (!processor) {
    processor = createProcessor(basePath);
    processors.set(basePath, processor);
  }
  return String(processor.processSync(tidyAuthorMarkdown(markdown)));
}
