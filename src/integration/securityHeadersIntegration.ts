/**
 * Writes `_headers` into the output folder after the pages: the security
 * headers for Netlify and Cloudflare Pages (src/lib/security/). A
 * `_headers` file the newsroom keeps in public/ (already copied into the
 * output by Astro) is kept below the generated rule.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security/headersFile.ts';

/** The file hosts read, in the output folder. */
export const HEADERS_FILE = '_headers';

/** Add once in astro.config.mjs. */
export function securityHeadersIntegration(): AstroIntegration {
  let publicDir = '';
  return {
    name: 'newsroom-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': async ({ dir }) => {
        const own = join(publicDir, HEADERS_FILE);
        const ownRules = existsSync(own) ? await readFile(own, 'utf8') : undefined;
        await writeFile(join(fileURLToPath(dir), HEADERS_FILE), headersFile(ownRules));
      },
    },
  };
}
