/**
 * A rehype plugin that removes headings and paragraphs with nothing to read
 * in them: a lone "#" line becomes `<h1></h1>`, an `&nbsp;` line or a pasted
 * `<p>&nbsp;</p>` an empty paragraph. Screen readers announce empty
 * headings ("heading level 1, blank") and the Nu HTML Checker flags them;
 * the page's layout gives the spacing an author tried to add.
 */

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements that are content even without text (an image with no alt is still a picture). */
const EMBEDDED = new Set(['img', 'picture', 'video', 'audio', 'svg', 'math', 'object', 'embed', 'iframe', 'canvas']);

/** Whitespace as a reader sees it: also no-break, narrow and zero-width spaces. */
const BLANK = /^[\s\u200B\u200C\u200D\u2060\uFEFF]*$/;

function hasContent(node: HastNode): boolean {
  if (node.type === 'text') return !BLANK.test(node.value ?? '');
  if (node.type !== 'element') return false;
  if (EMBEDDED.has(node.tagName ?? '')) return true;
  return (node.children ?? []).some(hasContent);
}

function prune(node: HastNode): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => !(child.type === 'element' && BLOCKS.has(child.tagName ?? '') && !hasContent(child)));
  node.children.forEach(prune);
}

/** Drops `<p>` and `<h1>`–`<h6>` elements that hold only whitespace, line breaks or nothing. */
export function rehypeDropEmptyBlocks() {
  return (tree: HastNode) => prune(tree);
}
