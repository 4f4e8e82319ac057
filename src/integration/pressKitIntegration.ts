/**
 * Tells the pages where the public and cache folders are (buildFolders.ts),
 * reports what the build did with press kits (src/lib/presskit/) and keeps
 * their cache from growing: kits no build has used for a while are deleted.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setBuildFolders } from '../lib/presskit/buildFolders.ts';
import { KIT_CACHE_FOLDER, kitLedger, prunePressKitCache } from '../lib/presskit/pressKitCache.ts';

/** Add once in astro.config.mjs. */
export function pressKitIntegration(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'newsroom-press-kits',
    hooks: {
      'astro:config:done': ({ config }) => {
        setBuildFolders({ publicDir: fileURLToPath(config.publicDir), cacheDir: fileURLToPath(config.cacheDir) });
        cacheDir = join(fileURLToPath(config.cacheDir), KIT_CACHE_FOLDER);
      },
      'astro:build:done': ({ logger }) => {
        const ledger = kitLedger();
        const pruned = prunePressKitCache(cacheDir, ledger.used);
        if (ledger.built + ledger.reused > 0 || pruned > 0) {
          logger.info(`press kits: ${ledger.built} packed, ${ledger.reused} reused from the cache${pruned > 0 ? `; ${pruned} unused kit(s) removed from the cache` : ''}`);
        }
      },
    },
  };
}
