/**
 * A rehype plugin that fits the author's headings under the page's own
 * title. The page's `<h1>` is the release title, so a body's headings start
 * at `<h2>`; authors write `#`, `##` or `###` for a sub-heading as the mood
 * takes them, and a heading that skips a level (h1 → h3) confuses
 * screen-reader navigation and is an error for the Nu HTML Checker.
 */

interface HastNode {
  type: string;
  tagName?: string;
  children?: HastNode[];
}

const HEADING = /^h([1-6])$/;

function headings(node: HastNode, found: HastNode[] = []): HastNode[] {
  if (node.type === 'element' && HEADING.test(node.tagName ?? '')) found.push(node);
  else node.children?.forEach((child) => headings(child, found));
  return found;
}

/**
 * Renumbers headings: the author's levels keep their order (the highest one
 * used becomes h2, the next h3…), and no heading is more than one level
 * below the heading before it (the first is at most h2).
 */
export function rehypeNestHeadings() {
  return (tree: HastNode) => {
    const all = headings(tree);
    const levelOf = (node: HastNode) => Number(HEADING.exec(node.tagName ?? '')![1]);
    const used = [...new Set(all.map(levelOf))].sort((a, b) => a - b);
    let previous = 1;
    for (const node of all) {
      const level = Math.min(used.indexOf(levelOf(node)) + 2, previous + 1, 6);
      node.tagName = `h${level}`;
      previous = level;
    }
  };
}
