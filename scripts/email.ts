/**
 * `npm run email`: the e-mail version of a release, to send from a mail
 * program. For each translation it writes <out>/<folder>/<lang>.eml (a draft:
 * open it, add the recipients, send), <lang>.html and <lang>.txt.
 *
 *   npm run email -- 2026-03-14-water-forum
 *   npm run email -- 2026-03-14-water-forum --lang ky --out outbox
 *
 * A release under embargo gets "EMBARGOED UNTIL …" as the first line and at
 * the start of the subject (judged at BUILD_NOW, or now). Drafts are refused.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseCommandLineWithArguments } from './lib/parseCommandLine.ts';
import { resolveContentRoot, resolvePublicDir, siteConfig } from '../src/config.ts';
import { exampleAddressWarning } from '../src/lib/exampleSiteAddress.ts';
import { isLocale, locales, type Locale } from '../src/i18n/locales.ts';
import { getBuildNow } from '../src/lib/getBuildNow.ts';
import { prepareReleaseEmails } from '../src/lib/email/prepareReleaseEmails.ts';

const projectRoot = resolve(import.meta.dirname, '..');
const USAGE = `Usage: npm run email -- <release-folder> [--lang ky] [--out outbox] [--root dir]
  <release-folder>  the folder name under content/releases/, e.g. 2026-03-14-water-forum
  --lang code       only this language (${locales.join(', ')}); repeat for more. Default: every translation
  --out dir         where to write <folder>/<lang>.eml, .html and .txt (default: outbox)
  --root dir        read dir/content instead of ./content (CONTENT_ROOT works too)
Open the .eml file in Outlook, Thunderbird or Apple Mail: it opens as a draft; add recipients and send.
SITE_URL and BASE_PATH set the links; BUILD_NOW sets the instant embargoes are judged at.`;

const { values, positionals } = parseCommandLineWithArguments({
  lang: { type: 'string', multiple: true }, out: { type: 'string', default: 'outbox' }, root: { type: 'string' },
}, USAGE, true);

/** Exits with a plain message: the people running this are rarely developers. */
function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

if (positionals.length !== 1) fail(`give exactly one release folder (got ${positionals.length}).\n\n${USAGE}`);
// "content/releases/2026-03-14-water-forum/" (a tab-completed path) names the same folder.
const folder = basename(positionals[0]!.replace(/[\\/]+$/, '').replaceAll('\\', '/'));
const languages = values.lang?.map((code) => code.trim().toLowerCase());
const unknown = languages?.find((code) => !isLocale(code));
if (unknown !== undefined) fail(`"${unknown}" is not a language of this newsroom; use ${locales.join(', ')}${unknown === 'kg' ? ' (Kyrgyz is "ky")' : ''}.`);

try {
  const root = values.root ? resolve(values.root) : resolveContentRoot(projectRoot);
  const result = await prepareReleaseEmails(root, folder, {
    languages: languages as Locale[] | undefined,
    now: getBuildNow(),
    publicDir: resolvePublicDir(projectRoot, root),
  });
  const example = exampleAddressWarning(siteConfig.url, 'every link in these e-mails');
  if (example) console.warn(`! ${example}`);
  const outDir = join(resolve(values.out), folder);
  if (result.emails.length > 0) mkdirSync(outDir, { recursive: true });
  for (const email of result.emails) {
    writeFileSync(join(outDir, `${email.lang}.eml`), email.eml);
    writeFileSync(join(outDir, `${email.lang}.html`), email.html, 'utf8');
    writeFileSync(join(outDir, `${email.lang}.txt`), email.text, 'utf8');
    const file = join(outDir, `${email.lang}.eml`);
    const where = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
    console.log(`✓ ${where}  (${email.embargoed ? 'EMBARGOED' : 'public'})  Subject: ${email.subject}`);
  }
  for (const refusal of result.refusals) console.error(`✗ ${refusal}`);
  if (result.refusals.length > 0) process.exitCode = 1;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
