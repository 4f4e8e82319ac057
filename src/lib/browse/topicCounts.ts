/** Topics of one language with their number of releases, for `/<lang>/tags/`. */
import { localeInfo, type Locale } from '../../i18n/locales.ts';
import { releasesByTag, type ReleaseLike } from '../releaseCollections.ts';

/** One line of the topic index. */
export interface TopicCount {
  tag: string;
  label: string;
  count: number;
}

/**
 * Every topic that has releases in `lang`, with its label in that language
 * (the id when tags.yml has none) and its number of releases, sorted by
 * label in that language's alphabetical order (Kyrgyz Ө after О, etc.).
 * Topics without releases in `lang` are left out: their pages do not exist.
 */
export function topicCounts<T extends ReleaseLike>(releases: readonly T[], lang: Locale, labels: ReadonlyMap<string, string>): TopicCount[] {
  const collator = new Intl.Collator(localeInfo[lang].intlTag);
  return [...releasesByTag(releases, lang)]
    .map(([tag, tagged]) => ({ tag, label: labels.get(tag) ?? tag, count: tagged.length }))
    .sort((a, b) => collator.compare(a.label, b.label) || a.tag.localeCompare(b.tag));
}
