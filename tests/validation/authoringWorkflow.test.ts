/**
 * The authoring workflow as a communications officer meets it: templates in
 * the file's language, translations that keep every field, every problem in
 * one run, organisations created from the command line and required only in
 * the languages the newsroom publishes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { releaseSlug } from '../../src/lib/content/releaseSlug.ts';
import { run } from '../helpers/buildSite.ts';
import { contentFixture, markdown } from '../helpers/contentFixture.ts';

const newRelease = (root: string, args: string[]) => run('node', ['scripts/newRelease.ts', '--root', root, ...args], {});
const validate = (root: string) => run('node', ['scripts/validate.ts', '--root', root], {});
const read = (root: string, path: string) => readFileSync(join(root, 'content', path), 'utf8');
const frontMatter = (text: string) => parse(text.split(/^---$/m)[1] ?? '') as Record<string, any>;

const ADVISORY = 'releases/2026-04-01-youth-briefing';
/** An advisory with everything a translation tends to lose. */
const FULL_ADVISORY = markdown(`
title: "Жаштар боюнча брифинг"
summary: Журналисттер үчүн жаштар сурамжылоосу боюнча брифинг.
type: media-advisory
date: "2026-03-25T09:00"
organization: [alpha-ngo, beta-ngo]
tags: [youth]
dateline: Бишкек
event:
  start: "2026-04-01T11:30"
  end: "2026-04-01T12:15"
  venue: АКИpress пресс-борбору
  address: Бишкек ш., Чүй пр. 1
  map: https://2gis.kg/bishkek/firm/1
  phone: "+996 554 202 945"
  livestream: https://live.example.org/youth
  registration: 31-мартка чейин press@alpha.example.org дарегине жазыңыз
  languages: [ky, ru, en]
  interpretation: true
  accessibility: Кире бериште пандус бар.
contacts:
  - name: Айгүл Токтосунова
    role: Басма сөз катчысы
    email: press@alpha.example.org
    phone: "+996 555 010 203"
attachments:
  - title: Сурамжылоонун жыйынтыгы
    url: https://alpha.example.org/survey.pdf
image:
  src: /images/briefing.jpg
  alt: Брифингдин катышуучулары залда
  credit: Альфа`, 'Журналисттерди брифингге чакырабыз.');

