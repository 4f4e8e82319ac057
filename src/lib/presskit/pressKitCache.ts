/**
 * Disk cache of press kits under Astro's cacheDir (like the social cards'):
 * a kit is named by a hash of everything in it, so an unchanged release's
 * kit is copied, not packed again, and an edited one gets a new name. Kits
 * this build did not use are deleted at the end of the build
 * (src/integration/pressKitIntegration.ts), so the cache does not grow with
 * every correction: a kit is deleted once no build has used it for
 * KEEP_UNUSED_DAYS (an incremental build copies unchanged kits without
 * asking for them, so "not used by this build" alone would empty the cache).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder under Astro's cacheDir. */
export const KIT_CACHE_FOLDER = 'newsroom-presskit';

/** Raise when the layout of kits changes, so every kit is packed again. */
const KIT_VERSION = 2;

/** What this build did with kits; on globalThis because pages and integrations are separate module instances. */
interface KitLedger { used: Set<string>; built: number; reused: number }

/** The ledger of the running build. */
export function kitLedger(): KitLedger {
  const key = Symbol.for('newsroom.pressKitLedger');
  const store = globalThis as Record<symbol, KitLedger | undefined>;
  return (store[key] ??= { used: new Set(), built: 0, reused: 0 });
}

/** Cache key (hex) of a kit from its parts, in order. */
export function pressKitKey(parts: readonly string[]): string {
  const hash = createHash('sha256').update(`kit v${KIT_VERSION}`);
  for (const part of parts) hash.update(`\0${part}`);
  return hash.digest('hex').slice(0, 32);
}

/** Path and size of the kit `key`, packing it with `build` unless an earlier build did. */
export function ensureCachedKit(cacheDir: string, key: string, build: () => Uint8Array): { path: string; bytes: number } {
  const path = join(cacheDir, `${key}.zip`);
  const ledger = kitLedger();
  const first = !ledger.used.has(key);
  ledger.used.add(key);
  if (existsSync(path)) {
    if (first) {
      ledger.reused++;
      // The modification time records the last use, for pruning.
      const now = new Date();
      utimesSync(path, now, now);
    }
    return { path, bytes: statSync(path).size };
  }
  mkdirSync(cacheDir, { recursive: true });
  const bytes = build();
  // Write then rename, so a killed build never leaves half a zip under a valid name.
  const temporary = join(cacheDir, `.${key}.${process.pid}.tmp`);
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
  ledger.built++;
  return { path, bytes: bytes.length };
}

const CACHED_KIT = /^([0-9a-f]{32})\.zip$/;

/** Days an unused kit stays in the cache. */
export const KEEP_UNUSED_DAYS = 30;

/** Deletes cached kits neither used by this build nor by any in KEEP_UNUSED_DAYS; returns how many. Only files named like cache entries are touched. */
export function prunePressKitCache(cacheDir: string, used: ReadonlySet<string>, now: number = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => {
    const key = CACHED_KIT.exec(name)?.[1];
    if (key === undefined || used.has(key)) return false;
    try {
      return statSync(join(cacheDir, name)).mtimeMs < now - KEEP_UNUSED_DAYS * 86_400_000;
    } catch {
      return false;
    }
  });
  for (const name of stale) {
    try {
      unlinkSync(join(cacheDir, name));
    } catch { /* already gone */ }
  }
  return stale.length;
}
