/**
 * `npm run dev` is Astro's own `astro dev` with scripts/devPrefetch.ts
 * loaded first (it starts the first-start content prefetch): arguments after
 * `npm run dev --` reach Astro. tests/safety/devPreview.test.ts runs the
 * server itself this way and checks that `npm run dev -- status` sees it.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devCommand } from '../../scripts/lib/devCommand.ts';

const projectRoot = resolve(import.meta.dirname, '..', '..');

describe('npm run dev', () => {
  it('runs Astro\'s own command line, with the prefetch loaded first', () => {
    expect(devCommand(projectRoot)).toEqual(['--import', './scripts/devPrefetch.ts', 'node_modules/astro/bin/astro.mjs', 'dev']);
  });

  it('hands its arguments to `astro dev`', () => {
    const result = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [...devCommand(projectRoot), '--help'], {
      cwd: projectRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('astro dev [command] [...flags]');
    expect(result.stdout).toContain('--port');
  });
});
