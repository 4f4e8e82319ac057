/**
 * The donor disclaimers a release translation carries: one per project it
 * names that has a disclaimer in the release's language, in the order the
 * release lists its projects. Validation guarantees that a project with a
 * donor has one in every language its releases are in (checkProjects.ts).
 * The release page, its feed item, its e-mail version and its JSON-LD all
 * take them from here.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { ProjectData } from '../content/schemas.ts';

/** One disclaimer, with the donor it is for. */
export interface ReleaseDisclaimer {
  /** The project's id. */
  project: string;
  text: string;
  /** The donor in the release's language; absent for a project without a donor that still writes a disclaimer. */
  donor?: { name: string; logo?: string | undefined; url?: string | undefined } | undefined;
}

/** The disclaimers of a release naming `projectIds`, in `lang`. */
export function releaseDisclaimers(projectIds: readonly string[], projects: ReadonlyMap<string, ProjectData>, lang: Locale): ReleaseDisclaimer[] {
  return projectIds.flatMap((id) => {
    const project = projects.get(id);
    const text = project?.disclaimer[lang];
    if (!project || text === undefined) return [];
    const { donor } = project;
    return [{ project: id, text, ...(donor ? { donor: { name: donor.name[lang], logo: donor.logo, url: donor.url } } : {}) }];
  });
}

/** The donors of a release's projects in `lang` (once each), for JSON-LD `funder`. */
export function releaseFunders(projectIds: readonly string[], projects: ReadonlyMap<string, ProjectData>, lang: Locale): Array<{ name: string; url?: string | undefined }> {
  const seen = new Set<string>();
  return projectIds.flatMap((id) => {
    const donor = projects.get(id)?.donor;
    if (!donor || seen.has(donor.name[lang])) return [];
    seen.add(donor.name[lang]);
    return [{ name: donor.name[lang], url: donor.url }];
  });
}
