/**
 * `npm run new`: creates a release file with every field in place, so an
 * author only fills in text. New files start as drafts (never published)
 * with TODO placeholders and notes in the file's language, which
 * `npm run validate` refuses once the draft line is removed.
 *
 *   npm run new -- --title "Суу форуму: Өзгөн үчүн жаңы долбоор" --lang ky
 *   npm run new -- --title "…" --lang ru --type media-advisory --organization civic-monitor
 *   npm run new -- --translate 2026-03-14-water-forum --lang en     (adds a translation, keeping every field)
 *   npm run new -- --new-organization civic-monitor [--lang ky]     (adds an organisation file)
 *
 * Options: --date YYYY-MM-DD (default: today in the site time zone),
 * --slug words-in-latin (default: from the title), --root dir (default: this project).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseCommandLine } from './lib/parseCommandLine.ts';
import { newReleaseText } from './lib/releaseTemplate.ts';
import { organizationText } from './lib/organizationTemplate.ts';
import { translationText } from './lib/translationTemplate.ts';
import { templateNotes } from './lib/templateNotes.ts';
import { loadSiteConfig, resolveContentRoot } from '../src/config.ts';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';
import { formatLocalDateTime, zoneLabel } from '../src/lib/formatDate.ts';
import { isSiteDateError, parseSiteDate } from '../src/lib/parseSiteDate.ts';
import { publicationInstant } from '../src/lib/isPublic.ts';
import { parseFrontMatter } from '../src/lib/content/parseFrontMatter.ts';
import { guidePath } from '../src/lib/content/authorGuide.ts';
import { suggestClosest } from '../src/lib/content/problems.ts';
import { releaseSlug } from '../src/lib/content/releaseSlug.ts';
import { readOrganizations } from '../src/lib/content/readOrganizations.ts';
import { ID_PATTERN, releaseTypes, type ReleaseType } from '../src/lib/content/schemas.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const USAGE = `Usage:
  npm run new -- --title "Title of the release" --lang ky [--type press-release] [--organization id] [--date 2026-03-14] [--slug words-in-latin]
  npm run new -- --translate 2026-03-14-folder-name --lang en
  npm run new -- --new-organization civic-monitor [--lang ky]
Types: press-release, media-advisory, statement, news. Languages: ky, ru, en.
--organization is needed when content/organizations/ has more than one; --root dir writes into dir/content instead of ./content.
Guides for authors: docs/authors/ky.md, docs/authors/ru.md, docs/authors/en.md.
(In Windows PowerShell, if the options are ignored, write -- twice: npm run new -- -- --title …)`;

const values = parseCommandLine({
  title: { type: 'string' },
  lang: { type: 'string' },
  type: { type: 'string', default: 'press-release' },
  organization: { type: 'string' },
  'new-organization': { type: 'string' },
  date: { type: 'string' },
  slug: { type: 'string' },
  translate: { type: 'string' },
  root: { type: 'string' },
}, USAGE, true);

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const config = loadSiteConfig();
const root = values.root ? resolve(values.root) : resolveContentRoot(projectRoot);
const releasesDirectory = join(root, 'content', 'releases');
const shown = (path: string) => relative(root, path).split('\\').join('/');

function writeNew(file: string, text: string): void {
  if (existsSync(file)) fail(`${shown(file)} already exists; edit it instead`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`✓ Created ${shown(file)}`);
}

/** The languages the site has release files in, in locale order (all of them for a new site). */
function languagesInUse(): Locale[] {
  const folders = existsSync(releasesDirectory) ? readdirSync(releasesDirectory) : [];
  const used = locales.filter((locale) => folders.some((folder) => existsSync(join(releasesDirectory, folder, `${locale}.md`))));
  return used.length > 0 ? used : [...locales];
}

function newOrganization(id: string): void {
  if (!ID_PATTERN.test(id)) fail(`"${id}" cannot be an organisation id: use lowercase latin letters, digits and hyphens, e.g. civic-monitor`);
  const languages = languagesInUse();
  const lang = isLocale(values.lang) ? values.lang : languages[0] ?? 'ky';
  // A language the author names is needed even if no release uses it yet.
  if (!languages.includes(lang)) languages.push(lang);
  writeNew(join(root, 'content', 'organizations', `${id}.yml`), organizationText(id, locales.filter((locale) => languages.includes(locale)), lang));
  console.log(`  ${templateNotes[lang].next.organization(`npm run new -- --title "…" --lang ${lang} --organization ${id}`)}`);
}

