/**
 * Every kind of authoring mistake must stop `npm run validate` with a message
 * naming the file, line and field, and saying how to fix it.
 */
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/buildSite.ts';
import { contentFixture, markdown } from '../helpers/contentFixture.ts';

const RELEASE = 'releases/2026-03-14-water-forum/en.md';
const FILLER = 'releases/2025-06-01-filler-news-01/en.md';
const OTHER_FILLER = 'releases/2025-06-02-filler-news-02/en.md';
/** A filler release (one language, so no translation disagrees) with `extra` lines at line 7. */
const filler = (number: string, extra: string) => markdown(`title: "Filler news item ${number}"\nsummary: Older news item.\ntype: news\ndate: "2025-06-${number}"\norganization: beta-ngo\n${extra}`);
const ADVISORY = 'releases/2026-04-01-youth-briefing/en.md';

const VALID = `
title: "A valid title"
summary: A valid summary.
type: press-release
date: "2026-03-14"
organization: alpha-ngo
tags: [water]`;

function validate(root: string, extra: string[] = []) {
  return run('node', ['scripts/validate.ts', '--root', root, ...extra], {});
}

interface Case {
  name: string;
  changes: Record<string, string | null>;
  /** Expected `file:line` prefix of the problem line. */
  location: string;
  field: string;
  /** Words that must appear in the problem or fix. */
  mentions: string[];
}

