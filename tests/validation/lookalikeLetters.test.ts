/**
 * A Kyrgyz release as it arrives from a Kyrgyz keyboard layout, Word and
 * Telegram: `npm run validate` names each lookalike character (file, line,
 * field, word, code point), `--fix` corrects exactly those in place, and a
 * second run is clean. A correct Kyrgyz paragraph with Latin words is quiet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/buildSite.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

const FILE = 'releases/2026-03-14-water-forum/ky.md';
const validate = (root: string, extra: string[] = []) => run('node', ['scripts/validate.ts', '--root', root, ...extra], {});

/** Seed-like text, saved by Notepad: byte-order mark and CRLF line endings. */
const SEED_LIKE = `\uFEFF${[
  '---',
  'title: "Бишкeк шаарында кыска мөөнөттүү байкоочулар ишке киришти"',
  'summary: Коалиция байкоочулардын\u200B ишке киришин жарыялады.',
  'type: press-release',
  'date: "2026-03-14"',
  'organization: alpha-ngo',
  'tags: [water]',
  'dateline: Бишкек',
  '---',
  'Демократия жана жарандык коом үчүн Коалициясы брифингде маалымат берди.',
  '',
  'Байкоочулар шайлоо мыйзамын кѳзѳмѳлдѳп жүрөт.',
  '',
].join('\r\n')}`;

const lookalikeLines = (output: string) => output.split('\n').filter((line) => line.includes('npm run validate -- --fix'));

describe('lookalike letters', () => {
  it('are reported once per word, naming file, line, field, word and code point', async () => {
    const { exitCode, output } = await validate(contentFixture({ [FILE]: SEED_LIKE }));
    expect(exitCode, output).toBe(0);
    const lines = lookalikeLines(output);
    expect(lines, output).toHaveLength(3);
    expect(lines[0]).toContain(`content/${FILE}:2  title: "Бишкeк" has a Latin e (U+0065 LATIN SMALL LETTER E) among Cyrillic letters`);
    expect(lines[0]).toContain('write "Бишкек" with the Cyrillic е (U+0435');
    expect(lines[1]).toContain(`content/${FILE}:3  summary: "байкоочулардын‹U+200B›" contains the invisible ZERO WIDTH SPACE (U+200B)`);
    expect(lines[2]).toContain(`content/${FILE}:12  (text): "кѳзѳмѳлдѳп" is written with ѳ (U+0473 CYRILLIC SMALL LETTER FITA)`);
    expect(lines[2]).toContain('write "көзөмөлдөп" with ө (U+04E9');
    // The warning says how to fix it all at once, and where the guide explains it.
    for (const line of lines) expect(line).toContain('"npm run validate -- --fix" corrects it; see docs/authors/ky.md#lookalikes');
  });

  it('are corrected in place by --fix, keeping the byte-order mark and CRLF, and a second run is clean', async () => {
    const root = contentFixture({ [FILE]: SEED_LIKE });
    const fixed = await validate(root, ['--fix']);
    expect(fixed.exitCode, fixed.output).toBe(0);
    expect(fixed.output).toContain(`fixed content/${FILE}:2  title: "Бишкeк" → "Бишкек"`);
    expect(fixed.output).toContain(`fixed content/${FILE}:3  summary: "байкоочулардын‹U+200B›" → "байкоочулардын"`);
    expect(fixed.output).toContain(`fixed content/${FILE}:12  (text): "кѳзѳмѳлдѳп" → "көзөмөлдөп"`);
    const expected = SEED_LIKE.replace('Бишкeк', 'Бишкек').replace('\u200B', '').replace('кѳзѳмѳлдѳп', 'көзөмөлдөп');
    expect(readFileSync(join(root, 'content', FILE), 'utf8')).toBe(expected);
    const again = await validate(root);
    expect(again.exitCode).toBe(0);
    expect(lookalikeLines(again.output)).toEqual([]);
  });

  it('are not reported in correct Kyrgyz text with Latin words (UNDP, COVID-19, e-mail, ПРООН/UNDP)', async () => {
    const { output } = await validate(contentFixture({
      [FILE]: SEED_LIKE.replace('Бишкeк', 'Бишкек').replace('\u200B', '').replace('кѳзѳмѳлдѳп', 'көзөмөлдөп')
        .replace('брифингде маалымат берди.', 'ПРООН/UNDP менен COVID-19 боюнча SMS-отчеттук тажрыйбаны e-mail жана Telegram аркылуу таратты. БУУнун өкүлү Facebook-та сүйлөдү.'),
    }));
    expect(lookalikeLines(output), output).toEqual([]);
  });

  it('stop the build when a direction control (U+202E) would show a title or a text reversed, and --fix removes it', async () => {
    const reversed = SEED_LIKE.replace('dateline: Бишкек', 'dateline: Бишкек\r\nattachments:\r\n  - url: /files/\u202Efdp.exe\r\n    title: Тиркеме')
      .replace('брифингде маалымат берди.', 'брифингде \u202Eилдиреб тамылаам\u202C.');
    const root = contentFixture({ [FILE]: reversed.replace('Бишкeк', 'Бишкек').replace('\u200B', '').replace('кѳзѳмѳлдѳп', 'көзөмөлдөп') });
    const { exitCode, output } = await validate(root);
    expect(exitCode, output).toBe(1);
    expect(output).toContain(`content/${FILE}:10  attachments[0].url: "‹U+202E›fdp" contains the invisible RIGHT-TO-LEFT OVERRIDE (U+202E), which shows the text around it in another order than it is written`);
    expect(output).toContain(`content/${FILE}:13  (text): "‹U+202E›илдиреб" contains the invisible RIGHT-TO-LEFT OVERRIDE (U+202E)`);
    const fixed = await validate(root, ['--fix']);
    expect(fixed.output).toContain('→ "илдиреб"');
    const again = await validate(root);
    expect(again.output).not.toContain('U+202');
  });

  it('stop the build for a control character pasted into a title (feeds may not contain it), and --fix removes it', async () => {
    const clean = SEED_LIKE.replace('Бишкeк', 'Бишкек').replace('\u200B', '').replace('кѳзѳмѳлдѳп', 'көзөмөлдөп');
    const root = contentFixture({ [FILE]: clean.replace('кыска мөөнөттүү', 'кыска\u0008 мөөнөттүү') });
    const { exitCode, output } = await validate(root);
    expect(exitCode, output).toBe(1);
    expect(output).toContain(`content/${FILE}:2  title: "кыска‹U+0008›" contains the invisible CONTROL CHARACTER U+0008 (U+0008), which feeds may not contain`);
    await validate(root, ['--fix']);
    expect(readFileSync(join(root, 'content', FILE), 'utf8')).toBe(clean);
  });
});

