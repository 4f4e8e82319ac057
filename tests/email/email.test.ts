/**
 * `npm run email` on the presskit fixture: each .eml parsed with a real MIME
 * parser (mailparser), the HTML part with cheerio and in Chromium at 600 px.
 * An embargoed release carries the embargo line before the embargo and not
 * after; a draft is refused.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { simpleParser, type ParsedMail } from 'mailparser';
import { launchChromium } from '../../scripts/lib/launchChromium.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, run } from '../helpers/buildSite.ts';

const FIXTURE = join(projectRoot, 'tests', 'fixtures', 'presskit');
const HEARING = '2026-11-30-budget-hearing';
const SURVEY = '2026-10-05-glacier-survey';
const KY_TITLE = 'Бюджеттик угуу: Өзгөн, Үч-Коргон жана Ноокат үчүн суу чыгымдары';
const EN_TITLE = 'Budget hearing: water spending for Özgön, Üch-Korgon and Nookat';
const EN_EMBARGO = 'EMBARGOED UNTIL 1 December 2026, 09:00 Bishkek time (03:00 UTC)';

/** Runs `npm run email` into a fresh folder; returns the folder, exit code and output. */
async function email(args: string[], env: Record<string, string> = {}) {
  const out = mkdtempSync(join(tmpdir(), 'newsroom-outbox-'));
  const result = await run('node', ['scripts/email.ts', ...args, '--out', out], { CONTENT_ROOT: FIXTURE, BUILD_NOW: '2026-11-22T12:00:00+06:00', ...env });
  return { out, ...result };
}

const parse = (path: string): Promise<ParsedMail> => simpleParser(readFileSync(path));

/** Every URL the HTML part links to or loads. */
function urlsOf(html: string): string[] {
  const $ = load(html);
  return [...$('a[href]').map((_, element) => $(element).attr('href')).get(), ...$('img[src]').map((_, element) => $(element).attr('src')).get()];
}

describe('an embargoed advisory before its embargo (BUILD_NOW 2026-11-22)', () => {
  let out: string;
  let ky: ParsedMail;
  let en: ParsedMail;
  beforeAll(async () => {
    const result = await email([HEARING]);
    if (result.exitCode !== 0) throw new Error(result.output);
    out = join(result.out, HEARING);
    [ky, en] = await Promise.all([parse(join(out, 'ky.eml')), parse(join(out, 'en.eml'))]);
  });

  it('writes .eml, .html and .txt for each translation', () => {
    expect(readdirSync(out).sort()).toEqual(['en.eml', 'en.html', 'en.txt', 'ky.eml', 'ky.html', 'ky.txt']);
  });

  it('is one multipart/alternative message with a text and an HTML part, nothing attached', () => {
    for (const mail of [ky, en]) {
      const type = mail.headers.get('content-type') as { value: string };
      expect(type.value).toBe('multipart/alternative');
      expect(mail.text?.length).toBeGreaterThan(100);
      expect(typeof mail.html).toBe('string');
      expect(mail.attachments).toEqual([]);
    }
  });

  it('is a draft without recipients (X-Unsent: 1, no To)', () => {
    for (const mail of [ky, en]) {
      expect(mail.headers.get('x-unsent')).toBe('1');
      expect(mail.to).toBeUndefined();
    }
  });

  it('starts the subject and both parts with the embargo, in the release language', () => {
    expect(en.subject).toBe(`${EN_EMBARGO} — ${EN_TITLE}`);
    expect(en.text?.split('\n')[0]).toBe(EN_EMBARGO);
    // What a reader sees first (the hidden preheader, shown beside the subject in inbox lists, left out).
    const $ = load(en.html as string);
    $('[style*="display:none"]').remove();
    expect($('body').text().trim().startsWith(EN_EMBARGO)).toBe(true);
    expect(ky.subject).toMatch(/^ЭМБАРГО\. .*1-декабрь, 2026-жыл, 09:00 Бишкек убактысы боюнча \(03:00 UTC\)/);
    expect(ky.subject?.endsWith(KY_TITLE)).toBe(true);
    expect(ky.text?.split('\n')[0]).toBe(ky.subject?.slice(0, -` — ${KY_TITLE}`.length));
  });

  it('gives the page address as "online from" the embargo', () => {
    expect(en.text).toContain('Online from 1 December 2026, 09:00 Bishkek time (03:00 UTC): https://newsroom.example.org/en/releases/2026-11-30-budget-hearing/');
    expect(en.text).not.toContain('For immediate release');
  });

  it('carries the event in both zones with a calendar link', () => {
    expect(en.text).toContain('Thursday, 3 December 2026, 11:00–12:30 Bishkek time (GMT+6)');
    expect(en.text).toContain('06:00–07:30 Central European Time (GMT+1)');
    expect(urlsOf(en.html as string)).toContain('https://newsroom.example.org/en/releases/2026-11-30-budget-hearing.ics');
    // The .ics file is built with the page, at the embargo: its link says so.
    const $ = load(en.html as string);
    expect($('a[href$="budget-hearing.ics"]').text()).toBe('Add to calendar (.ics): Online from 1 December 2026, 09:00 Bishkek time (03:00 UTC)');
  });

  it('gives the event\'s facts the width of a phone screen, each under its label (Kyrgyz, 360 px)', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
      await page.route('**/*', (route) => route.abort());
      await page.setContent(ky.html as string);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // Each fact is a paragraph whose first line is its label; beside a label column they were squeezed into about 150 px.
      const facts = await page.evaluate(() => [...document.querySelectorAll('p')]
        .filter((paragraph) => paragraph.firstElementChild?.tagName === 'STRONG' && getComputedStyle(paragraph.firstElementChild).display === 'block')
        .map((paragraph) => ({ label: paragraph.firstElementChild!.textContent, width: paragraph.getBoundingClientRect().width })));
      expect(facts.map((fact) => fact.label)).toContain('Дареги');
      for (const fact of facts) expect(fact.width, fact.label ?? '').toBeGreaterThanOrEqual(270);
    } finally {
      await browser.close();
    }
  });
});

