import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/content/renderMarkdown.ts';

describe('renderMarkdown', () => {
  it('keeps footnote links pointing at their footnotes', () => {
    const page = load(renderMarkdown('A claim.[^1]\n\n[^1]: The source.'));
    const reference = page('a[data-footnote-ref]').attr('href') ?? '';
    expect(reference).toMatch(/^#user-content-/);
    expect(page(`[id="${reference.slice(1)}"]`)).toHaveLength(1);
    const back = page('a[data-footnote-backref]').attr('href') ?? '';
    expect(page(`[id="${back.slice(1)}"]`)).toHaveLength(1);
  });

  it('prefixes ids from raw HTML so they cannot replace the page\'s own ids', () => {
    const page = load(renderMarkdown('<p id="main">x</p>'));
    expect(page('#main')).toHaveLength(0);
    expect(page('#user-content-main')).toHaveLength(1);
  });

  it('keeps tables, links and Kyrgyz text, drops scripts and handlers', () => {
    const page = load(renderMarkdown('Өң **Үй** [site](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>x()</script><b onclick="y()">z</b>'));
    expect(page('strong').text()).toBe('Үй');
    expect(page('table td')).toHaveLength(2);
    expect(page('a').attr('href')).toBe('https://example.org');
    expect(page('script')).toHaveLength(0);
    expect(page('b').attr('onclick')).toBeUndefined();
  });

  it('gives links and images to paths on this site the base path, and leaves other links alone', () => {
    const page = load(renderMarkdown('[a](/en/about/) [b](https://example.org/x) [c](#top) ![d](/images/p.jpg)', '/newsroom/'));
    expect(page('a').map((_, link) => page(link).attr('href')).get()).toEqual(['/newsroom/en/about/', 'https://example.org/x', '#top']);
    expect(page('img').attr('src')).toBe('/newsroom/images/p.jpg');
    expect(load(renderMarkdown('[a](/en/about/)'))('a').attr('href')).toBe('/en/about/');
  });
});