describe('npm run new -- --translate', () => {
  it('keeps every field of an advisory: photo, attachments, registration, contacts, the event', async () => {
    const root = contentFixture({ [`${ADVISORY}/ky.md`]: FULL_ADVISORY, [`${ADVISORY}/ru.md`]: null, [`${ADVISORY}/en.md`]: null });
    const created = await newRelease(root, ['--translate', ADVISORY.split('/')[1]!, '--lang', 'ru']);
    expect(created.exitCode, created.output).toBe(0);
    const text = read(root, `${ADVISORY}/ru.md`);
    const source = frontMatter(FULL_ADVISORY);
    const copy = frontMatter(text);
    expect(copy.image).toEqual(source.image);
    expect(copy.attachments).toEqual(source.attachments);
    expect(copy.contacts).toEqual(source.contacts);
    expect(copy.event).toEqual(source.event);
    expect(copy.draft).toBe(true);
    // Texts are copied with a note in the new file's language, language-independent values without.
    for (const line of ['  registration: 31-мартка чейин press@alpha.example.org дарегине жазыңыз # TODO: переведите на русский',
      '  alt: Брифингдин катышуучулары залда # TODO: переведите на русский', '  - title: Сурамжылоонун жыйынтыгы # TODO: переведите на русский',
      '    role: Басма сөз катчысы # TODO: переведите на русский', '  start: "2026-04-01T11:30"', '  phone: "+996 554 202 945"', '  livestream: https://live.example.org/youth']) {
      expect(text.split('\n'), text).toContain(line);
    }
    expect(text).toContain('TODO: текст ниже скопирован из ky.md');
    expect(text).toContain('Журналисттерди брифингге чакырабыз.');
    const checked = await validate(root);
    expect(checked.exitCode, checked.output).toBe(0);
    // Nothing is missing from the translation, so validation has nothing to warn about it
    // but what it warns about in the source too (its photo is not in public/).
    const about = (file: string) => checked.output.split('\n').filter((line) => line.includes(`${ADVISORY}/${file}:`)).map((line) => line.replace(/^\S+/, ''));
    expect(about('ru.md')).toEqual(about('ky.md'));
    expect(about('ru.md').length).toBeGreaterThan(0);
    expect(about('ru.md').every((line) => line.includes('"/images/briefing.jpg" is not in the'))).toBe(true);
  });

  it('cannot be published until each text is translated and its note deleted', async () => {
    const root = contentFixture({ [`${ADVISORY}/ky.md`]: FULL_ADVISORY, [`${ADVISORY}/ru.md`]: null, [`${ADVISORY}/en.md`]: null });
    await newRelease(root, ['--translate', ADVISORY.split('/')[1]!, '--lang', 'ru']);
    const file = join(root, 'content', ADVISORY, 'ru.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true.*\n/m, ''));
    const checked = await validate(root);
    expect(checked.exitCode).toBe(1);
    expect(checked.output).toMatch(/ru\.md:\d+ {2}event\.registration: still has the note "TODO: переведите на русский"/);
    expect(checked.output).toMatch(/ru\.md:\d+ {2}\(text\): the text still has the "TODO:" placeholder .*see docs\/authors\/ru\.md#todo/);
  });
});

describe('validation of translations', () => {
  it('warns when a translation lacks the photo, attachments, contacts or event details its siblings have', async () => {
    const russian = FULL_ADVISORY.replace(/^image:\n(  .*\n)+/m, '').replace(/^attachments:\n(  .*\n)+/m, '').replace(/^ {2}registration: .*\n/m, '').replace('title: "Жаштар боюнча брифинг"', 'title: "Брифинг"');
    const { exitCode, output } = await validate(contentFixture({ [`${ADVISORY}/ky.md`]: FULL_ADVISORY, [`${ADVISORY}/ru.md`]: russian, [`${ADVISORY}/en.md`]: null }));
    expect(exitCode, output).toBe(0);
    expect(output).toMatch(/ru\.md:1 {2}image: ky\.md has a photo \("image"\) but this translation does not/);
    expect(output).toMatch(/ru\.md:1 {2}attachments: ky\.md has attachments \("attachments"\) but this translation does not/);
    expect(output).toMatch(/ru\.md:\d+ {2}event\.registration: ky\.md has event\.registration/);
  });
});

describe('what a new author stumbled on (docs/authors/ky.md tried from scratch)', () => {
  it('a topic written by its name instead of its id gets the id, once', async () => {
    const text = markdown('title: "Суу форуму"\nsummary: Форум.\ntype: news\ndate: "2026-03-14"\norganization: alpha-ngo\ntags: [Суу]');
    const { exitCode, output } = await validate(contentFixture({
      'tags.yml': 'water: {ky: Суу, ru: Вода, en: Water}\nyouth: {ky: Жаштар, ru: Молодёжь, en: Youth}\n',
      'releases/2026-03-14-water-forum/ky.md': text,
    }));
    expect(exitCode).toBe(1);
    const lines = output.split('\n').filter((line) => line.includes('water-forum/ky.md:7'));
    expect(lines).toEqual([expect.stringContaining('tags: "Суу" is the name of the tag "water", not its id  (write the id "water" instead')]);
  });

  it('--translate with the guide\'s example date names the folder the author has', async () => {
    const result = await newRelease(contentFixture({}), ['--translate', '2026-12-01-water-forum', '--lang', 'ru']);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('Did you mean 2026-03-14-water-forum?');
    expect(result.output).toContain('npm run new -- --translate 2026-03-14-water-forum --lang ru');
  });

  it('npm run new says what to do next in the language of the new file', async () => {
    const root = contentFixture({});
    const kyrgyz = await newRelease(root, ['--title', 'Жаштар форуму', '--lang', 'ky', '--organization', 'alpha-ngo', '--date', '2026-06-03']);
    expect(kyrgyz.output).toContain('Бардык TODO\'лорду толтуруп, «draft: true» сабын өчүрүңүз, анан: npm run validate  (колдонмо: docs/authors/ky.md)');
    const russian = await newRelease(root, ['--translate', '2026-06-03-zhashtar-forumu', '--lang', 'ru']);
    expect(russian.output).toContain('Скопированы все поля ky.md');
  });
});

describe('every problem at once', () => {
  it('lists a leftover "# TODO:" note in the same run as the other errors of the file', async () => {
    const text = markdown(`
title: "Water forum"
summary: A forum.
type: press-relase
date: "2026-03-14T10:00"  # TODO: the real time
organization: alpha-ngo
tags: [watr]`);
    const { exitCode, output } = await validate(contentFixture({ 'releases/2026-03-14-water-forum/en.md': text }));
    expect(exitCode).toBe(1);
    expect(output).toMatch(/en\.md:4 {2}type: "press-relase" is not allowed/);
    expect(output).toMatch(/en\.md:5 {2}date: still has the note "TODO: the real time"/);
    expect(output).toMatch(/en\.md:7 {2}tags: "watr" is not a known tag/);
  });
});

describe('npm run new templates', () => {
  it('write notes and example values in the language of the file, with every event field', async () => {
    const root = contentFixture({});
    const created = await newRelease(root, ['--title', 'Пресс-конференция: БУУнун кыска мѳѳнѳттѳгү миссиясы', '--lang', 'ky', '--type', 'media-advisory', '--organization', 'alpha-ngo', '--date', '2026-06-03']);
    expect(created.exitCode, created.output).toBe(0);
    // ѳ read as ө, and no word split at the case change in "БУУнун".
    const folder = 'releases/2026-06-03-press-konferentsiya-buunun-kyska-moonottogu-missiyasy';
    const text = read(root, `${folder}/ky.md`);
    expect(text).toMatch(/^dateline: Бишкек {2}# TODO: материал кайсы шаардан таратылат/m);
    expect(text).toContain('# жарыялоо күнү жана убактысы (Бишкек убактысы боюнча)');
    expect(text).toContain('draft: true  # материал жарыялоого даяр болгондо бул сапты өчүрүңүз');
    expect(Object.keys(frontMatter(text).event)).toEqual(['start', 'end', 'venue', 'address', 'map', 'phone', 'livestream', 'registration', 'languages', 'interpretation', 'accessibility', 'status']);
    expect(text).not.toMatch(/Bishkek|the real|delete this/);
    const russian = await newRelease(root, ['--title', 'Итоги форума', '--lang', 'ru', '--organization', 'alpha-ngo', '--date', '2026-06-03']);
    expect(russian.exitCode).toBe(0);
    expect(read(root, 'releases/2026-06-03-itogi-foruma/ru.md')).toContain('# дата и время публикации (по времени Бишкека)');
    const checked = await validate(root);
    expect(checked.exitCode, checked.output).toBe(0);
  });
});

describe('organisations', () => {
  it('an unknown --organization gets the command that creates it', async () => {
    const result = await newRelease(contentFixture({}), ['--title', 'Water forum', '--lang', 'en', '--organization', 'gamma-ngo']);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('there is no organisation "gamma-ngo"');
    expect(result.output).toContain('npm run new -- --new-organization gamma-ngo');
  });

  it('--new-organization writes a template that validates, whose placeholders block only published releases', async () => {
    const root = contentFixture({});
    const created = await newRelease(root, ['--new-organization', 'gamma-ngo', '--lang', 'ky']);
    expect(created.exitCode, created.output).toBe(0);
    const text = read(root, 'organizations/gamma-ngo.yml');
    expect(Object.keys(parse(text))).toEqual(['name', 'about', 'website', 'contacts']);
    expect(text).toContain('# Уюм: аталышы');
    const checked = await validate(root);
    expect(checked.exitCode, checked.output).toBe(0);
    expect(checked.output).toMatch(/gamma-ngo\.yml:\d+ {2}name\.ky: still has the "TODO:" placeholder/);
    // A release that is not a draft would publish the placeholders: now they are errors.
    const release = await newRelease(root, ['--title', 'Gamma news', '--lang', 'en', '--organization', 'gamma-ngo', '--date', '2026-06-03']);
    expect(release.exitCode, release.output).toBe(0);
    const file = join(root, 'content', 'releases', '2026-06-03-gamma-news', 'en.md');
    writeFileSync(file, markdown('title: "Gamma news"\nsummary: News.\ntype: news\ndate: "2026-06-03"\norganization: gamma-ngo'));
    const published = await validate(root);
    expect(published.exitCode).toBe(1);
    expect(published.output).toMatch(/gamma-ngo\.yml:\d+ {2}name\.en: still has the "TODO:" placeholder, and a release that is not a draft names this organisation/);
    // Names and notes done, the template's example website, e-mail and telephone left: they would reach journalists.
    const filled = read(root, 'organizations/gamma-ngo.yml').split('\n').map((line) => line.replace(/\s+# .*$/, ''))
      .filter((line) => !line.startsWith('#')).join('\n').replace(/"TODO:[^"]*"/g, '"Gamma"');
    writeFileSync(join(root, 'content', 'organizations', 'gamma-ngo.yml'), filled);
    const examples = await validate(root);
    expect(examples.exitCode, examples.output).toBe(1);
    for (const [field, value] of [['website', 'https://example.org'], ['contacts[0].email', 'press@example.org'], ['contacts[0].phone', '+996 555 000 000']]) {
      expect(examples.output).toContain(`${field}: is still the example value "${value}" that npm run new wrote, and a release that is not a draft names this organisation`);
    }
    expect(examples.output).not.toContain('TODO');
  });

  it('need names only in the languages the newsroom publishes releases in', async () => {
    const release = markdown('title: "Forum"\nsummary: Forum.\ntype: news\ndate: "2026-03-14"\norganization: alpha-ngo');
    const root = contentFixture({
      'organizations/alpha-ngo.yml': 'name: {ky: Альфа, ru: Альфа}\nabout: {ky: Альфа — уюм., ru: «Альфа» — организация.}\n',
      'organizations/beta-ngo.yml': 'name: {ky: Бета, ru: Бета}\nabout: {ky: Бета — тармак., ru: «Бета» — сеть.}\n',
      releases: null,
      'releases/2026-03-14-forum/ky.md': release,
      'releases/2026-03-14-forum/ru.md': release,
    });
    const kyrgyzAndRussian = await validate(root);
    expect(kyrgyzAndRussian.exitCode, kyrgyzAndRussian.output).toBe(0);
    writeFileSync(join(root, 'content', 'releases', '2026-03-14-forum', 'en.md'), release);
    const withEnglish = await validate(root);
    expect(withEnglish.exitCode).toBe(1);
    expect(withEnglish.output).toMatch(/alpha-ngo\.yml:1 {2}name\.en: is required but missing: the site has releases in en/);
    expect(withEnglish.output).toMatch(/beta-ngo\.yml:2 {2}about\.en: is required but missing/);
  });
});

describe('releaseSlug', () => {
  it('reads ѳ as ө and keeps words whole across case changes', () => {
    expect(releaseSlug('Кыска мѳѳнѳттѳгү байкоочулар')).toBe('kyska-moonottogu-baykoochular');
    expect(releaseSlug('БУУнун атайын баяндамачысы')).toBe('buunun-atayyn-bayandamachysy');
  });
});

describe('time zone names', () => {
  it('a configured zone without its names stops validation like a missing UI string', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'newsroom-i18n-'));
    for (const lang of ['ky', 'ru', 'en']) {
      const strings = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'i18n', `${lang}.json`), 'utf8'));
      delete strings['zone.Europe/Berlin.summer'];
      writeFileSync(join(directory, `${lang}.json`), JSON.stringify(strings));
    }
    const { exitCode, output } = await run('node', ['scripts/validate.ts', '--root', contentFixture({}), '--ui-strings', directory], {});
    expect(exitCode).toBe(1);
    expect(output).toContain('src/i18n/ru.json:1  zone.Europe/Berlin.summer: the time zone Europe/Berlin (summer time) set in src/config.ts has no name in ru');
  });
});
