/**
 * Renderer, glyph coverage and cache, tested without Astro.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { CardModel } from '../../src/og/cardTemplate.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/og/constants.ts';
import { loadCardFonts } from '../../src/og/fonts.ts';
import { generateCards, type CardJob } from '../../src/og/generateCards.ts';
import { drawableText, findMissingGlyphs, formatCoverageProblems } from '../../src/og/glyphCoverage.ts';
import { CARD_ENCODERS, renderCardPng } from '../../src/og/renderCard.ts';
import { defaultPoolSize } from '../../src/og/workerPool.ts';

const KYRGYZ_TITLE =
  'Өзгөн, Үзгөн жана Ноокат райондорундагы айыл тургундары үчүн таза суу: коалиция жаңы долбоорун баштады, ал эми жергиликтүү бийлик өңүттөрү кошумча каражат бөлүүнү убада кылды';

const kyrgyzCard: CardModel = {
  kind: 'release', lang: 'ky', brand: 'Жарандык коалиция: басма сөз борбору', host: 'newsroom.example.org',
  label: 'Пресс-релиз', date: '2026-ж., 14-март', title: KYRGYZ_TITLE, footer: 'Альфа Коомдук Бирикмеси',
};

describe('card renderer', () => {
  it.each(CARD_ENCODERS)('renders a long Kyrgyz title as a 1200×630 PNG (%s)', async (encoder) => {
    const png = await renderCardPng(kyrgyzCard, encoder);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: CARD_WIDTH, height: CARD_HEIGHT });
  });

  it('draws the Kyrgyz letters (the glyphs are in the font set, not tofu)', async () => {
    const withText = await renderCardPng(kyrgyzCard);
    const blank = await renderCardPng({ ...kyrgyzCard, title: ' ' });
    const inkOf = async (png: Buffer) => (await sharp(png).greyscale().stats()).channels[0]!.mean;
    // The headline adds a lot of dark pixels.
    expect(await inkOf(blank) - (await inkOf(withText))).toBeGreaterThan(10);
  });
});

describe('glyph coverage', () => {
  const { coverage } = loadCardFonts();

  it('covers Kyrgyz, Russian and Latin text and typographic punctuation', () => {
    expect(findMissingGlyphs(`${KYRGYZ_TITLE} ӨөҮүҢң Ёё «ёлка» „Zoë“ — café №5 … €`, coverage)).toEqual([]);
  });

  it('reports characters outside the fonts with their code points, including emoji', () => {
    const missing = findMissingGlyphs('Water 𓀀 forum 🚰 ok', coverage);
    expect(missing.map((glyph) => glyph.label)).toEqual(['U+13000', 'U+1F6B0']);
  });

  it('draws a look-alike for hyphens, dashes and spaces pasted from Word that the fonts lack', () => {
    // Word's non-breaking hyphen (Ctrl+Shift+-), a figure dash and a narrow no-break space.
    const pasted = 'COVID\u201119: 2020\u20122021, 5\u202f000 participants';
    expect(findMissingGlyphs(pasted, coverage).map((glyph) => glyph.label)).toContain('U+2011');
    const drawn = drawableText(pasted, coverage);
    expect(findMissingGlyphs(drawn, coverage)).toEqual([]);
    expect(drawn.replace(/\u2060/g, '').replace(/[\u2010-]/g, '-')).toMatch(/^COVID-19: 2020[-–]2021, 5\s000 participants$/u);
    // The hyphen still does not break the line: a word joiner follows it.
    expect(drawn).toMatch(/^COVID[\u2010-]\u206019/u);
    // Characters with no look-alike are still reported.
    expect(findMissingGlyphs(drawableText('Water 🚰', coverage), coverage).map((glyph) => glyph.label)).toEqual(['U+1F6B0']);
  });

  it('ignores invisible characters such as the emoji variation selector', () => {
    expect(findMissingGlyphs('A\u200bB\ufe0fC\n', coverage)).toEqual([]);
  });

  it('formats a message naming the file, the character and its code point', () => {
    const message = formatCoverageProblems([
      { file: 'content/releases/2026-03-14-x/en.md', field: 'title', text: 'a 𓀀', missing: findMissingGlyphs('a 𓀀', coverage) },
    ]);
    expect(message).toContain('content/releases/2026-03-14-x/en.md  title: contains "𓀀" (U+13000)');
  });
});

describe('card cache', () => {
  const job = (name: string, title: string): CardJob => ({ model: { ...kyrgyzCard, title }, output: `og/ky/${name}.png` });

  it('reuses an unchanged card and re-renders a changed one', async () => {
    const work = mkdtempSync(join(tmpdir(), 'newsroom-og-cache-'));
    const cacheDir = join(work, 'cache');
    const first = [job('a', 'Биринчи макала'), job('b', 'Экинчи макала')];

    const cold = await generateCards(first, { outDir: join(work, 'out1'), cacheDir });
    expect(cold).toMatchObject({ rendered: 2, reused: 0 });

    const warm = await generateCards(first, { outDir: join(work, 'out2'), cacheDir });
    expect(warm).toMatchObject({ rendered: 0, reused: 2, workers: 0 });
    expect(readFileSync(join(work, 'out2', 'og/ky/a.png')).equals(readFileSync(join(work, 'out1', 'og/ky/a.png')))).toBe(true);

    const edited = [first[0]!, job('b', 'Экинчи макала (оңдолгон)')];
    const partial = await generateCards(edited, { outDir: join(work, 'out3'), cacheDir });
    // The old card of "b" is no longer used by any job: it leaves the cache, the others stay.
    expect(partial).toMatchObject({ rendered: 1, reused: 1, pruned: 1 });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(2);
    expect(readFileSync(join(work, 'out3', 'og/ky/b.png')).equals(readFileSync(join(work, 'out1', 'og/ky/b.png')))).toBe(false);
    expect((await sharp(join(work, 'out3', 'og/ky/b.png')).metadata()).width).toBe(CARD_WIDTH);
  });

  it('keeps cached cards intact when it writes over an earlier build, and writes identical cards as separate files', async () => {
    const work = mkdtempSync(join(tmpdir(), 'newsroom-og-cache-'));
    const [cacheDir, outDir] = [join(work, 'cache'), join(work, 'out')];
    await generateCards([job('a', 'Биринчи макала'), job('twin', 'Биринчи макала')], { outDir, cacheDir, prune: false });
    // Output files are linked from the cache, but never two to the same file (GitHub Pages refuses those).
    expect(statSync(join(outDir, 'og/ky/twin.png')).ino).not.toBe(statSync(join(outDir, 'og/ky/a.png')).ino);
    const cached = () => new Map(readdirSync(cacheDir).filter((name) => name.endsWith('.png')).map((name) => [name, readFileSync(join(cacheDir, name))]));
    const before = cached();
    await generateCards([job('a', 'Биринчи макала (оңдолгон)')], { outDir, cacheDir, prune: false });
    const after = cached();
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes)).toBe(true);
    expect(readFileSync(join(outDir, 'og/ky/a.png')).equals(readFileSync(join(outDir, 'og/ky/twin.png')))).toBe(false);
  });

  it('keys the cache on every text on the card, not only the title', async () => {
    const work = mkdtempSync(join(tmpdir(), 'newsroom-og-cache-'));
    const cacheDir = join(work, 'cache');
    await generateCards([job('a', 'Макала')], { outDir: join(work, 'out'), cacheDir });
    const dateChanged = await generateCards([{ ...job('a', 'Макала'), model: { ...kyrgyzCard, title: 'Макала', date: '2026-ж., 15-март' } }], { outDir: join(work, 'out'), cacheDir });
    expect(dateChanged.rendered).toBe(1);
  });
});

describe('card worker pool size', () => {
  it('uses one worker for a handful of cards and every core for many', () => {
    const previous = process.env.NEWSROOM_OG_WORKERS;
    delete process.env.NEWSROOM_OG_WORKERS;
    try {
      expect(defaultPoolSize(3)).toBe(1);
      expect(defaultPoolSize(500)).toBe(availableParallelism());
      process.env.NEWSROOM_OG_WORKERS = '3';
      expect(defaultPoolSize(2)).toBe(2);
      expect(defaultPoolSize(500)).toBe(3);
    } finally {
      if (previous === undefined) delete process.env.NEWSROOM_OG_WORKERS;
      else process.env.NEWSROOM_OG_WORKERS = previous;
    }
  });
});
