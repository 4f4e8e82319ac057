/**
 * A release whose title, summary, dateline and body try to inject markup
 * must come out as text: no script, event handler, javascript: URL, iframe,
 * form or style survives in the page or its structured data.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';

const TITLE = 'Water & "Sanitation" <script>alert(1)</script></script><img src=x onerror=alert(2)>';
const SUMMARY = 'Summary with </script><script>alert(3)</script> & <b onclick="alert(4)">bold</b>';
const PAGE = '/en/releases/2026-06-01-hostile-input/';

let site: BuiltSite;
let page: CheerioAPI;

beforeAll(async () => {
  site = await buildSite('hostile');
  if (site.exitCode !== 0) throw new Error(site.output);
  page = site.page(PAGE);
});

describe('hostile release page', () => {
  it('shows the title and summary as literal text', () => {
    expect(page('h1').text()).toBe(TITLE);
    expect(page('.lede').text()).toContain(SUMMARY);
    expect(page('title').text()).toContain(TITLE);
    expect(page('meta[property="og:title"]').attr('content')).toBe(TITLE);
  });

  it('contains no executable script, only the JSON-LD data block', () => {
    const scripts = page('script');
    expect(scripts.map((_, script) => page(script).attr('type')).get()).toEqual(['application/ld+json']);
  });

  it('contains no event-handler attributes, javascript: URLs, iframes, forms, objects or styles', () => {
    const handlers = page('*').filter((_, element) => Object.keys('attribs' in element ? element.attribs : {}).some((name) => name.startsWith('on')));
    expect(handlers.length).toBe(0);
    expect(page('[href^="javascript:" i], [src^="javascript:" i]')).toHaveLength(0);
    expect(page('main iframe, main form, main input, main object, main style, main [style]')).toHaveLength(0);
    expect(page('.release-body').text()).not.toContain('display: none');
  });

  it('keeps the harmless parts of the body', () => {
    expect(page('.release-body strong').text()).toBe('bold');
    expect(page('.release-body img[alt="A photo"]').attr('src')).toBe('https://example.org/photo.jpg');
    expect(page('.release-body').text()).toContain('Paragraph with a handler');
  });

  it('escapes the JSON-LD so the title cannot close the script block, and it parses back to the literal title', () => {
    const block = page('script[type="application/ld+json"]');
    const raw = block.html() ?? '';
    expect(raw).not.toContain('<');
    const data = JSON.parse(raw);
    expect(data.headline).toBe(TITLE);
    expect(data.description).toBe(SUMMARY);
  });
});