function checkedOrganization(): string {
  const known = [...readOrganizations(root).files.keys()];
  const organization = values.organization ?? (known.length === 1 ? known[0] : undefined);
  if (known.length === 0) fail('there is no organisation yet. Create one first: npm run new -- --new-organization your-organisation-id');
  if (!organization) fail(`--organization must be one of: ${known.join(', ')}`);
  if (!known.includes(organization)) {
    const suggestion = suggestClosest(organization, known);
    fail([
      `there is no organisation "${organization}" in content/organizations/${suggestion ? ` (did you mean "${suggestion}"?)` : ''}. Known: ${known.join(', ')}.`,
      '  If it is a new organisation, create its file first with:',
      `    npm run new -- --new-organization ${organization}`,
      '  then fill it in and run this command again.',
    ].join('\n'));
  }
  return organization;
}

function newRelease(lang: Locale): void {
  const title = values.title?.trim() || fail('--title is required, e.g. --title "Water forum opens in Osh"');
  const type = values.type ?? 'press-release';
  if (!(releaseTypes as readonly string[]).includes(type)) fail(`--type must be one of ${releaseTypes.join(', ')}`);
  // Default: now, in the site time zone, so the release is public as soon as the draft line goes.
  const now = formatLocalDateTime(new Date(), config.timeZone);
  const day = values.date ?? now.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) fail('--date must look like 2026-03-14');
  const organization = checkedOrganization();
  const slug = values.slug ?? releaseSlug(title);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail('the title has no latin letters or digits to name the folder with: add --slug words-in-latin');
  writeNew(join(releasesDirectory, `${day}-${slug}`, `${lang}.md`), newReleaseText({
    lang, title, type: type as ReleaseType, day, published: values.date ? day : now.replace(' ', 'T'), organization,
    zone: zoneLabel(new Date(), lang, config.timeZone),
  }));
}

/**
 * Now in the site's time zone ("2026-12-02T15:30") when the release of
 * `sourceText` is already out, for the new translation's `translated`
 * field: feed readers and e-mail digests that polled since then would
 * otherwise never see the translation. Undefined for a release not out yet
 * (its translation comes out with it), or when its dates cannot be read
 * (validation reports those).
 */
function translatedNow(sourceText: string): string | undefined {
  let data: Record<string, unknown>;
  try {
    data = parseFrontMatter(sourceText).data;
  } catch {
    return undefined;
  }
  const date = parseSiteDate(data.date, config.timeZone);
  const embargo = data.embargo === undefined ? undefined : parseSiteDate(data.embargo, config.timeZone);
  if (isSiteDateError(date) || (embargo && isSiteDateError(embargo))) return undefined;
  const published = publicationInstant({ date: date.instant, embargo: embargo?.instant });
  return published.getTime() <= Date.now() ? formatLocalDateTime(new Date(), config.timeZone).replace(' ', 'T') : undefined;
}

function newTranslation(folderArgument: string, lang: Locale): void {
  // A pasted path ("content/releases/2026-03-14-x/", "…\\2026-03-14-x\\ky.md") names its folder.
  const folder = folderArgument.split(/[\\/]/).filter((part) => part && !part.endsWith('.md')).at(-1) ?? '';
  const directory = join(releasesDirectory, folder);
  if (!existsSync(directory)) {
    // Authors copy the example's date or mistype the name: offer the folder they most likely mean.
    const folders = existsSync(releasesDirectory) ? readdirSync(releasesDirectory) : [];
    const words = folder.replace(/^\d{4}-\d{2}-\d{2}-/, '');
    const likely = folders.find((name) => name.replace(/^\d{4}-\d{2}-\d{2}-/, '') === words) ?? suggestClosest(folder, folders);
    fail(`there is no release folder content/releases/${folder}${likely ? `. Did you mean ${likely}?\n    npm run new -- --translate ${likely} --lang ${lang}` : ''}\n  (use the folder name "npm run new" printed; pasting the whole path it printed works too)`);
  }
  const source = locales.find((locale) => locale !== lang && existsSync(join(directory, `${locale}.md`)));
  if (!source) fail(`content/releases/${folder} has no translation to start from`);
  const sourceText = readFileSync(join(directory, `${source}.md`), 'utf8');
  writeNew(join(directory, `${lang}.md`), translationText(sourceText, source, lang, values.title?.trim(), translatedNow(sourceText)));
  console.log(`  ${templateNotes[lang].next.translation(source)}`);
}

const lang = values.lang;
if (values['new-organization']) {
  newOrganization(values['new-organization']);
} else {
  if (!isLocale(lang)) fail(`--lang must be one of ${locales.join(', ')} (the language of the file to create)`);
  if (values.translate) newTranslation(values.translate, lang);
  else newRelease(lang);
  console.log(`  ${templateNotes[lang].next.release(guidePath(lang))}`);
}
