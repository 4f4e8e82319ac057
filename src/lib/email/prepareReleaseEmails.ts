/**
 * What `npm run email` does before writing files: reads and checks all
 * content with the build's own code (validateContent), finds the release
 * folder, refuses what must not be sent (drafts, translations with errors)
 * and renders each requested translation as .eml, .html and .txt.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../config.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { formatProblemReport, suggestClosest } from '../content/problems.ts';
import { renderMarkdown } from '../content/renderMarkdown.ts';
import { validateContent } from '../content/validateContent.ts';
import { composeEml } from './composeEml.ts';
import { buildEmailModel } from './emailModel.ts';
import { renderEmailHtml } from './renderEmailHtml.ts';
import { renderEmailText } from './renderEmailText.ts';

/** One translation, ready to write. */
export interface ReleaseEmail {
  lang: Locale;
  subject: string;
  embargoed: boolean;
  eml: Buffer;
  html: string;
  text: string;
}

export interface PreparedEmails {
  emails: ReleaseEmail[];
  /** Why a translation (or the whole folder) was not rendered, one message each. */
  refusals: string[];
}

/** Renders the e-mails of release `folder` in `languages` (default: every translation it has). */
export async function prepareReleaseEmails(
  root: string,
  folder: string,
  options: { languages?: readonly Locale[] | undefined; now: Date; publicDir?: string | undefined },
): Promise<PreparedEmails> {
  const content = validateContent(root, {
    timeZone: siteConfig.timeZone,
    ...(options.publicDir ? { publicFiles: { publicDir: options.publicDir, basePath: siteConfig.basePath } } : {}),
  });
  const folderPath = join(root, 'content', 'releases', folder);
  if (!existsSync(folderPath)) {
    const known = [...new Set(content.releases.map((release) => release.slug))];
    const suggestion = suggestClosest(folder, known);
    return { emails: [], refusals: [`There is no release folder content/releases/${folder}${suggestion ? `: did you mean "${suggestion}"?` : '.'}`] };
  }
  const ownErrors = content.problems.filter((problem) => problem.severity === 'error' && problem.file.startsWith(`content/releases/${folder}/`));
  const translations = content.releases.filter((release) => release.slug === folder).sort((a, b) => locales.indexOf(a.lang) - locales.indexOf(b.lang));
  const wanted = options.languages ?? translations.map((release) => release.lang);
  const refusals: string[] = [];
  if (ownErrors.length > 0) refusals.push(`${folder} has content errors; fix them first ("npm run validate" lists them all):\n${formatProblemReport(ownErrors)}`);
  const emails: ReleaseEmail[] = [];
  for (const lang of wanted) {
    const release = translations.find((translation) => translation.lang === lang);
    if (!release) {
      if (ownErrors.length === 0) refusals.push(`${folder} has no ${lang}.md (it exists in ${translations.map((translation) => translation.lang).join(', ') || 'no language'}).`);
      continue;
    }
    if (release.data.draft) {
      refusals.push(`${release.file} is a draft ("draft: true"), so it is not sent: drafts are unfinished. When it is ready, delete the line "draft: true" and run this again.`);
      continue;
    }
    const organizations = release.data.organization.flatMap((id) => {
      const data = content.organizations.get(id);
      return data ? [{ id, data }] : [];
    });
    const model = buildEmailModel({
      release: { ...release.data, slug: release.slug, lang: release.lang },
      bodyHtml: renderMarkdown(release.readBody(), siteConfig.basePath),
      organizations,
      now: options.now,
      projects: content.projects,
    });
    const text = renderEmailText(model);
    const html = await renderEmailHtml(model);
    // The Date header is when the file was made, not BUILD_NOW (which may be a rehearsal of the embargo).
    const eml = await composeEml({ subject: model.subject, text, html, date: new Date() });
    emails.push({ lang, subject: model.subject, embargoed: model.embargo !== undefined, eml, html, text });
  }
  return { emails, refusals };
}
