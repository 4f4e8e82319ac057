import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

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

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // Raw HTML is parsed (not dropped) so the sanitizer can keep the safe part.
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, releaseSanitizeSchema)
  .use(rehypeStringify)
  .freeze();

/** Renders a Markdown body to sanitized HTML. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
