/**
 * `npm run new`: creates a release file with every field in place, so an
 * author only fills in text. New files start as drafts (never published)
 * with TODO placeholders that `npm run validate` refuses once the draft line
 * is removed.
 *
 *   npm run new -- --title "Суу форуму: Өзгөн үчүн жаңы долбоор" --lang ky
 *   npm run new -- --title "…" --lang ru --type media-advisory --organization civic-monitor
 *   npm run new -- --translate 2026-03-14-water-forum --lang en     (adds a translation)
 *
 * Options: --date YYYY-MM-DD (default: today in the site time zone),
 * --slug words-in-latin (default: from the title), --root dir (default: this project).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCommandLine } from './lib/parseCommandLine.ts';
import { loadSiteConfig, resolveContentRoot } from '../src/config.ts';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';
import { formatLocalDateTime } from '../src/lib/formatDate.ts';
import { parseFrontMatter } from '../src/lib/content/parseFrontMatter.ts';
import { releaseSlug } from '../src/lib/content/releaseSlug.ts';
import { readOrganizations } from '../src/lib/content/readOrganizations.ts';
import { releaseTypes } from '../src/lib/content/schemas.ts';
import { PLACEHOLDER } from '../src/lib/content/readReleases.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const USAGE = `Usage:
  npm run new -- --title "Title of the release" --lang ky [--type press-release] [--organization id] [--date 2026-03-14] [--slug words-in-latin]
  npm run new -- --translate 2026-03-14-folder-name --lang en
Types: press-release, media-advisory, statement, news. Languages: ky, ru, en.
--organization is needed when content/organizations/ has more than one; --root dir writes into dir/content instead of ./content.
(In Windows PowerShell, if the options are ignored, write -- twice: npm run new -- -- --title …)`;

const values = parseCommandLine({
  title: { type: 'string' },
  lang: { type: 'string' },
  type: { type: 'string', default: 'press-release' },
  organization: { type: 'string' },
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
const lang = values.lang ?? '';
if (!isLocale(lang)) fail(`--lang must be one of ${locales.join(', ')} (the language of the file to create)`);

/** YAML string value: JSON strings are valid YAML double-quoted scalars. */
const quote = (text: string) => JSON.stringify(text);

function sharedFieldsFrom(folder: string): string {
  const directory = join(releasesDirectory, folder);
  if (!existsSync(directory)) fail(`there is no release folder content/releases/${folder}`);
  const existing = locales.find((locale) => existsSync(join(directory, `${locale}.md`)));
  if (!existing) fail(`content/releases/${folder} has no translation to start from`);
  const { data } = parseFrontMatter(readFileSync(join(directory, `${existing}.md`), 'utf8'));
  // Language-independent fields are copied as they are; texts become placeholders.
  const lines = [`type: ${String(data.type)}`, `date: ${quote(String(data.date))}`];
  const organization = Array.isArray(data.organization) ? `[${data.organization.join(', ')}]` : String(data.organization);
  lines.push(`organization: ${organization}`, `tags: [${(Array.isArray(data.tags) ? data.tags : []).join(', ')}]`);
  if (data.embargo) lines.push(`embargo: ${quote(String(data.embargo))}`);
  const event = data.event as Record<string, unknown> | undefined;
  if (event) {
    lines.push('event:', `  start: ${quote(String(event.start))}`);
    if (event.end) lines.push(`  end: ${quote(String(event.end))}`);
    lines.push(`  venue: ${quote(`${PLACEHOLDER} venue in this language`)}`, `  address: ${quote(`${PLACEHOLDER} address in this language`)}`);
    for (const key of ['map', 'livestream', 'languages', 'interpretation', 'status', 'sequence']) {
      if (event[key] !== undefined) lines.push(`  ${key}: ${Array.isArray(event[key]) ? `[${(event[key] as string[]).join(', ')}]` : JSON.stringify(event[key])}`);
    }
  }
  return lines.join('\n');
}

function newFields(): { folder: string; fields: string } {
  const title = values.title?.trim() || fail('--title is required, e.g. --title "Water forum opens in Osh"');
  const type = values.type ?? 'press-release';
  if (!(releaseTypes as readonly string[]).includes(type)) fail(`--type must be one of ${releaseTypes.join(', ')}`);
  // Default: now, in the site time zone, so the release is public as soon as the draft line goes.
  const now = formatLocalDateTime(new Date(), config.timeZone);
  const date = values.date ?? now.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('--date must look like 2026-03-14');
  const published = values.date ? date : now.replace(' ', 'T');
  const organizations = [...readOrganizations(root).files.keys()];
  const organization = values.organization ?? (organizations.length === 1 ? organizations[0] : undefined);
  if (!organization || !organizations.includes(organization)) {
    fail(`--organization must be one of: ${organizations.join(', ')}`);
  }
  const slug = values.slug ?? releaseSlug(title);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail('the title has no latin letters or digits to name the folder with: add --slug words-in-latin');
  const lines = [`type: ${type}`, `date: ${quote(published)}  # publication date (and time, Bishkek time); a later time waits until then`, `organization: ${organization}`, 'tags: []  # ids from content/tags.yml'];
  if (type === 'media-advisory') {
    // Real-looking times so the draft previews; the notes stop it being published until someone sets them.
    lines.push('event:', `  start: ${quote(`${date}T11:00`)}  # ${PLACEHOLDER} the real start (Bishkek time), then delete this note`,
      `  end: ${quote(`${date}T12:00`)}  # ${PLACEHOLDER} the real end, or delete this line`,
      `  venue: ${quote(`${PLACEHOLDER} venue`)}`, `  address: ${quote(`${PLACEHOLDER} address`)}`, '  languages: [ky, ru, en]', '  interpretation: false');
  }
  return { folder: `${date}-${slug}`, fields: `title: ${quote(title)}\n${lines.join('\n')}` };
}

// A pasted path ("content/releases/2026-03-14-x/", "…\\2026-03-14-x\\ky.md") names its folder.
const translateFolder = values.translate?.split(/[\\/]/).filter((part) => part && !part.endsWith('.md')).at(-1);
const { folder, fields } = translateFolder
  ? { folder: translateFolder, fields: `title: ${quote(values.title?.trim() || `${PLACEHOLDER} title`)}\n${sharedFieldsFrom(translateFolder)}` }
  : newFields();
const file = join(releasesDirectory, folder, `${lang as Locale}.md`);
if (existsSync(file)) fail(`${relative(root, file)} already exists; edit it instead`);

const text = `---
${fields.split('\n')[0]}
summary: ${quote(`${PLACEHOLDER} one or two sentences: the lede, under 160 characters`)}
${fields.split('\n').slice(1).join('\n')}
# dateline: Bishkek
# embargo: "2026-12-01T09:00"  # publish nowhere before this instant
draft: true  # remove this line when the release is ready to publish
---
${PLACEHOLDER} the text of the release. Do not repeat the title, contacts or the "About" paragraph: the site adds them.
`;
mkdirSync(join(releasesDirectory, folder), { recursive: true });
writeFileSync(file, text);
console.log(`✓ Created ${relative(root, file).split('\\').join('/')}`);
console.log('  Fill in every TODO, remove "draft: true", then run: npm run validate');
