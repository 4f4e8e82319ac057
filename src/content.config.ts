/**
 * Content collections. The schemas themselves live in
 * src/lib/content/schemas.ts (plain TypeScript, shared with
 * `npm run validate`); the loaders validate every file with them and store
 * the typed result, so the types below are exactly what pages receive.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { OrganizationData, ProjectData } from './lib/content/schemas.ts';
import { organizationProfilesLoader, projectsLoader, type OrganizationProfileEntryData } from './lib/content/organizationLoaders.ts';
import {
  organizationsLoader,
  pagesLoader,
  releasesLoader,
  tagsLoader,
  type PageEntryData,
  type ReleaseEntryData,
  type TagEntryData,
} from './lib/content/newsroomLoaders.ts';

export const collections = {
  releases: defineCollection({
    loader: releasesLoader(),
    schema: z.custom<ReleaseEntryData>(),
  }),
  pages: defineCollection({ loader: pagesLoader(), schema: z.custom<PageEntryData>() }),
  organizations: defineCollection({ loader: organizationsLoader(), schema: z.custom<OrganizationData>() }),
  tags: defineCollection({ loader: tagsLoader(), schema: z.custom<TagEntryData>() }),
  projects: defineCollection({ loader: projectsLoader(), schema: z.custom<ProjectData>() }),
  organizationProfiles: defineCollection({ loader: organizationProfilesLoader(), schema: z.custom<OrganizationProfileEntryData>() }),
};
