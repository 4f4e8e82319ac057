/**
 * Habits of real authors, in a release written the way press officers write:
 * the Kyrgyz file saved by Windows Notepad (byte-order mark, CRLF) from text
 * pasted out of Word (lines of no-break spaces) ending with "###", the
 * Russian one ending with "- 30 -", the English one with a stray "#" line and
 * an "&nbsp;" paragraph; a date without a time. The page shows one end mark
 * of its own and no empty paragraph or heading, and so does the feed.
 */
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { readFeed } from '../feeds/readFeed.ts';

const RELEASE = '2026-03-02-school-water';
const PARAGRAPHS = {
  ky: ['Он эки мектепке таза суу түтүгү тартылды.', 'Долбоорго 3 400 окуучу кирди, алардын жарымы кыздар.', 'Күзүндө дагы алты мектеп кошулат.'],
  ru: ['К двенадцати школам проведён водопровод.', 'В проекте участвуют 3 400 учеников, половина из них — девочки.', 'Осенью подключат ещё шесть школ.'],
  en: ['Twelve schools now have running water.', 'The project reaches 3,400 pupils, half of them girls.', 'Six more schools join in the autumn.'],
};
const LANGS = Object.keys(PARAGRAPHS) as (keyof typeof PARAGRAPHS)[];
/** Whitespace as a reader sees it, including no-break and zero-width spaces. */
const BLANK = /^[\s\u200B\uFEFF]*$/;

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('authoring');
  if (site.exitCode !== 0) throw new Error(site.output);
});

/** Paragraphs and headings of `root` with no text and no image. */
function emptyBlocks(page: CheerioAPI, root: string): string[] {
  return page(`${root} p, ${root} :header`)
    .filter((_, element) => BLANK.test(page(element).text()) && page(element).find('img').length === 0)
    .map((_, element) => page.html(element))
    .get();
}

describe.each(LANGS)('the %s page of a release written with authors\' habits', (lang) => {
  it('ends with exactly one end mark, the page\'s own, after the author\'s last paragraph', () => {
    const page = site.page(`/${lang}/releases/${RELEASE}/`);
    expect(page('.end-mark')).toHaveLength(1);
    expect(page('.release-body p').map((_, p) => page(p).text()).get()).toEqual(PARAGRAPHS[lang]);
    expect(page('.release-body').text()).not.toMatch(/###|30|END/);
  });

  it('has no empty paragraph or heading, and its sub-heading sits under the title', () => {
    const page = site.page(`/${lang}/releases/${RELEASE}/`);
    expect(emptyBlocks(page, 'main')).toEqual([]);
    expect(page('h1')).toHaveLength(1);
    expect(page('.release-body :header').map((_, heading) => heading.tagName).get()).toEqual(lang === 'ru' ? [] : ['h2']);
  });

  it('dates the release 2 March 2026 from its date-only front-matter', () => {
    const time = site.page(`/${lang}/releases/${RELEASE}/`)('.lede time');
    expect(time.attr('datetime')).toBe('2026-03-02');
    expect(time.text()).toMatch(/\b2\b/);
  });

  it('carries the same clean body in the feed', () => {
    const item = readFeed(site.file(`${lang}/rss.xml`)).items?.[0];
    const body = load(item?.content?.encoded ?? '');
    expect(body('p').map((_, p) => body(p).text()).get()).toEqual(expect.arrayContaining(PARAGRAPHS[lang]));
    expect(body.text()).not.toMatch(/###|- 30 -/);
    expect(emptyBlocks(body, 'body')).toEqual([]);
  });
});
