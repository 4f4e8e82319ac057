/**
 * Turns content into card jobs: one per public release translation and one
 * default card per language, with every text localized here in the main
 * thread (type label, date, organisation names), and checks that the fonts
 * cover every character before anything is rendered.
 */
import { siteConfig } from '../config.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { join } from 'node:path';
import { getTranslator, type UiKey } from '../i18n/translator.ts';
import { cardDateLine } from './cardText.ts';
import { isPublic } from '../lib/isPublic.ts';
import { validateContent } from '../lib/content/validateContent.ts';
import { watchedContentVersion } from '../lib/content/contentWatch.ts';
import { defaultCardPath, releaseCardPath } from '../lib/urls.ts';
import type { CardBrand } from './cardBrand.ts';
import type { CardModel } from './cardTemplate.ts';
import { loadCardFonts } from './fonts.ts';
import type { CardJob } from './generateCards.ts';
import { drawableText, findMissingGlyphs, type CoverageProblem } from './glyphCoverage.ts';

export interface CollectOptions {
  /** Folder that holds `content/`. */
  contentRoot: string;
  now: Date;
  /**
   * Extra gate: true when the release page was built. Cards are made only
   * for releases that are public AND have a page, so no card can leak a
   * draft or embargoed release even if clocks differ.
   */
  pageExists?: (lang: Locale, slug: string) => boolean;
  /** Logo and colours for every card (cardBrand.ts); without it, cards have the default colours and no logo. */
  brand?: CardBrand;
}

/** "newsroom.example.org" or "ngo.example.org/newsroom". */
export function siteHost(url: string = siteConfig.url, basePath: string = siteConfig.basePath): string {
  return `${new URL(url).host}${basePath.replace(/\/$/, '')}`;
}

/** Site path "/og/ky/x.png" → output path "og/ky/x.png". */
const outputOf = (sitePath: string) => sitePath.replace(/^\//, '');

/** Card model of a language's default card (home, archive and tag pages). */
export function defaultCardModel(lang: Locale, brand?: CardBrand): CardModel {
  return { kind: 'default', lang, brand: siteConfig.name[lang], host: siteHost(), title: siteConfig.name[lang], subtitle: siteConfig.tagline[lang], ...brand };
}

/** All card jobs for a content folder, plus characters the fonts cannot draw. */
export function collectCardJobs(options: CollectOptions): { jobs: CardJob[]; problems: CoverageProblem[] } {
  const { coverage } = loadCardFonts();
  const content = validateContent(options.contentRoot, { timeZone: siteConfig.timeZone, watchedVersion: watchedContentVersion(join(options.contentRoot, 'content')) });
  const problems: CoverageProblem[] = [];
  /** The text as the card draws it (look-alikes in place of characters the fonts lack), after checking what is left. */
  const check = (file: string, field: string, text: string, line?: number): string => {
    const drawn = drawableText(text, coverage);
    const missing = findMissingGlyphs(drawn, coverage);
    if (missing.length > 0 && !problems.some((problem) => problem.file === file && problem.field === field)) {
      problems.push({ file, field, text, missing, ...(line ? { line } : {}) });
    }
    return drawn;
  };
  const jobs: CardJob[] = [];
  /** The site's name as the cards of each language draw it (checked once, with the default card). */
  const siteNames = new Map<Locale, string>();
  for (const lang of locales) {
    const model = defaultCardModel(lang, options.brand);
    const title = check('src/config.ts', `name.${lang}`, model.title);
    const subtitle = model.subtitle === undefined ? undefined : check('src/config.ts', `tagline.${lang}`, model.subtitle);
    siteNames.set(lang, title);
    jobs.push({ model: { ...model, brand: title, title, ...(subtitle === undefined ? {} : { subtitle }) }, output: outputOf(defaultCardPath(lang)) });
  }
  for (const release of content.releases) {
    const { lang, slug, data } = release;
    if (!isPublic(data, options.now)) continue;
    if (options.pageExists && !options.pageExists(lang, slug)) continue;
    const t = getTranslator(lang);
    const organizations = data.organization.map((id) => check(`content/organizations/${id}.yml`, `name.${lang}`, content.organizations.get(id)?.name[lang] ?? id));
    const label = check(`src/i18n/${lang}.json`, `type.${data.type}`, t(`type.${data.type}` as UiKey));
    const title = check(release.file, 'title', data.title, release.titleLine);
    jobs.push({
      model: {
        kind: 'release', lang, brand: siteNames.get(lang)!, host: siteHost(),
        label, date: cardDateLine(data, lang), title, footer: organizations.join(' · '), ...options.brand,
      },
      output: outputOf(releaseCardPath(lang, slug)),
    });
  }
  return { jobs, problems };
}