const cases: Case[] = [
  {
    name: 'a missing required field',
    changes: { [RELEASE]: markdown(VALID.replace('summary: A valid summary.\n', '')) },
    location: `content/${RELEASE}:1`, field: 'summary', mentions: ['required but missing', 'add a line "summary: …"'],
  },
  {
    name: 'an unknown type, listing the allowed ones',
    changes: { [RELEASE]: markdown(VALID.replace('type: press-release', 'type: press-relase')) },
    location: `content/${RELEASE}:4`, field: 'type', mentions: ['"press-relase" is not allowed', 'press-release, media-advisory, statement, news'],
  },
  {
    name: 'a date that is not a real date',
    changes: { [RELEASE]: markdown(VALID.replace('"2026-03-14"', '"2026-02-30"')) },
    location: `content/${RELEASE}:5`, field: 'date', mentions: ['not a real calendar date'],
  },
  {
    name: 'a date in a local format',
    changes: { [RELEASE]: markdown(VALID.replace('"2026-03-14"', '14.03.2026')) },
    location: `content/${RELEASE}:5`, field: 'date', mentions: ['is written day first', 'write "2026-03-14"'],
  },
  {
    name: 'a media advisory without an event',
    changes: { [RELEASE]: markdown(VALID.replace('type: press-release', 'type: media-advisory')) },
    location: `content/${RELEASE}:1`, field: 'event', mentions: ['needs an event block'],
  },
  {
    name: 'an event that ends before it starts',
    changes: {
      [RELEASE]: markdown(`${VALID.replace('type: press-release', 'type: media-advisory')}
event:
  start: "2026-04-01T11:30"
  end: "2026-04-01T10:30"`),
    },
    location: `content/${RELEASE}:10`, field: 'event.end', mentions: ['ends before it starts'],
  },
  {
    name: 'an unknown tag, suggesting the closest known one',
    changes: { [RELEASE]: markdown(VALID.replace('tags: [water]', 'tags:\n  - watr')) },
    location: `content/${RELEASE}:8`, field: 'tags', mentions: ['"watr" is not a known tag', 'did you mean "water"'],
  },
  {
    name: 'tags separated by commas but not written as a list',
    changes: { [RELEASE]: markdown(VALID.replace('tags: [water]', 'tags: water, youth')) },
    location: `content/${RELEASE}:7`, field: 'tags', mentions: ['is read as one tag', 'tags: [water, youth]'],
  },
  {
    name: 'an unknown organisation, suggesting the closest known one',
    changes: { [RELEASE]: markdown(VALID.replace('organization: alpha-ngo', 'organization: alfa-ngo')) },
    location: `content/${RELEASE}:6`, field: 'organization', mentions: ['"alfa-ngo" is not a known organisation', 'did you mean "alpha-ngo"'],
  },
  {
    name: 'malformed YAML, with its line',
    changes: { [RELEASE]: markdown(`${VALID}\ndateline: [Bishkek\nupdated: "2026-03-15"`) },
    location: `content/${RELEASE}:`, field: '(front-matter)', mentions: ['a list opened with "[" is not closed with "]"'],
  },
  {
    name: 'a title with ": " that is not in quotes',
    changes: { [RELEASE]: markdown(VALID.replace('title: "A valid title"', 'title: Суу форуму: Өзгөн')) },
    location: `content/${RELEASE}:2`, field: '(front-matter)', mentions: ['contains ": "', 'title: "Суу форуму: Өзгөн"'],
  },
  {
    name: 'quotation marks that end a value early',
    changes: { [RELEASE]: markdown(VALID.replace('title: "A valid title"', 'title: "Таза суу" коалициясы')) },
    location: `content/${RELEASE}:2`, field: '(front-matter)', mentions: ['end the value too early', 'title: "«Таза суу» коалициясы"'],
  },
  {
    name: 'quotation marks inside a quoted value, with a rewrite that does not keep the outer quotes',
    changes: { [RELEASE]: markdown(VALID.replace('title: "A valid title"', 'title: "Глава структуры "ООН-Женщины" в КР"')) },
    location: `content/${RELEASE}:2`, field: '(front-matter)', mentions: ['title: "Глава структуры «ООН-Женщины» в КР"', `title: 'Глава структуры "ООН-Женщины" в КР')`],
  },
  {
    name: 'a tab used for indentation',
    changes: { [RELEASE]: markdown(`${VALID}\ncontacts:\n\t- name: Aida`) },
    location: `content/${RELEASE}:9`, field: '(front-matter)', mentions: ['indented with a tab', 'two spaces'],
  },
  {
    name: 'a misspelt required field, reported once',
    changes: { [RELEASE]: markdown(VALID.replace('summary:', 'sumary:')) },
    location: `content/${RELEASE}:3`, field: '(front-matter)', mentions: ['unknown field "sumary" (did you mean "summary"?)'],
  },
  {
    name: 'a phone number without quotes',
    changes: { [RELEASE]: markdown(`${VALID}\ncontacts:\n  - name: Aida\n    phone: +996555010203`) },
    location: `content/${RELEASE}:10`, field: 'contacts[0].phone', mentions: ['was read as a number', 'put the value in quotes'],
  },
  {
    name: 'a file name that is not a supported language',
    changes: { 'releases/2026-03-14-water-forum/fr.md': markdown(VALID) },
    location: 'content/releases/2026-03-14-water-forum/fr.md:1', field: '(file name)', mentions: ['not a supported language', 'ky.md, ru.md, en.md'],
  },
  {
    name: 'a folder name that is not YYYY-MM-DD-ascii-slug',
    changes: { 'releases/2026-3-14-Водный_форум/en.md': markdown(VALID) },
    location: 'content/releases/2026-3-14-Водный_форум:1', field: '(folder name)', mentions: ['YYYY-MM-DD'],
  },
  {
    name: 'a release folder holding only a Word document',
    changes: { 'releases/2026-11-19-word-document/en.docx': 'PK\u0003\u0004 (a Word file)' },
    location: 'content/releases/2026-11-19-word-document:1', field: '(folder)', mentions: ['holds the document "en.docx"', 'is not published', 'paste the text'],
  },
  {
    name: 'a release folder holding only an editor\'s backup of a translation',
    changes: { 'releases/2026-11-19-backup-only/en.md~': markdown(VALID) },
    location: 'content/releases/2026-11-19-backup-only:1', field: '(folder)', mentions: ['rename "en.md~" to en.md'],
  },
  {
    name: 'a translation saved with a space after .md',
    changes: { 'releases/2026-11-19-trailing-space/ru.md ': markdown(VALID) },
    location: 'content/releases/2026-11-19-trailing-space:1', field: '(folder)', mentions: ['rename "ru.md " to ru.md'],
  },
  {
    name: 'translations in a folder inside the release folder',
    changes: { 'releases/2026-11-19-nested/en/index.md': markdown(VALID) },
    location: 'content/releases/2026-11-19-nested:1', field: '(folder)', mentions: ['holds the folder "en"', 'directly in content/releases/2026-11-19-nested/'],
  },
  {
    name: 'a YAML alias (billion laughs), refused before it is expanded',
    changes: { [RELEASE]: markdown(`${VALID}\nx: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: [*b, *b, *b, *b, *b, *b, *b, *b, *b]`) },
    location: `content/${RELEASE}:9`, field: '(front-matter)', mentions: ['"*a" is a YAML alias', 'write the value out in full'],
  },
  {
    name: 'front-matter nested thousands of levels deep',
    changes: { [RELEASE]: markdown(`${VALID}\nx: ${'['.repeat(5000)}${']'.repeat(5000)}`) },
    location: `content/${RELEASE}:`, field: '(front-matter)', mentions: ['nested too deeply', 'at most three levels'],
  },
  {
    name: 'a file saved as UTF-16 without a byte-order mark',
    changes: { [RELEASE]: Buffer.from(markdown(VALID), 'utf16le').toString('latin1') },
    location: `content/${RELEASE}:1`, field: '(front-matter)', mentions: ['saved as UTF-16', 'save the file as UTF-8'],
  },
  {
    name: 'a folder name with a Cyrillic letter that looks Latin',
    changes: { 'releases/2026-03-15-wаter-forum/en.md': markdown(VALID) },
    location: 'content/releases/2026-03-15-wаter-forum:1', field: '(folder name)', mentions: ['the letter а (U+0430 CYRILLIC SMALL LETTER A)', 'Latin letters only'],
  },
  {
    name: 'a Windows path in double quotes',
    changes: { [RELEASE]: markdown(`${VALID}\nimage:\n  src: "\\images\\forum.jpg"\n  alt: Forum`) },
    location: `content/${RELEASE}:9`, field: 'src', mentions: ['backslash', 'src: "/images/forum.jpg"'],
  },
  {
    name: 'a Windows path without quotes',
    changes: { [RELEASE]: markdown(`${VALID}\nimage:\n  src: C:\\Users\\aigul\\Pictures\\forum.jpg\n  alt: Forum`) },
    location: `content/${RELEASE}:9`, field: 'image.src', mentions: ['a path on your computer', 'public/', '"/images/photo.jpg"'],
  },
  {
    name: 'translations that disagree on the date',
    changes: { 'releases/2026-03-14-water-forum/ru.md': markdown(VALID.replace('"2026-03-14"', '"2026-03-15"').replace('A valid title', 'Заголовок')) },
    location: 'content/releases/2026-03-14-water-forum/ru.md:5', field: 'date', mentions: ['translations of one release must agree'],
  },
  {
    name: 'translations that disagree on the event time',
    changes: { [ADVISORY]: readFixture(ADVISORY).replace('"2026-04-01T12:15"', '"2026-04-01T13:15"') },
    location: `content/${ADVISORY}:10`, field: 'event.end', mentions: ['is "2026-04-01T13:15" here but "2026-04-01T12:15" in ru.md', 'must agree'],
  },
  {
    name: 'an invalid e-mail in contacts',
    changes: { [RELEASE]: markdown(`${VALID}\ncontacts:\n  - name: Aida\n    email: aida(at)example.org`) },
    location: `content/${RELEASE}:10`, field: 'contacts[0].email', mentions: ['e-mail address'],
  },
  {
    name: 'the country code kg instead of the language code ky',
    changes: { [ADVISORY]: readFixture(ADVISORY).replace('languages: [ky, ru, en]', 'languages: [kg, ru, en]') },
    location: `content/${ADVISORY}:`, field: 'event.languages[0]', mentions: ['Kyrgyz is "ky"'],
  },
  {
    name: 'an invalid livestream URL',
    changes: { [ADVISORY]: readFixture(ADVISORY).replace('https://live.example.org/youth', 'live.example.org/youth') },
    location: `content/${ADVISORY}:`, field: 'event.livestream', mentions: ['https://'],
  },
  {
    name: 'a misspelt field name, which could otherwise silently publish an embargoed release',
    changes: { [RELEASE]: markdown(`${VALID}\nembarg: "2030-01-01T09:00"`) },
    location: `content/${RELEASE}:8`, field: '(front-matter)', mentions: ['unknown field "embarg"', 'did you mean "embargo"'],
  },
  {
    name: 'an earlier folder name that is not a folder name',
    changes: { [FILLER]: filler('01', 'renamed_from: "old water news"') },
    location: `content/${FILLER}:7`, field: 'renamed_from', mentions: ['is not a release folder name', 'e.g. 2026-03-14-water-forum'],
  },
  {
    name: 'an earlier folder name that is the folder of another release',
    changes: { [FILLER]: filler('01', 'renamed_from: 2025-06-02-filler-news-02') },
    location: `content/${FILLER}:7`, field: 'renamed_from', mentions: ['is the folder of another release', 'rename that folder first'],
  },
  {
    name: 'the release\'s own folder given as an earlier name',
    changes: { [FILLER]: filler('01', 'renamed_from: [2025-05-01-old-news, 2025-06-01-filler-news-01]') },
    location: `content/${FILLER}:7`, field: 'renamed_from', mentions: ['is this release\'s own folder'],
  },
  {
    name: 'one earlier folder name claimed by two releases',
    changes: { [FILLER]: filler('01', 'renamed_from: 2025-05-01-old-news'), [OTHER_FILLER]: filler('02', 'renamed_from:\n  - 2025-05-01-old-news') },
    location: `content/${OTHER_FILLER}:8`, field: 'renamed_from', mentions: ['is also an earlier name of 2025-06-01-filler-news-01', 'one release only'],
  },
  {
    name: 'an organisation logo on another website, which the security policy would block',
    changes: { 'organizations/alpha-ngo.yml': readFixture('organizations/alpha-ngo.yml').replace('/logos/alpha.svg', 'https://upload.wikimedia.org/alpha.svg') },
    location: 'content/organizations/alpha-ngo.yml:', field: 'logo', mentions: ['must be a file of this site', 'put the file in public/'],
  },
  {
    name: 'an organisation file without a name in every language',
    changes: { 'organizations/beta-ngo.yml': 'name: {ky: Бета, ru: Бета}\nabout: {ky: a, ru: b, en: c}\n' },
    location: 'content/organizations/beta-ngo.yml:1', field: 'name.en', mentions: ['required but missing'],
  },
];

