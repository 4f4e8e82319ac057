/**
 * The press kit of a published release translation, as the release page
 * (for the link and its size) and the kit's own route (for the bytes) both
 * ask for it: planned from the content, keyed by everything in it, packed
 * once into the cache and reused.
 */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { siteConfig } from '../../config.ts';
import { releaseBodyHtml } from '../content/releaseBodyHtml.ts';
import { buildEmailModel } from '../email/emailModel.ts';
import { renderEmailText } from '../email/renderEmailText.ts';
import { getBuildNow } from '../getBuildNow.ts';
import type { Release } from '../getPublicReleases.ts';
import { absoluteUrl, releasePath } from '../urls.ts';
import { buildFolders } from './buildFolders.ts';
import { buildPressKitZip } from './buildPressKitZip.ts';
import { creditsText } from './creditsText.ts';
import { ensureCachedKit, KIT_CACHE_FOLDER, pressKitKey } from './pressKitCache.ts';
import { planFingerprint, planPressKit, type PressKitPlan } from './planPressKit.ts';

/** The public folder of this build (the content's own, with CONTENT_ROOT). */
export const publicFolder = (): string => buildFolders().publicDir;

/** The kit's contents for `release`, or undefined when it has no file of this site to pack. */
export function releaseKitPlan(release: Release): PressKitPlan | undefined {
  return planPressKit(release.data, publicFolder(), siteConfig.basePath);
}

/** Path of the packed kit in the cache and its size, or undefined when the release has no kit. */
export async function releasePressKit(release: Release): Promise<{ path: string; bytes: number } | undefined> {
  const plan = releaseKitPlan(release);
  if (!plan) return undefined;
  const { lang, slug } = release.data;
  const organizations = (await getCollection('organizations'))
    .filter((organization) => release.data.organization.includes(organization.id))
    .sort((a, b) => release.data.organization.indexOf(a.id) - release.data.organization.indexOf(b.id));
  const projects = new Map((await getCollection('projects')).map((project) => [project.id, project.data]));
  // The same plain text as the e-mail version (donor disclaimers included); the release is public, so it carries no embargo line.
  const text = renderEmailText(buildEmailModel({ release: release.data, bodyHtml: releaseBodyHtml(release), organizations, now: getBuildNow(), projects }));
  const texts = {
    releaseName: `${plan.folder}.txt`,
    release: text,
    credits: plan.photos.length > 0 ? creditsText(plan.photos, lang, absoluteUrl(releasePath(lang, slug))) : undefined,
  };
  const key = pressKitKey([plan.folder, planFingerprint(plan), texts.release, texts.credits ?? '', release.data.date.toISOString()]);
  return ensureCachedKit(join(buildFolders().cacheDir, KIT_CACHE_FOLDER), key, () => buildPressKitZip(plan, texts, release.data.date, siteConfig.timeZone));
}
