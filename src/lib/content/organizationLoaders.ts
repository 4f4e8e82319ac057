/**
 * Astro content loaders for projects (`content/projects/<id>.yml`) and
 * organisation profiles (`content/organizations/<id>/<lang>.md`), read with
 * the same functions as `npm run validate` (readContent).
 */
import type { Loader } from 'astro/loaders';
import type { Locale } from '../../i18n/locales.ts';
import { newsroomLoader } from './newsroomLoaders.ts';
import type { OrganizationProfileFrontMatter } from './schemas.ts';

/** An organisation profile as stored in the `organizationProfiles` collection (id `<organisation>/<lang>`). */
export interface OrganizationProfileEntryData extends OrganizationProfileFrontMatter {
  organization: string;
  lang: Locale;
  sourceFile: string;
}

/** Loads `content/projects/<id>.yml` (id = project id). */
export function projectsLoader(): Loader {
  return newsroomLoader('newsroom-projects', (content) => {
    const { projects, problems } = content.projects;
    return { entries: [...projects].map(([id, data]) => ({ id, data: { ...data } })), problems };
  });
}

/** Loads `content/organizations/<id>/<lang>.md`, rendered like the other Markdown. */
export function organizationProfilesLoader(): Loader {
  return newsroomLoader('newsroom-organization-profiles', (content) => {
    const { profiles, problems } = content.profiles;
    const entries = profiles.map((profile) => {
      const data: OrganizationProfileEntryData = { ...profile.data, organization: profile.slug, lang: profile.lang, sourceFile: profile.file };
      return { id: profile.id, data: { ...data }, file: profile.file, sourceHash: profile.sourceHash, readBody: profile.readBody };
    });
    return { entries, problems };
  });
}