function readFixture(path: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'basic', 'content', path), 'utf8');
}

describe('npm run validate on bad input', () => {
  it.each(cases)('reports $name', async ({ changes, location, field, mentions }) => {
    const { exitCode, output } = await validate(contentFixture(changes));
    expect(exitCode, output).toBe(1);
    const line = output.split('\n').find((text) => text.startsWith(location) && text.includes(`  ${field}: `));
    expect(line, output).toBeDefined();
    for (const words of mentions) expect(line, output).toContain(words);
    expect(output).toContain('error(s)');
  });

  it('reports every problem at once, not just the first', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [RELEASE]: markdown(VALID.replace('type: press-release', 'type: memo').replace('"2026-03-14"', '"2026-02-30"').replace('tags: [water]', 'tags: [watr]')),
      'releases/2026-01-05-winter-news/ky.md': markdown(VALID.replace('tags: [water]', 'tags: [nope]')),
    }));
    expect(exitCode).toBe(1);
    expect(output).toMatch(/en\.md:4 {2}type:/);
    expect(output).toMatch(/en\.md:5 {2}date:/);
    // Unknown ids are reported even in a file whose other fields have errors.
    expect(output).toMatch(/en\.md:7 {2}tags: "watr" is not a known tag/);
    expect(output).toMatch(/winter-news\/ky\.md:7 {2}tags: "nope" is not a known tag/);
    expect(output).toContain('4 content errors');
    // The summary counts the broken files too, so none seems skipped.
    expect(output).toMatch(/✗ 17 release files \(2 with errors\), /);
  });

  it('warns about an empty release folder, without stopping the build', async () => {
    const root = contentFixture({});
    mkdirSync(join(root, 'content', 'releases', '2026-11-20-not-yet-written'));
    const { exitCode, output } = await validate(root);
    expect(exitCode, output).toBe(0);
    expect(output).toContain('content/releases/2026-11-20-not-yet-written:1  (folder): is empty, so nothing in it is published  (add ky.md, ru.md, en.md (npm run new), or delete the folder)');
  });

  it('reports a UI string missing in one language', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'newsroom-i18n-'));
    for (const lang of ['ky', 'ru', 'en']) {
      const strings = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', `${lang}.json`), 'utf8'));
      if (lang === 'ky') delete strings['release.contacts'];
      writeFileSync(join(directory, `${lang}.json`), JSON.stringify(strings));
    }
    const { exitCode, output } = await validate(contentFixture({}), ['--ui-strings', directory]);
    expect(exitCode).toBe(1);
    expect(output).toContain('src/i18n/ky.json:1  release.contacts: the UI string is missing in ky');
  });

  it('lists warnings without failing: missing translation, long summary, image without alt', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [RELEASE]: markdown(`${VALID.replace('A valid summary.', 'x'.repeat(240))}\nimage:\n  src: /images/forum.jpg`),
    }));
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/en\.md:3 {2}summary: is 240 characters/);
    expect(output).toMatch(/en\.md:8 {2}image\.alt: the image has no alt text/);
    expect(output).toContain('content/releases/2026-04-01-youth-briefing:1  (translations): exists in ru, en but not in ky');
    // In reading order, by file then line, whichever check found them first.
    const locations = output.split('\n').filter((line) => line.startsWith('content/releases/2026-0')).map((line) => line.split('  ')[0]);
    expect(locations).toEqual([
      'content/releases/2026-01-05-winter-news:1', 'content/releases/2026-02-10-joint-statement:1',
      `content/${RELEASE}:3`, `content/${RELEASE}:8`, `content/${RELEASE}:9`,
      // The Kyrgyz and Russian translations lack the photo the English one now has.
      'content/releases/2026-03-14-water-forum/ky.md:1', 'content/releases/2026-03-14-water-forum/ru.md:1',
      'content/releases/2026-04-01-youth-briefing:1',
    ]);
  });
});

