/**
 * Disk cache of rendered cards. The key is a hash of everything that moves
 * pixels: the card model (all texts, language, kind), the template version,
 * the font files' fingerprint and the encoder. An unchanged card is copied
 * from the cache; a changed one gets a new key and is rendered.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardModel } from './cardTemplate.ts';
import { TEMPLATE_VERSION } from './constants.ts';
import type { CardEncoder } from './renderCard.ts';

/** Cache key of one card (hex). */
export function cardCacheKey(model: CardModel, fontFingerprint: string, encoder: CardEncoder): string {
  const keyed = { template: TEMPLATE_VERSION, fonts: fontFingerprint, encoder, model: sortedModel(model) };
  return createHash('sha256').update(JSON.stringify(keyed)).digest('hex').slice(0, 32);
}

function sortedModel(model: CardModel): Record<string, unknown> {
  return Object.fromEntries(Object.entries(model).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}

/** Where the cached PNG for `key` lives. */
export function cachedCardPath(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.png`);
}

/** True when a card with this key was rendered by an earlier build. */
export function hasCachedCard(cacheDir: string, key: string): boolean {
  return existsSync(cachedCardPath(cacheDir, key));
}

/** Stores a rendered card atomically (write then rename), so a killed build never leaves half a PNG. */
export async function storeCachedCard(cacheDir: string, key: string, png: Buffer): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const temporary = join(cacheDir, `.${key}.${process.pid}.tmp`);
  await writeFile(temporary, png);
  await rename(temporary, cachedCardPath(cacheDir, key));
}

const CACHED_CARD = /^([0-9a-f]{32})\.png$/;

/**
 * Deletes cached cards this build did not use: cards of edited titles and
 * removed releases. CI carries the cache from build to build, so without
 * this it would grow with every correction for years. Returns how many were
 * deleted. Only files named like cache entries are touched.
 */
export async function pruneCardCache(cacheDir: string, used: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => {
    const key = CACHED_CARD.exec(name)?.[1];
    return key !== undefined && !used.has(key);
  });
  await Promise.all(stale.map((name) => unlink(join(cacheDir, name)).catch(() => undefined)));
  return stale.length;
}
