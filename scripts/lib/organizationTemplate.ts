/**
 * The text of a new organisation file (`npm run new -- --new-organization`):
 * name and "About" text in each language the site publishes in, with
 * placeholders in that language, and an example press contact. It validates
 * as it is (placeholders are warnings while only drafts name the
 * organisation), so releases can be drafted before it is finished.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { TEMPLATE_EXAMPLES } from '../../src/lib/content/placeholderProblems.ts';
import { quote } from './releaseTemplate.ts';
import { templateNotes } from './templateNotes.ts';

/** The complete text of `content/organizations/<id>.yml`; `noteLang` is the language of the comments. */
export function organizationText(id: string, languages: readonly Locale[], noteLang: Locale): string {
  const notes = templateNotes[noteLang].organization;
  const perLanguage = (field: 'name' | 'about') => languages.map((lang) => `  ${lang}: ${quote(templateNotes[lang].organization[field])}`);
  const roles = languages.map((lang) => `${lang}: ${templateNotes[lang].organization.contactRole}`).join(', ');
  return [
    `# ${notes.header}`,
    'name:',
    ...perLanguage('name'),
    'about:',
    ...perLanguage('about'),
    `website: ${quote(TEMPLATE_EXAMPLES.website)}  # ${notes.website}`,
    `# logo: /logos/${id}.svg  # ${notes.logo}`,
    'contacts:',
    `  - name: ${quote(notes.contactName)}`,
    `    role: {${roles}}`,
    `    email: ${TEMPLATE_EXAMPLES.contactEmail}  # ${notes.email}`,
    `    phone: ${quote(TEMPLATE_EXAMPLES.contactPhone)}  # ${notes.phone}`,
    '',
  ].join('\n');
}
