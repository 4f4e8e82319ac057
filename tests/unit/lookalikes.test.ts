/**
 * Lookalike letters: what an author pasting from Word or typing on an old
 * Kyrgyz keyboard layout produces, and what must not be mistaken for it.
 */
import { describe, expect, it } from 'vitest';
import { findLookalikes, type LookalikeRules } from '../../src/lib/content/lookalikes/findLookalikes.ts';
import { fixLookalikes } from '../../src/lib/content/lookalikes/fixLookalikes.ts';

const KYRGYZ: LookalikeRules = { fita: true, mixedScripts: true, invisible: true, kyrgyz: true };
const RUSSIAN: LookalikeRules = { ...KYRGYZ, kyrgyz: false };
const summary = (text: string, rules = KYRGYZ) => findLookalikes(text, rules).map(({ kind, word, fixed }) => ({ kind, word, fixed }));

describe('findLookalikes', () => {
  it('finds the old letter ѳ typed for ө, one entry per word with every letter in it', () => {
    const [found] = findLookalikes('Кыска мѳѳнѳттѳгү байкоочулардын ишке киришин жарыялады', KYRGYZ);
    expect(found).toMatchObject({ kind: 'fita', word: 'мѳѳнѳттѳгү', fixed: 'мөөнөттөгү' });
    expect(found?.letters.map((letter) => letter.index)).toEqual([7, 8, 10, 13]);
    expect(summary('ѲЗГѲН')).toEqual([{ kind: 'fita', word: 'ѲЗГѲН', fixed: 'ӨЗГӨН' }]);
  });

  it('leaves ѳ alone in English text, where it is not a Kyrgyz letter typed wrong', () => {
    expect(summary('Ѳ is the old Cyrillic fita', { ...KYRGYZ, fita: false, kyrgyz: false })).toEqual([]);
  });

  it('finds one Latin letter among Cyrillic letters, and one Cyrillic letter among Latin ones', () => {
    expect(summary('Бишкeк шаарында')).toEqual([{ kind: 'latin-in-cyrillic', word: 'Бишкeк', fixed: 'Бишкек' }]);
    expect(summary('ПРOОН')).toEqual([{ kind: 'latin-in-cyrillic', word: 'ПРOОН', fixed: 'ПРООН' }]);
    expect(summary('UNDР жана')).toEqual([{ kind: 'cyrillic-in-latin', word: 'UNDР', fixed: 'UNDP' }]);
  });

  it('raises no false alarm on Latin words in Kyrgyz text, or on words joined by hyphens and slashes', () => {
    const paragraph = 'БУУнун Өнүктүрүү программасы (ПРООН/UNDP) COVID-19 пандемиясынан кийин SMS-отчеттук тажрыйбаны баштады; '
      + 'суроолорду e-mail аркылуу жөнөтүңүз, Facebook жана Telegram-каналда да жарыяланат. iPhone, Wi-Fi, KGS, 2022-жылы.';
    expect(summary(paragraph)).toEqual([]);
    expect(summary('Проект «Мониторинг юстиции» (policy briefs) и e-mail', RUSSIAN)).toEqual([]);
  });

  it('leaves cases it cannot decide: mixed words with several letters of each script, a lone y in Kyrgyz (у or ү?)', () => {
    expect(summary('Facebookтагы UNDPнын')).toEqual([]);
    expect(summary('кyрулуш')).toEqual([]);
    expect(summary('кyрулуш', RUSSIAN)).toEqual([{ kind: 'latin-in-cyrillic', word: 'кyрулуш', fixed: 'курулуш' }]);
  });

  it('finds invisible characters, showing the word they hide in', () => {
    expect(summary('Биш\u200Bкек шаары')).toEqual([{ kind: 'invisible', word: 'Биш\u200Bкек', fixed: 'Бишкек' }]);
    expect(summary('мөөнөт\u00ADтөгү')).toEqual([{ kind: 'invisible', word: 'мөөнөт\u00ADтөгү', fixed: 'мөөнөттөгү' }]);
    expect(summary('Бишкек \u2060 шаары')).toEqual([{ kind: 'invisible', word: 'Бишкек \u2060 шаары', fixed: 'Бишкек  шаары' }]);
  });

  it('keeps joiners that belong in emoji sequences', () => {
    expect(summary('Жаштар форуму 👩\u200D💻')).toEqual([]);
  });

  it('checks invisible characters only where asked (titles, summaries, datelines)', () => {
    expect(summary('Биш\u200Bкек', { ...KYRGYZ, invisible: false })).toEqual([]);
  });
});

describe('fixLookalikes', () => {
  it('changes only the named characters, keeping the byte-order mark and Windows line endings', () => {
    const raw = '\uFEFF---\r\ntitle: "Бишкeк"\r\n---\r\nмѳѳнѳт\r\n';
    const result = fixLookalikes(raw, [
      { line: 2, column: 12, original: 'e', replacement: 'е' },
      { line: 4, column: 1, original: 'ѳ', replacement: 'ө' },
      { line: 4, column: 2, original: 'ѳ', replacement: 'ө' },
      { line: 4, column: 4, original: 'ѳ', replacement: 'ө' },
    ]);
    expect(result.text).toBe('\uFEFF---\r\ntitle: "Бишкек"\r\n---\r\nмөөнөт\r\n');
    expect(result.skipped).toEqual([]);
  });

  it('deletes invisible characters and skips an edit whose text is no longer there', () => {
    const result = fixLookalikes('a\nБиш\u200Bкек\n', [
      { line: 2, column: 3, original: '\u200B', replacement: '' },
      { line: 1, column: 0, original: 'x', replacement: 'y' },
    ]);
    expect(result.text).toBe('a\nБишкек\n');
    expect(result.skipped).toHaveLength(1);
  });
});
