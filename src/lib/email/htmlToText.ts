/**
 * A release body (sanitized HTML from the Markdown pipeline) as plain text
 * for the text part of an e-mail and the press kit: paragraphs separated by a
 * blank line, list items with "- " or "1. ", quotes with "> ", links as
 * "words (address)". The HTML is parsed with parse5 through rehype-raw (the
 * same parser the feeds use), never with regular expressions.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';

const processor = unified().use(rehypeRaw).freeze();

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'table', 'hr', 'section', 'div', 'figure', 'dl']);

type Node = Root | RootContent | ElementContent;

/** The text of an inline run: words, links with their address, line breaks. */
function inline(node: Node, pageUrl: string): string {
  if (node.type === 'text') return node.value.replace(/\s+/g, ' ');
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    if (node.tagName === 'br') return '\n';
    if (node.tagName === 'img') return `[${String(node.properties.alt ?? '')}]`;
    if (node.tagName === 'sup') return `[${node.children.map((child) => inline(child, pageUrl)).join('').trim()}]`;
  }
  const words = node.children.map((child) => inline(child, pageUrl)).join('');
  if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
    const raw = node.properties.href;
    // In-page links (footnote references and back-links) mean nothing in a mailbox.
    if (raw.startsWith('#')) return words.replace('↩', '');
    const href = new URL(raw, pageUrl).href;
    // An address written out as the link's words ("https://example.org", "press@example.org") is said once, as written.
    const shown = words.trim();
    if ([href, href.replace(/\/$/, ''), href.replace(/^(mailto|tel):/, '')].includes(shown)) return words;
    return `${words} (${href})`;
  }
  return words;
}

/** Lines of one block element, without surrounding blank lines. */
function block(node: Node, pageUrl: string): string[] {
  if (node.type !== 'element') return [inline(node, pageUrl).trim()].filter(Boolean);
  const children = node.children;
  switch (node.tagName) {
    case 'hr': return ['* * *'];
    case 'pre': return [children.map((child) => (child.type === 'text' ? child.value : inline(child, pageUrl))).join('').replace(/\n$/, '')];
    case 'ul':
    case 'ol': {
      const items = children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
      return items.flatMap((item, index) => {
        const marker = node.tagName === 'ol' ? `${index + 1}. ` : '- ';
        const lines = blocks(item, pageUrl).join('\n').split('\n');
        return lines.map((line, lineIndex) => (lineIndex === 0 ? marker : ' '.repeat(marker.length)) + line);
      });
    }
    case 'blockquote': return blocks(node, pageUrl).join('\n\n').split('\n').map((line) => (line ? `> ${line}` : '>'));
    case 'table': {
      const rows: string[] = [];
      const visit = (child: ElementContent) => {
        if (child.type !== 'element') return;
        if (child.tagName === 'tr') rows.push(child.children.filter((cell) => cell.type === 'element').map((cell) => inline(cell, pageUrl).trim()).join(' | '));
        else child.children.forEach(visit);
      };
      children.forEach(visit);
      return rows;
    }
    default:
      if (children.some((child) => child.type === 'element' && BLOCKS.has(child.tagName))) return blocks(node, pageUrl);
      return inline(node, pageUrl).split('\n').map((line) => line.trim()).filter((line, index, lines) => line !== '' || (index > 0 && index < lines.length - 1));
  }
}

/** Paragraphs of a container: each block child, and runs of inline children, as their own paragraph. */
function blocks(node: Root | Element, pageUrl: string): string[] {
  const paragraphs: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = run.map((child) => inline(child, pageUrl)).join('').trim();
    if (text) paragraphs.push(text);
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'element' && BLOCKS.has(child.tagName)) {
      flush();
      const lines = block(child, pageUrl);
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
    } else run.push(child);
  }
  flush();
  return paragraphs;
}

/** Converts body HTML to plain text; relative links are resolved against `pageUrl`. */
export function htmlToText(html: string, pageUrl: string): string {
  const tree = processor.runSync({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root) as Root;
  return blocks(tree, pageUrl).join('\n\n');
}
