import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/content/renderMarkdown.ts';
import { tidyAuthorMarkdown } from '../../src/lib/content/tidyAuthorMarkdown.ts';

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
    // A wide table scrolls in its own box on a phone: it takes focus, so the keyboard can scroll it.
    expect(page('table').attr('tabindex')).toBe('0');
    expect(page('a').attr('href')).toBe('https://example.org');
    expect(page('script')).toHaveLength(0);
    expect(page('b').attr('onclick')).toBeUndefined();
  });

  it('keeps text pasted one paragraph per line as the author laid it out: lines, a list that ends, an indented address', () => {
    const pasted = 'Первый абзац.\nВторой абзац.\n\n· Пункт один;\n· Пункт два.\nАбзац после списка.\n\nДелегация ЕС\n     E-mail: delegation@eeas.europa.eu\n\n```\n    code stays\n```\n';
    const page = load(renderMarkdown(tidyAuthorMarkdown(pasted)));
    // Lines stay lines, not one run-on paragraph.
    expect(page('p').first().html()).toBe('Первый абзац.<br>\nВторой абзац.');
    // The list ends where the bullets end: the next line is a paragraph, not part of the last item.
    expect(page('li').map((_, item) => page(item).text()).get()).toEqual(['Пункт один;', 'Пункт два.']);
    expect(page('ul + p').text()).toBe('Абзац после списка.');
    // Indented lines are text with a working link, not code; fenced code stays code.
    expect(page('a[href="mailto:delegation@eeas.europa.eu"]')).toHaveLength(1);
    expect(page('pre code').text()).toBe('    code stays\n');
  });

  it('marks links that show their own address, which print does not repeat, and only those', () => {
    const page = load(renderMarkdown('See https://example.org/report.pdf, <https://example.org/x/>, [example.org/y](https://example.org/y) and [the report](https://example.org/z).'));
    expect(page('a').map((_, link) => `${page(link).text()}:${page(link).hasClass('address-link')}`).get()).toEqual([
      'https://example.org/report.pdf:true', 'https://example.org/x/:true', 'example.org/y:true', 'the report:false',
    ]);
  });

  it('gives links and images to paths on this site the base path, and leaves other links alone', () => {
    const page = load(renderMarkdown('[a](/en/about/) [b](https://example.org/x) [c](#top) ![d](/images/p.jpg)', '/newsroom/'));
    expect(page('a').map((_, link) => page(link).attr('href')).get()).toEqual(['/newsroom/en/about/', 'https://example.org/x', '#top']);
    expect(page('img').attr('src')).toBe('/newsroom/images/p.jpg');
    expect(load(renderMarkdown('[a](/en/about/)'))('a').attr('href')).toBe('/en/about/');
  });
});

