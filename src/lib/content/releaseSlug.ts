import slugify from '@sindresorhus/slugify';

/**
 * Kyrgyz letters that generic Cyrillic transliteration drops or mangles
 * (Ө, Ү, Ң), written the way Kyrgyz is usually romanised; the old letter
 * Ѳ/ѳ, which some Kyrgyz keyboards type for Ө/ө, is read as Ө/ө.
 */
const KYRGYZ_LETTERS: Array<[string, string]> = [
  ['Ө', 'O'], ['ө', 'o'], ['Ѳ', 'O'], ['ѳ', 'o'],
  ['Ү', 'U'], ['ү', 'u'],
  ['Ң', 'Ng'], ['ң', 'ng'],
];

/**
 * The ASCII part of a release folder name from a title in any of the
 * newsroom's languages: "Суу форуму: Өзгөн үчүн" → "suu-forumu-ozgon-uchun".
 * At most `maxWords` words, so addresses stay short enough to share.
 */
export function releaseSlug(title: string, maxWords = 6): string {
  // No word splitting at case changes: "БУУнун" (the UN's) is one word, "buunun", not "bu-unun".
  const slug = slugify(title, { customReplacements: KYRGYZ_LETTERS, decamelize: false });
  return slug.split('-').filter(Boolean).slice(0, maxWords).join('-');
}
