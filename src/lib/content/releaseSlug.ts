import slugify from '@sindresorhus/slugify';

/**
 * Kyrgyz letters that generic Cyrillic transliteration drops or mangles
 * (Ө, Ү, Ң), written the way Kyrgyz is usually romanised.
 */
const KYRGYZ_LETTERS: Array<[string, string]> = [
  ['Ө', 'O'], ['ө', 'o'],
  ['Ү', 'U'], ['ү', 'u'],
  ['Ң', 'Ng'], ['ң', 'ng'],
];

/**
 * The ASCII part of a release folder name from a title in any of the
 * newsroom's languages: "Суу форуму: Өзгөн үчүн" → "suu-forumu-ozgon-uchun".
 * At most `maxWords` words, so addresses stay short enough to share.
 */
export function releaseSlug(title: string, maxWords = 6): string {
  const slug = slugify(title, { customReplacements: KYRGYZ_LETTERS });
  return slug.split('-').filter(Boolean).slice(0, maxWords).join('-');
}