describe('the author\'s own end mark and text pasted from Word', () => {
  const blocks = (html: string) => {
    const page = load(html);
    return page('body > *').map((_, element) => `${element.tagName}:${page(element).text()}`).get();
  };

  it.each([
    '###', '# # #', '\\#\\#\\#', '#####', '-30-', '- 30 -', '–30–', '— 30 —', '- END -', '-END-', 'END', 'end', 'End',
    '-ENDS-', '- ends -', '[END]', '***', '* * *', '**###**', '**-30-**', '\u00a0###\u00a0', '#\u00a0#\u00a0#',
  ])('drops "%s" on the last line', (mark) => {
    expect(blocks(renderMarkdown(`First paragraph.\n\nLast paragraph.\n\n${mark}\n`))).toEqual(['p:First paragraph.', 'p:Last paragraph.']);
  });

  it('drops the end mark when blank lines and lines of invisible spaces follow it, or when it follows the text directly', () => {
    expect(blocks(renderMarkdown('Text.\n\n###\n\n\u00a0\n \t\u202f\n\u2007\u200b\ufeff\n\n'))).toEqual(['p:Text.']);
    expect(blocks(renderMarkdown('Text.\n###'))).toEqual(['p:Text.']);
    expect(blocks(renderMarkdown('Text.\n-30-'))).toEqual(['p:Text.']);
  });

  it('makes a list of lines pasted with Word\'s bullets (·, •, U+F0B7), even right under a paragraph', () => {
    const html = renderMarkdown('Темы исследований:\n· Зелёные навыки и трудовая миграция;\n· Права женщин в системе пробации.\n\nКыргызча:\n\n\uF0B7\tӨнүгүү\n\u2022\u00A0Үй-бүлө\n');
    const page = load(html);
    expect(page('ul').first().find('li').map((_, item) => page(item).text()).get()).toEqual(['Зелёные навыки и трудовая миграция;', 'Права женщин в системе пробации.']);
    expect(page('ul').eq(1).find('li').map((_, item) => page(item).text()).get()).toEqual(['Өнүгүү', 'Үй-бүлө']);
    expect(page('p').first().text()).toBe('Темы исследований:');
  });

  it('leaves a middle dot inside a line and lines in a code block alone', () => {
    const page = load(renderMarkdown('Бишкек · Ош\n\n```\n· not a list\n```\n'));
    expect(page('ul')).toHaveLength(0);
    expect(page('p').text()).toBe('Бишкек · Ош');
    expect(page('code').text()).toBe('· not a list\n');
  });

  it('reads Windows line endings', () => {
    expect(blocks(renderMarkdown('One.\r\n\u00a0\r\nTwo.\r\n\r\n- 30 -\r\n\u00a0\r\n'))).toEqual(['p:One.', 'p:Two.']);
  });

  it('keeps end-mark-like text that is not alone on the last line, and real headings', () => {
    expect(blocks(renderMarkdown('### Background\n\nText.\n\n###\n\nNotes to editors.'))).toEqual(['h2:Background', 'p:Text.', 'p:Notes to editors.']);
    expect(blocks(renderMarkdown('The mark is -30-.'))).toEqual(['p:The mark is -30-.']);
    expect(blocks(renderMarkdown('Text.\n\nThe end'))).toEqual(['p:Text.', 'p:The end']);
    expect(blocks(renderMarkdown('Text.\n\n30'))).toEqual(['p:Text.', 'p:30']);
    expect(blocks(renderMarkdown('The campaign runs until the\nend'))).toEqual(['p:The campaign runs until the\nend']);
    expect(blocks(renderMarkdown('Text.\nEND'))).toEqual(['p:Text.\nEND']);
  });

  it('never emits an empty heading, wherever the lone # is', () => {
    const html = renderMarkdown('#\n\nOne.\n\n##\n\nTwo.\n\n# \u00a0\n\n<h2> </h2>\n\nThree.');
    expect(blocks(html)).toEqual(['p:One.', 'p:Two.', 'p:Three.']);
    expect(html).not.toMatch(/<h\d/);
  });

  it('treats lines of no-break, narrow, figure and zero-width spaces as blank lines, not paragraphs', () => {
    const html = renderMarkdown('One.\n\u00a0\nTwo.\n\u00a0\u00a0\u202f\nThree.\n\u2007\u200b\nFour.\n\n&nbsp;\n\n<p>&nbsp;</p>\n\n<p></p>');
    expect(blocks(html)).toEqual(['p:One.', 'p:Two.', 'p:Three.', 'p:Four.']);
  });

  it('keeps images in a paragraph without text', () => {
    expect(load(renderMarkdown('![](/photo.jpg)'))('p img')).toHaveLength(1);
  });
});

describe('headings in a body', () => {
  const levels = (markdown: string) => {
    const page = load(renderMarkdown(markdown));
    return page(':header').map((_, heading) => `${heading.tagName}:${page(heading).text()}`).get();
  };

  it('start at h2 under the page title and never skip a level', () => {
    expect(levels('### Background\n\nText.\n\n##### Detail')).toEqual(['h2:Background', 'h3:Detail']);
    expect(levels('# Part\n\n## Sub\n\n# Part two')).toEqual(['h2:Part', 'h3:Sub', 'h2:Part two']);
    expect(levels('#### Deep first\n\n# Top')).toEqual(['h2:Deep first', 'h2:Top']);
    expect(levels('<h5>Raw</h5>\n\n## Markdown\n\n###### Six')).toEqual(['h2:Raw', 'h2:Markdown', 'h3:Six']);
  });
});