describe('files the content links to', () => {
  it('warns about attachments, images and logos that are not in public/, and only those', async () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'newsroom-public-'));
    mkdirSync(join(publicDir, 'files'));
    writeFileSync(join(publicDir, 'files', 'report 2026.pdf'), 'pdf');
    const root = contentFixture({
      [RELEASE]: markdown(`${VALID}
image:
  src: /images/forum.jpg
  alt: Delegates at the forum
attachments:
  - title: Report
    url: /files/report%202026.pdf
  - title: Programme
    url: /files/programme.pdf
  - title: About us
    url: /en/about/`),
    });
    // The fixture's alpha-ngo.yml has "logo: /logos/alpha.svg".
    const { exitCode, output } = await validate(root, ['--public', publicDir]);
    expect(exitCode, output).toBe(0);
    expect(output).toContain(`en.md:9  image.src: "/images/forum.jpg" is not in the ${publicDir} folder, so the link will be broken  (put the file at ${publicDir}/images/forum.jpg, or correct the path)`);
    expect(output).toMatch(/en\.md:15 {2}attachments\[1\]\.url: "\/files\/programme\.pdf" is not in the \S+ folder/);
    expect(output).toMatch(/alpha-ngo\.yml:\d+ {2}logo: "\/logos\/alpha\.svg" is not in the \S+ folder/);
    // The file that exists (URL-encoded space) and the link to a page are fine.
    expect(output).not.toContain('attachments[0]');
    expect(output).not.toContain('attachments[2]');
  });

  it('warns about a photo too large for some hosts (55 MB from a camera), saying how to make it smaller', async () => {
    const publicDir = mkdtempSync(join(tmpdir(), 'newsroom-public-'));
    mkdirSync(join(publicDir, 'images'));
    // Sparse: 55 MB long, no disk space used.
    writeFileSync(join(publicDir, 'images', 'opening.jpg'), '');
    truncateSync(join(publicDir, 'images', 'opening.jpg'), 55 * 1024 * 1024);
    writeFileSync(join(publicDir, 'images', 'small.jpg'), 'jpg');
    const root = contentFixture({ [RELEASE]: markdown(`${VALID}\nimage:\n  src: /images/opening.jpg\n  alt: The opening\nimages:\n  - src: /images/small.jpg\n    alt: A small one`) });
    const { exitCode, output } = await validate(root, ['--public', publicDir]);
    expect(exitCode, output).toBe(0);
    expect(output).toContain('en.md:9  image.src: "/images/opening.jpg" is 55 MB: some hosts refuse files over 25 MB (Cloudflare Pages), and it is copied into the press kit of each language  (save the photo at most 4000 pixels wide');
    expect(output).not.toContain('images[0].src');
  });
});

