/**
 * A release or page folder in which no file is read: no `<lang>.md`, only a
 * Word document, an editor's backup (`en.md~`), a name with a space after
 * `.md`, a sub-folder, or nothing at all. Such a folder would otherwise be
 * left out of the site without a word; this says what is there instead and
 * what to do.
 */
import type { Dirent } from 'node:fs';
import { locales } from '../../i18n/locales.ts';
import type { ContentProblem } from './problems.ts';

const DOCUMENT = /\.(docx?|rtf|odt|pages)$/i;
/** A translation's name with something after it: "en.md~", "en.md.bak", "en.md " (a space). */
const NEAR_MISS = new RegExp(`^(${locales.join('|')})\\.md(?:\\s+|~|\\.(?:bak|orig|tmp|old))$`, 'i');

/** What the folder `folderPath` (holding `items`, none of them a `<lang>.md`) needs, as a content problem. */
export function untranslatedFolderProblem(folderPath: string, items: readonly Dirent[], kind: 'release' | 'page'): ContentProblem {
  const names = locales.map((locale) => `${locale}.md`).join(', ');
  const base = { file: folderPath, line: 1, field: '(folder)' } as const;
  const nearMiss = items.find((item) => item.isFile() && NEAR_MISS.test(item.name));
  if (nearMiss) {
    const wanted = `${nearMiss.name.trim().split('.')[0]!.toLowerCase()}.md`;
    return { ...base, severity: 'error', problem: `holds "${nearMiss.name}" but no ${wanted}, so the ${kind} is not published`, fix: `rename "${nearMiss.name}" to ${wanted}` };
  }
  const document = items.find((item) => item.isFile() && DOCUMENT.test(item.name));
  if (document) {
    return {
      ...base, severity: 'error',
      problem: `holds the document "${document.name}" but no translation file, so the ${kind} is not published: the site reads only plain-text ${names}`,
      fix: 'paste the text into a file named after its language (npm run new makes one with every field), then keep or delete the document',
    };
  }
  const folder = items.find((item) => item.isDirectory());
  if (folder) {
    return {
      ...base, severity: 'error',
      problem: `holds the folder "${folder.name}" but no translation file, so the ${kind} is not published`,
      fix: `put the translations (${names}) directly in ${folderPath}/, not in a folder inside it`,
    };
  }
  return {
    ...base, severity: 'warning',
    problem: `${items.length === 0 ? 'is empty' : 'holds no translation file'}, so nothing in it is published`,
    fix: `add ${names} (npm run new), or delete the folder`,
  };
}
