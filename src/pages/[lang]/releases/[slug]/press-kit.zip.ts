/**
 * `/<lang>/releases/<slug>/press-kit.zip`: the press kit of a published
 * release translation that has photos or attachments on this site
 * (src/lib/presskit/). Only public releases are listed, so an embargoed
 * release has no kit until its embargo lifts.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublicReleases, type Release } from '../../../../lib/getPublicReleases.ts';
import { createCacheKey } from '../../../../lib/pageCacheKey.ts';
import { planFingerprint } from '../../../../lib/presskit/planPressKit.ts';
import { releaseKitPlan, releasePressKit } from '../../../../lib/presskit/releasePressKit.ts';

export const getStaticPaths = (async () => {
  const cacheKey = await createCacheKey();
  return (await getPublicReleases()).flatMap((release) => {
    const plan = releaseKitPlan(release);
    // The files' contents are part of the key: a replaced photo re-packs the kit.
    return plan ? [{ params: { lang: release.data.lang, slug: release.data.slug }, props: { release }, cacheKey: cacheKey('press-kit', release, planFingerprint(plan)) }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: Release }> = async ({ props }) => {
  const kit = await releasePressKit(props.release);
  if (!kit) return new Response(null, { status: 404 });
  return new Response(await readFile(kit.path), { headers: { 'Content-Type': 'application/zip' } });
};