describe('a content folder kept apart from the project (CONTENT_ROOT)', () => {
  it('may carry its own public/ folder beside content/', async () => {
    const root = contentFixture({
      [RELEASE]: markdown(`${VALID}\nattachments:\n  - title: Report\n    url: /files/report.pdf`),
    });
    mkdirSync(join(root, 'public', 'files'), { recursive: true });
    writeFileSync(join(root, 'public', 'files', 'report.pdf'), 'pdf');
    const { output } = await validate(root);
    expect(output).not.toContain('attachments[0]');
    // The fixture's logo is missing from that folder, and the message names it.
    expect(output).toContain(`logo: "/logos/alpha.svg" is not in the ${join(root, 'public')} folder`);
  });
});

describe('dates of changes that feeds could not announce', () => {
  it('warns about a correction dated before the release came out (a date alone is midnight) and one in the future', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [FILLER]: filler('01', 'corrections:\n  - date: "2025-06-01"\n    note: Same day.\n  - date: "2025-06-01T15:00"\n    note: With a time.\n  - date: "2099-03-01"\n    note: A typo.'),
    }));
    expect(exitCode, output).toBe(0);
    expect(output).toContain(`content/${FILLER}:8  corrections[0].date: is not after the release came out, so feeds and search engines do not announce the change (a date without a time means midnight)  (write the time of the change too`);
    expect(output).toContain(`content/${FILLER}:12  corrections[2].date: is in the future`);
    expect(output).not.toContain('corrections[1]');
  });

  it('warns about a translation dated before its release came out, and about a release dated late in its only language', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [FILLER]: filler('01', 'translated: "2025-05-30"'),
      [OTHER_FILLER]: filler('02', 'translated: "2025-06-05T10:00"'),
    }));
    expect(exitCode, output).toBe(0);
    expect(output).toContain(`content/${FILLER}:7  translated: is not after the release came out, so it changes nothing: feeds date this translation by the release`);
    expect(output).toContain(`content/${OTHER_FILLER}:7  translated: the only language of this release has a "translated" date`);
    expect(output).not.toContain(`content/${FILLER}:7  translated: the only language`);
  });

  it('refuses a translation dated in the future: it would top its feeds, dated ahead, until then', async () => {
    const { exitCode, output } = await validate(contentFixture({ [OTHER_FILLER]: filler('02', 'translated: "2099-01-01T10:00"') }));
    expect(exitCode).toBe(1);
    expect(output).toContain(`content/${OTHER_FILLER}:7  translated: is in the future: "translated" does not hold a translation back`);
    expect(output).toContain('keep "draft: true" in it until then');
  });
});