describe('the same advisory after its embargo (BUILD_NOW 2026-12-02)', () => {
  it('has no embargo line, and the title alone as subject', async () => {
    const result = await email([HEARING, '--lang', 'ky'], { BUILD_NOW: '2026-12-02T09:00:00+06:00' });
    expect(result.exitCode, result.output).toBe(0);
    expect(readdirSync(join(result.out, HEARING)).sort()).toEqual(['ky.eml', 'ky.html', 'ky.txt']);
    const mail = await parse(join(result.out, HEARING, 'ky.eml'));
    expect(mail.subject).toBe(KY_TITLE);
    expect(mail.text).not.toContain('ЭМБАРГО');
    expect(mail.html).not.toContain('ЭМБАРГО');
    expect(mail.text).toContain('Сайттан окуу: https://newsroom.example.org/ky/releases/2026-11-30-budget-hearing/');
  });
});

describe('a public release on a site in a sub-folder', () => {
  let mail: ParsedMail;
  beforeAll(async () => {
    const result = await email([`content/releases/${SURVEY}/`, '--lang', 'en'], { SITE_URL: 'https://ngo.example.org', BASE_PATH: '/newsroom/' });
    if (result.exitCode !== 0) throw new Error(result.output);
    mail = await parse(join(result.out, SURVEY, 'en.eml'));
  });

  it('links only to absolute addresses with the base path, and has no script', () => {
    const $ = load(mail.html as string);
    expect($('script, iframe, form, object, embed').length).toBe(0);
    expect($('*').filter((_, element) => Object.keys((element as { attribs: Record<string, string> }).attribs).some((name) => name.startsWith('on'))).length).toBe(0);
    const urls = urlsOf(mail.html as string);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url).toMatch(/^(https:\/\/|mailto:|tel:)/);
    expect(urls).toContain('https://ngo.example.org/newsroom/files/glacier-report.pdf');
    expect(urls).toContain('https://ngo.example.org/newsroom/images/glacier.jpg');
    // Further photos are links, not images, to keep the message light.
    expect(urls).toContain('https://ngo.example.org/newsroom/images/glacier-camp.jpg');
    expect(load(mail.html as string)('img').map((_, img) => load(mail.html as string)(img).attr('src')).get()).toEqual(['https://ngo.example.org/newsroom/images/glacier.jpg']);
    expect(urls).toContain('https://ngo.example.org/newsroom/en/releases/2026-10-05-glacier-survey/');
  });

  it('carries the whole release in the text part: lede, body, end mark, contacts, boilerplate, photo credits', () => {
    const text = mail.text ?? '';
    const order = [
      'PRESS RELEASE · For immediate release', mail.subject ?? '', 'Bishkek, 5 October 2026 — A field survey',
      'Photo: Aida Sultanova / Glacier Watch · Licence: CC BY 4.0', 'Why it matters for families downstream',
      '1. Fund a permanent network', 'Full survey report (English): https://ngo.example.org/newsroom/files/glacier-report.pdf',
      '###', 'Жылдыз Өмүрбекова, Press officer', 'Phone: +996 555 202 303', 'ABOUT GLACIER WATCH',
      'Read this release online: https://ngo.example.org/newsroom/en/releases/2026-10-05-glacier-survey/',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0), order.filter((_, index) => positions[index]! < 0).join(' | ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(mail.subject).toBe('Glacier survey: Golubin glacier lost 14 metres of ice in five years');
  });

  it('renders 600 px wide in Chromium without sideways scrolling', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 600, height: 900 } });
      // Offline, as a mail client that blocks remote images shows it: the alt text stands in for the photo.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(mail.html as string);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
      expect(await page.locator('h1').innerText()).toBe(mail.subject);
      await page.screenshot({ path: join(tmpdir(), 'newsroom-email-600.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe('a release whose texts try to inject markup (hostile fixture)', () => {
  it('keeps title, summary and dateline as text and the body sanitized: no script, handler, javascript: link, iframe or form', async () => {
    const result = await email(['2026-06-01-hostile-input', '--lang', 'en'], { CONTENT_ROOT: join(projectRoot, 'tests', 'fixtures', 'hostile') });
    expect(result.exitCode, result.output).toBe(0);
    const mail = await parse(join(result.out, '2026-06-01-hostile-input', 'en.eml'));
    const $ = load(mail.html as string);
    expect($('script, iframe, form, input, svg').length).toBe(0);
    expect($('*').filter((_, element) => Object.keys((element as { attribs: Record<string, string> }).attribs).some((name) => name.startsWith('on'))).length).toBe(0);
    expect(urlsOf(mail.html as string).filter((url) => /^\s*javascript:/i.test(url))).toEqual([]);
    expect($('h1').text()).toBe('Water & "Sanitation" <script>alert(1)</script></script><img src=x onerror=alert(2)>');
    expect(mail.subject).toBe($('h1').text());
    expect(mail.text).toContain('<svg onload=alert(5)>, ');
  });
});

describe('what is refused', () => {
  it('refuses a draft and says why', async () => {
    const result = await email(['2026-11-10-draft-note']);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('is a draft ("draft: true"), so it is not sent');
    expect(readdirSync(result.out)).toEqual([]);
  });

  it('suggests the folder meant when the name has a typo', async () => {
    const result = await email(['2026-10-05-glacier-survy']);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('did you mean "2026-10-05-glacier-survey"?');
  });

  it('names the languages a release has when another is asked for', async () => {
    const result = await email([HEARING, '--lang', 'ru']);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('has no ru.md (it exists in ky, en)');
  });
});

describe('the site address', () => {
  it('is named when it is still the example, since every link in the e-mail would point there', async () => {
    const example = await email([HEARING, '--lang', 'en']);
    expect(example.exitCode, example.output).toBe(0);
    expect(example.output).toContain('! The site address is still the example https://newsroom.example.org: every link in these e-mails will point there.');
    const real = await email([HEARING, '--lang', 'en'], { SITE_URL: 'https://press.ngo.kg' });
    expect(real.output).not.toContain('still the example');
  });
});
