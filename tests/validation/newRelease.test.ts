/**
 * `npm run new` gives authors a complete, valid draft; its placeholders can
 * never be published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseSlug } from '../../src/lib/content/releaseSlug.ts';
import { run } from '../helpers/buildSite.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

const newRelease = (root: string, args: string[]) => run('node', ['scripts/newRelease.ts', '--root', root, ...args], {});
const validate = (root: string) => run('node', ['scripts/validate.ts', '--root', root], {});

describe('releaseSlug', () => {
  it('romanises Kyrgyz letters instead of dropping them', () => {
    expect(releaseSlug('Суу форуму: Өзгөн, Үч-Коргон жана Ноокат үчүн жаңы мүмкүнчүлүктөр')).toBe('suu-forumu-ozgon-uch-korgon-zhana');
    expect(releaseSlug('Жаңы долбоор')).toBe('zhangy-dolboor');
  });

  it('handles Russian and English titles', () => {
    expect(releaseSlug('Приглашение для СМИ: пресс-конференция')).toBe('priglashenie-dlya-smi-press-konferentsiya');
    expect(releaseSlug('Water & "Sanitation": a forum')).toBe('water-and-sanitation-a-forum');
  });
});

describe('npm run new', () => {
  it('creates a draft release that validates, in a folder named from the date and title', async () => {
    const root = contentFixture({});
    const created = await newRelease(root, ['--title', 'Жаңы долбоор: Өзгөндө суу', '--lang', 'ky', '--organization', 'alpha-ngo', '--date', '2026-11-22']);
    expect(created.exitCode, created.output).toBe(0);
    expect(created.output).toContain('Created content/releases/2026-11-22-zhangy-dolboor-ozgondo-suu/ky.md');
    const checked = await validate(root);
    expect(checked.exitCode, checked.output).toBe(0);
  });

  it('refuses to publish the placeholders once the draft line is removed', async () => {
    const root = contentFixture({});
    await newRelease(root, ['--title', 'Water forum', '--lang', 'en', '--organization', 'alpha-ngo', '--date', '2026-11-22', '--type', 'media-advisory']);
    const file = join(root, 'content', 'releases', '2026-11-22-water-forum', 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true.*\n/m, ''));
    const checked = await validate(root);
    expect(checked.exitCode).toBe(1);
    expect(checked.output).toMatch(/2026-11-22-water-forum\/en\.md:3 {2}summary: still has the "TODO:" placeholder/);
    expect(checked.output).toMatch(/en\.md:\d+ {2}event\.venue: still has the "TODO:" placeholder/);
    expect(checked.output).toMatch(/en\.md:\d+ {2}event\.start: still has the note "TODO: the real start \(Bishkek time\), then delete this note"/);
    expect(checked.output).toMatch(/en\.md:\d+ {2}event\.end: still has the note "TODO: the real end, or delete this line"/);
    expect(checked.output).toMatch(/en\.md:\d+ {2}\(text\): the text still has the "TODO:" placeholder/);
  });

  it('refuses the example phone, map and livestream once their notes are deleted but the values kept', async () => {
    const root = contentFixture({});
    await newRelease(root, ['--title', 'Water forum', '--lang', 'en', '--organization', 'alpha-ngo', '--date', '2026-11-22', '--type', 'media-advisory']);
    const file = join(root, 'content', 'releases', '2026-11-22-water-forum', 'en.md');
    // What an author does who reads "delete this note" literally: every note goes, every example stays.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true.*\n/m, '').replace(/ {2}# TODO:.*$/gm, ''));
    const checked = await validate(root);
    expect(checked.exitCode).toBe(1);
    expect(checked.output).toMatch(/en\.md:\d+ {2}event\.phone: is still the example value "\+996 312 000 000" that npm run new wrote/);
    expect(checked.output).toMatch(/en\.md:\d+ {2}event\.map: is still the example value "https:\/\/2gis\.kg\/bishkek"/);
    expect(checked.output).toMatch(/en\.md:\d+ {2}event\.livestream: is still the example value "https:\/\/www\.youtube\.com\/"/);
  });

  it('warns when an advisory goes public less than a day before its event, once per release', async () => {
    const root = contentFixture({});
    await newRelease(root, ['--title', 'Water forum', '--lang', 'en', '--organization', 'alpha-ngo', '--date', '2026-12-10', '--type', 'media-advisory']);
    await newRelease(root, ['--translate', '2026-12-10-water-forum', '--lang', 'ru']);
    const checked = await validate(root);
    expect(checked.exitCode, checked.output).toBe(0);
    const warnings = checked.output.split('\n').filter((line) => line.includes('advisory goes public'));
    expect(warnings).toEqual([
      'content/releases/2026-12-10-water-forum/en.md:5  date: the advisory goes public at 2026-12-10 00:00, only 11 hours before its event starts (2026-12-10 11:00)'
      + '  (set date: to when journalists should learn of the event, for example "2026-12-08", unless the short notice is intended)',
    ]);
  });

  it('adds a translation that copies the language-independent fields', async () => {
    const root = contentFixture({});
    const created = await newRelease(root, ['--translate', '2026-04-01-youth-briefing', '--lang', 'ky']);
    expect(created.exitCode, created.output).toBe(0);
    const text = readFileSync(join(root, 'content', 'releases', '2026-04-01-youth-briefing', 'ky.md'), 'utf8');
    expect(text).toContain('start: "2026-04-01T11:30"');
    expect(text).toContain('organization: [alpha-ngo, beta-ngo]');
    const checked = await validate(root);
    expect(checked.exitCode, checked.output).toBe(0);
    expect(checked.output).not.toContain('youth-briefing:1  (translations)');
  });

  it('dates a translation of a release already out, and will not publish it until the author writes the moment', async () => {
    const root = contentFixture({});
    await newRelease(root, ['--translate', '2026-04-01-youth-briefing', '--lang', 'ky']);
    const file = join(root, 'content', 'releases', '2026-04-01-youth-briefing', 'ky.md');
    const text = readFileSync(file, 'utf8');
    const line = /^translated: "(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})" +# TODO: draft сабын өчүргөн күндү жана убакытты жазыңыз/m.exec(text);
    expect(line, text).not.toBeNull();
    // Written in the site's time zone (Bishkek, UTC+6), within a minute of now.
    expect(Math.abs(new Date(`${line![1]}:00+06:00`).getTime() - Date.now())).toBeLessThan(120_000);
    // Everything translated and the draft line gone, but the note on "translated" kept: refused.
    const translated = text.replace(/^draft: true.*\n/m, '').replace(/^TODO:.*\n/m, '').replace(/ +# TODO: (?!draft сабын).*$/gm, '');
    writeFileSync(file, translated);
    const refused = await validate(root);
    expect(refused.exitCode).toBe(1);
    expect(refused.output).toMatch(/youth-briefing\/ky\.md:\d+ {2}translated: still has the note "TODO: draft сабын өчүргөн күндү жана убакытты жазыңыз/);
    writeFileSync(file, translated.replace(/ +# TODO:.*$/gm, ''));
    const accepted = await validate(root);
    expect(accepted.exitCode, accepted.output).toBe(0);
    expect(accepted.output).not.toContain('translated:');
  });

  it('gives a translation of a release not out yet no date of its own', async () => {
    const root = contentFixture({});
    await newRelease(root, ['--title', 'Water forum', '--lang', 'en', '--organization', 'alpha-ngo', '--date', '2099-01-10']);
    await newRelease(root, ['--translate', '2099-01-10-water-forum', '--lang', 'ru']);
    expect(readFileSync(join(root, 'content', 'releases', '2099-01-10-water-forum', 'ru.md'), 'utf8')).not.toContain('translated');
  });

  it('never overwrites an existing file', async () => {
    const root = contentFixture({});
    const again = await newRelease(root, ['--translate', '2026-04-01-youth-briefing', '--lang', 'en']);
    expect(again.exitCode).toBe(1);
    expect(again.output).toContain('already exists');
  });

  it('lists the organisations when none is given and several exist', async () => {
    const result = await newRelease(contentFixture({}), ['--title', 'Water forum', '--lang', 'en']);
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('--organization must be one of: alpha-ngo, beta-ngo');
  });
});
