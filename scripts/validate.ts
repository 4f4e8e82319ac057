/**
 * `npm run validate`: checks all content without building the site and lists
 * every problem at once. Exit code 0 = no errors (warnings allowed), 1 = errors.
 *
 *   npm run validate                 check ./content
 *   npm run validate -- --root dir   check dir/content (CONTENT_ROOT works too)
 *   --ui-strings dir                 read <lang>.json UI strings from dir (default src/i18n)
 *   --public dir                     folder of attachments, images and logos (default public/)
 *   --fix                            correct lookalike letters and invisible characters in place
 *   --help                           these options
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommandLine } from './lib/parseCommandLine.ts';
import { loadSiteConfig, readBrandOverride, resolveContentRoot, resolvePublicDir } from '../src/config.ts';
import { brandFileProblems, publicFoldersOf } from '../src/lib/brand/brandFiles.ts';
import { checkUiStrings } from '../src/i18n/checkUiStrings.ts';
import { checkZoneLabels } from '../src/i18n/checkZoneLabels.ts';
import { locales, type Locale } from '../src/i18n/locales.ts';
import { fixLookalikes } from '../src/lib/content/lookalikes/fixLookalikes.ts';
import { formatProblemReport, type ContentProblem } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validateContent.ts';
import { getBuildNow } from '../src/lib/getBuildNow.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const USAGE = `Usage: npm run validate [-- --root dir] [--public dir] [--ui-strings dir]
  --root dir        check dir/content instead of ./content (CONTENT_ROOT works too)
  --public dir      the folder of attachments, images and logos (default: public/ beside content/, else ./public)
  --ui-strings dir  read ky.json, ru.json, en.json from dir (default src/i18n)
  --fix             correct lookalike letters (ѳ for ө, a Latin letter in a Cyrillic word) and invisible
                    characters in the files themselves, print each change, then check again`;

const values = parseCommandLine({
  root: { type: 'string' }, 'ui-strings': { type: 'string' }, public: { type: 'string' }, fix: { type: 'boolean' },
}, USAGE);
const uiStringsDirectory = resolve(values['ui-strings'] ?? join(projectRoot, 'src', 'i18n'));

/** UI strings are read from disk (not imported) so a broken JSON file is reported, not thrown. */
function readUiStrings(): Record<Locale, Record<string, string>> {
  return Object.fromEntries(locales.map((locale) => {
    const file = join(uiStringsDirectory, `${locale}.json`);
    try {
      return [locale, JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))];
    } catch (error) {
      throw new Error(`src/i18n/${locale}.json:1  (file): cannot be read as JSON: ${(error as Error).message}  (fix the JSON syntax)`);
    }
  })) as Record<Locale, Record<string, string>>;
}
const root = values.root ? resolve(values.root) : resolveContentRoot(projectRoot);
const publicDir = values.public ? resolve(values.public) : resolvePublicDir(projectRoot, root);

/**
 * Applies the exact corrections of the problems that carry them, file by
 * file, and prints each one. Files are read and written as they are stored
 * (UTF-8, byte-order mark and line endings kept): only the named characters change.
 */
function applyFixes(problems: readonly ContentProblem[]): void {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) if (problem.autoFix) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  let count = 0;
  for (const [file, fixable] of byFile) {
    const path = join(root, file);
    const result = fixLookalikes(readFileSync(path, 'utf8'), fixable.flatMap((problem) => problem.autoFix?.edits ?? []));
    if (result.applied.length === 0) continue;
    writeFileSync(path, result.text, 'utf8');
    for (const problem of fixable) {
      if (!problem.autoFix?.edits.every((edit) => result.applied.includes(edit))) continue;
      count++;
      console.log(`fixed ${file}:${problem.line}  ${problem.field}: "${problem.autoFix.before}" → "${problem.autoFix.after}"`);
    }
  }
  console.log(count === 0 ? 'Nothing to fix automatically.' : `✓ Fixed ${count} word(s). Checking again:\n`);
}

try {
  // The content folder's brand.yml (if any) applies to the folder checked, --root included.
  const config = loadSiteConfig({ ...process.env, CONTENT_ROOT: root }, projectRoot);
  const check = () => validateContent(root, { timeZone: config.timeZone, publicFiles: { publicDir, basePath: config.basePath }, now: getBuildNow() });
  let started = performance.now();
  let content = check();
  if (values.fix) {
    applyFixes(content.problems);
    started = performance.now();
    content = check();
  }
  const uiStrings = readUiStrings();
  const uiProblems = [...checkUiStrings(uiStrings), ...checkZoneLabels(uiStrings, [config.timeZone, config.referenceTimeZone])];
  const brandProblems = brandFileProblems(config.brand, publicFoldersOf(projectRoot, publicDir), new Set(Object.keys(readBrandOverride(root) ?? {})));
  content.problems.unshift(...uiProblems, ...brandProblems);
  content.errorCount += uiProblems.length + brandProblems.length;
  const milliseconds = Math.round(performance.now() - started);
  if (content.problems.length > 0) console.log(formatProblemReport(content.problems));
  const invalid = content.releaseFileCount - content.releases.length;
  const summary = `${content.releaseFileCount} release files${invalid > 0 ? ` (${invalid} with errors)` : ''}, ${content.pages.length} page files, ${content.organizations.size} organisations, ${content.projects.size} projects, ${content.tags.size} tags checked in ${milliseconds} ms`;
  if (content.errorCount > 0) {
    console.error(`\n✗ ${summary}: ${content.errorCount} error(s). Fix them and run "npm run validate" again.`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ${summary}: no errors.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
