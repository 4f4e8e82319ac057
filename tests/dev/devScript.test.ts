/**
 * `npm run dev` runs scripts/dev.ts, which starts the first-start content
 * prefetch and then Astro's own `astro dev` command line in the same
 * process: arguments after `npm run dev --` must reach Astro unchanged.
 * (tests/safety/devPreview.test.ts runs the server itself through it.)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = resolve(import.meta.dirname, '..', '..');

describe('scripts/dev.ts', () => {
  it('is what `npm run dev` runs', () => {
    const scripts = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.dev).toBe('node scripts/dev.ts');
  });

  it('hands its arguments to `astro dev`', () => {
    const result = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), ['scripts/dev.ts', '--help'], {
      cwd: projectRoot, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('astro dev [command] [...flags]');
    expect(result.stdout).toContain('--port');
  });
});
