/**
 * Writes a list of cards into the output folder: cards not in the cache are
 * rendered on the worker pool and stored there, then every card is linked (or
 * copied) from the cache into place.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyReplacing, linkOrCopy } from '../lib/files/linkOrCopy.ts';
import { cachedCardPath, cardCacheKey, hasCachedCard, pruneCardCache, storeCachedCard } from './cardCache.ts';
import type { CardModel } from './cardTemplate.ts';
import { loadCardFonts } from './fonts.ts';
import { DEFAULT_ENCODER, type CardEncoder } from './renderCard.ts';
import { createCardPool, defaultPoolSize, type CardPool } from './workerPool.ts';

/** One card to produce. */
export interface CardJob {
  model: CardModel;
  /** Path inside the output folder, e.g. "og/ky/2026-03-14-water-forum.png". */
  output: string;
}

/** What a run did, for the build log and the benchmark. */
export interface CardReport {
  rendered: number;
  reused: number;
  /** Cached cards no job of this build used, deleted from the cache. */
  pruned: number;
  seconds: number;
  workers: number;
}

export interface GenerateOptions {
  outDir: string;
  cacheDir: string;
  encoder?: CardEncoder;
  /** Reuse a running pool (benchmark); otherwise one is started only if something needs rendering. */
  pool?: CardPool;
  /** Delete cached cards that `jobs` did not use (default true; `jobs` must then be the whole site's cards). */
  prune?: boolean;
}

/** Renders or reuses every card in `jobs`. */
export async function generateCards(jobs: readonly CardJob[], options: GenerateOptions): Promise<CardReport> {
  const started = performance.now();
  const encoder = options.encoder ?? DEFAULT_ENCODER;
  const { fingerprint } = loadCardFonts();
  const keyed = jobs.map((job) => ({ ...job, key: cardCacheKey(job.model, fingerprint, encoder) }));
  const missing = new Map<string, CardModel>();
  for (const job of keyed) if (!missing.has(job.key) && !hasCachedCard(options.cacheDir, job.key)) missing.set(job.key, job.model);

  const directories = new Set(keyed.map((job) => dirname(join(options.outDir, job.output))));
  await Promise.all([...directories].map((directory) => mkdir(directory, { recursive: true })));

  let pool = options.pool;
  const ownPool = !pool && missing.size > 0;
  if (ownPool) pool = createCardPool(defaultPoolSize(missing.size));
  const rendered = new Map<string, Promise<void>>();
  try {
    for (const [key, model] of missing) {
      rendered.set(key, pool!.render(model, encoder).then((png) => storeCachedCard(options.cacheDir, key, png)));
    }
    await Promise.all(rendered.values());
    // Links, not copies: a build reusing every card of a 3,000-release newsroom writes no 280 MB of PNGs.
    // Two identical cards (two releases with the same texts) get one link and one copy: no two output
    // files share a file, which GitHub Pages refuses and archivers store as links to each other.
    const linked = new Set<string>();
    for (const job of keyed) {
      const [source, target] = [cachedCardPath(options.cacheDir, job.key), join(options.outDir, job.output)];
      if (linked.has(job.key)) copyReplacing(source, target);
      else linkOrCopy(source, target);
      linked.add(job.key);
    }
  } finally {
    if (ownPool) await pool!.close();
  }
  const pruned = options.prune === false ? 0 : await pruneCardCache(options.cacheDir, new Set(keyed.map((job) => job.key)));
  return {
    rendered: missing.size,
    reused: keyed.length - missing.size,
    pruned,
    seconds: (performance.now() - started) / 1000,
    workers: missing.size > 0 ? pool!.size : 0,
  };
}