describe('telephone numbers that would not connect', () => {
  it('warns about a digit lost in a release and in an organisation file, naming file, line and field; a local number is fine', async () => {
    const organization = 'organizations/alpha-ngo.yml';
    const text = readFixture(organization).replace('"+996 555 000 111"', '"(0312) 66-02-55"');
    const { exitCode, output } = await validate(contentFixture({
      [organization]: text,
      [FILLER]: filler('01', 'contacts:\n  - name: Aida\n    phone: "+996 555 12 345"'),
    }));
    expect(exitCode, output).toBe(0);
    expect(output).toContain(`content/${FILLER}:9  contacts[0].phone: "+996 555 12 345" has too few digits for a telephone number in Kyrgyzstan, so the number would not connect  (copy the number again`);
    expect(output).not.toMatch(/alpha-ngo\.yml:\d+ {2}contacts/);
    const mistyped = await validate(contentFixture({ [organization]: readFixture(organization).replace('"+996 555 000 111"', '"+996 555 000 1111 1"') }));
    expect(mistyped.output).toMatch(/content\/organizations\/alpha-ngo\.yml:15 {2}contacts\[0\]\.phone: "\+996 555 000 1111 1" has too many digits/);
  });
});

describe('a label in a language the site does not publish in', () => {
  it('is named as such in tags.yml, once, without calling the tag unknown in every release that uses it', async () => {
    const tags = readFixture('tags.yml').replace(/^water: \{/m, 'water: {uz: Suv, ');
    const { exitCode, output } = await validate(contentFixture({ 'tags.yml': tags }));
    expect(exitCode, output).toBe(1);
    expect(output).toMatch(/content\/tags\.yml:\d+ {2}water: "uz" is a language the site does not publish in \(it publishes in ky, ru, en\)  \(delete the line, or add the language to src\/i18n\/locales\.ts/);
    expect(output).not.toContain('is not a known tag');
    expect(output).toContain('1 content error');
  });
});

describe('npm run validate options', () => {
  it('explains a site address written without https:// (a CI variable), naming the setting, without a stack trace', async () => {
    const { exitCode, output } = await run('node', ['scripts/validate.ts'], { SITE_URL: 'ngo.example.org' });
    expect(exitCode).toBe(1);
    expect(output).toContain('url: must be a full address starting with https://, e.g. "https://ngo.example.org"');
    expect(output).toContain('SITE_URL');
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('explains a mistyped option with the usage instead of a stack trace', async () => {
    const { exitCode, output } = await run('node', ['scripts/validate.ts', '--roots', 'x'], {});
    expect(exitCode).toBe(1);
    expect(output).toContain("✗ Unknown option '--roots'");
    expect(output).toContain('Usage: npm run validate');
    expect(output).not.toContain('    at ');
  });
});

describe('an organisation file with an error', () => {
  it('is reported once, not again as an unknown id in every release that names it', async () => {
    const organization = 'organizations/alpha-ngo.yml';
    const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'basic', 'content', organization), 'utf8');
    const { exitCode, output } = await validate(contentFixture({ [organization]: `${text}website: https://again.example.org\n` }));
    expect(exitCode).toBe(1);
    expect(output).toMatch(/alpha-ngo\.yml:16 {2}website: "website" appears twice {2}\(keep one "website:" line and delete the other\)/);
    expect(output).not.toContain('is not a known organisation');
  });
});

describe('front-matter is data, never code', () => {
  const marker = join(mkdtempSync(join(tmpdir(), 'newsroom-marker-')), 'code-ran');
  const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { title: 'x' }`;

  it.each([
    ['---js', `---js\n${code}\n---\nBody\n`],
    ['---javascript', `---javascript\n{ title: (() => { ${code} })() }\n---\nBody\n`],
  ])('refuses %s front-matter without running it', async (_kind, text) => {
    const { exitCode, output } = await validate(contentFixture({ [RELEASE]: text }));
    expect(exitCode).toBe(1);
    expect(output).toContain(`content/${RELEASE}:1  (front-matter): front-matter must be YAML`);
    expect(existsSync(marker)).toBe(false);
  });

  it('treats YAML tags that other parsers execute as an error, not code', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [RELEASE]: markdown(`${VALID}\ndateline: !!js/function "function () { require('fs').writeFileSync('${marker}', 'x') }"`),
    }));
    expect(exitCode).toBe(1);
    expect(output).toContain(`content/${RELEASE}:`);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('files written on Windows', () => {
  it.each([
    ['Windows-1251 (Cyrillic)', new Uint8Array([...Buffer.from('---\ntitle: "'), 0xc2, 0xee, 0xe4, 0xe0, ...Buffer.from('"\n---\n')]), ':2  (front-matter): the file is not saved as UTF-8'],
    ['UTF-16 ("Unicode")', new Uint8Array([0xff, 0xfe, ...Buffer.from(markdown(VALID), 'utf16le')]), ':1  (front-matter): the file is saved as UTF-16'],
  ])('refuses a file saved as %s instead of publishing garbage', async (_encoding, bytes, message) => {
    const { exitCode, output } = await validate(contentFixture({ [RELEASE]: bytes }));
    expect(exitCode).toBe(1);
    expect(output).toContain(`content/${RELEASE}${message}`);
    expect(output).toContain('Encoding: UTF-8');
  });

  it.each(['ky.md.txt', 'ky.MD', 'en.markdown'])('reports a translation named %s instead of skipping it', async (name) => {
    const { exitCode, output } = await validate(contentFixture({ [`releases/2026-01-05-winter-news/${name}`]: markdown(VALID) }));
    expect(exitCode).toBe(1);
    expect(output).toContain(`content/releases/2026-01-05-winter-news/${name}:1  (file name): "${name}" is not read`);
  });

  it('reads a file with a byte-order mark and CRLF line endings', async () => {
    const text = `\uFEFF${markdown(VALID, 'Line one.\n\nLine two.')}`.replace(/\n/g, '\r\n');
    const root = contentFixture({ [RELEASE]: text });
    const { exitCode, output } = await validate(root);
    expect(exitCode, output).toBe(0);
    expect(output).not.toContain(RELEASE);
  });
});

describe('npm run build on bad input', () => {
  it('stops before writing anything, with the same report', async () => {
    const root = contentFixture({ [RELEASE]: markdown(VALID.replace('tags: [water]', 'tags: [watr]')) });
    const outDir = join(mkdtempSync(join(tmpdir(), 'newsroom-out-')), 'dist');
    mkdirSync(join(root, 'cache'));
    const { exitCode, output } = await run('astro', ['build', '--outDir', outDir], {
      CONTENT_ROOT: root,
      NEWSROOM_CACHE_DIR: join(root, 'cache'),
    });
    expect(exitCode).toBe(1);
    expect(output).toContain(`content/${RELEASE}:7  tags: "watr" is not a known tag`);
    expect(output).toContain('The build stopped before writing anything');
    expect(existsSync(outDir)).toBe(false);
  });

  it('warns about a Cyrillic title or dateline left untranslated in en.md, and a Latin dateline in ky.md', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [RELEASE]: markdown(VALID.replace('title: "A valid title"', 'title: "Суу форуму"').concat('\ndateline: Бишкек')),
      'releases/2026-01-05-winter-news/ky.md': markdown(VALID.concat('\ndateline: Bishkek city')),
    }));
    expect(exitCode, output).toBe(0);
    expect(output).toContain(`content/${RELEASE}:2  title: "Суу форуму" is not in English, the language of en.md  (translate it into English)`);
    expect(output).toContain(`content/${RELEASE}:8  dateline: "Бишкек" is not in English, the language of en.md  (translate it into English (Bishkek, Osh…))`);
    expect(output).toContain('content/releases/2026-01-05-winter-news/ky.md:8  dateline: "Bishkek city" is not in Kyrgyz, the language of ky.md');
    expect(output).not.toContain('title: "A valid title" is not in');
  });

  it('warns about an image or a file the text links to that is not in public/, with its line; web addresses and pages are not files', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [RELEASE]: markdown(VALID, 'Intro.\n\n![Forum hall](/images/forum-hall.jpg)\n\nSee [the agenda](/en/releases/2026-04-01-youth-briefing/) and [UNDP](https://undp.org/report.pdf).\n\n[annex]: /files/annex.pdf\n\n```\n![code](/images/not-checked.jpg)\n```'),
    }));
    expect(exitCode, output).toBe(0);
    const warnings = output.split('\n').filter((line) => line.startsWith(`content/${RELEASE}:`) && line.includes('(text): "/'));
    expect(warnings.map((line) => line.split(' is not in ')[0])).toEqual([
      `content/${RELEASE}:11  (text): "/images/forum-hall.jpg"`,
      `content/${RELEASE}:15  (text): "/files/annex.pdf"`,
    ]);
  });

  it('warns about links with no address, copied from a page whose links were placeholders', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [RELEASE]: markdown(VALID, 'Intro.\n\nThe council [recommends](#) and [calls](), see [the report](https://undp.org/r.pdf).\n\n```\n[code](#)\n```'),
    }));
    expect(exitCode, output).toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('a link with no address'));
    expect(lines.map((line) => line.split('  ')[0])).toEqual([`content/${RELEASE}:11`, `content/${RELEASE}:11`]);
    expect(lines[0]).toContain('write the address in the round brackets');
  });

  it('refuses a photo on another website, which the security policy would not let pages show', async () => {
    const { exitCode, output } = await validate(contentFixture({
      [RELEASE]: markdown(`${VALID}\nimage:\n  src: https://upload.wikimedia.org/forum.jpg\n  alt: Forum`),
    }));
    expect(exitCode, output).toBe(1);
    expect(output).toContain(`content/${RELEASE}:9  image.src: is a photo on another website`);
    expect(output).toContain('download the photo (with the right to use it) into public/images/');
  });
});

