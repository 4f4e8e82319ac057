/**
 * A published release that a build would drop (folder renamed without
 * `renamed_from`, deleted, made a draft again): the build warns once,
 * naming the addresses that will break and what to write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite.ts';
import { contentFixture } from '../helpers/contentFixture.ts';
import { vanishedReleaseWarnings } from '../../src/lib/publishing/vanishedReleases.ts';

describe('vanishedReleaseWarnings', () => {
  const now = [{ slug: '2026-03-15-water-forum', lang: 'en', renamedFrom: ['2026-03-14-water-forum'] }, { slug: '2026-04-01-briefing', lang: 'en', renamedFrom: [] }];

  it('names each folder whose published pages are gone, with its addresses and the fix', () => {
    const warnings = vanishedReleaseWarnings(['en/2026-01-01-gone', 'ru/2026-01-01-gone', 'en/2026-04-01-briefing'], now, '/newsroom/');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('content/releases/2026-01-01-gone: published before, but not in this build, so /newsroom/en/releases/2026-01-01-gone/, /newsroom/ru/releases/2026-01-01-gone/ will lead nowhere');
    expect(warnings[0]).toContain('"renamed_from: 2026-01-01-gone"');
  });

  it('says nothing of a folder renamed with renamed_from, or of a first build', () => {
    expect(vanishedReleaseWarnings(['en/2026-03-14-water-forum', 'en/2026-04-01-briefing'], now, '/')).toEqual([]);
    expect(vanishedReleaseWarnings([], now, '/')).toEqual([]);
  });
});

describe('a build after a published release was deleted', () => {
  it('warns about its addresses, once', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'newsroom-vanished-cache-'));
    const root = contentFixture({}, 'renamed');
    const env = { NEWSROOM_CACHE_DIR: cache, BASE_PATH: '/newsroom/' };
    const first = await buildSite(root, env);
    expect(first.exitCode, first.output).toBe(0);
    expect(first.output).not.toContain('published before');
    rmSync(join(root, 'content', 'releases', '2026-11-10-clinic-opens'), { recursive: true });
    const second = await buildSite(root, env);
    expect(second.exitCode, second.output).toBe(0);
    expect(second.output).toContain('content/releases/2026-11-10-clinic-opens: published before, but not in this build, so /newsroom/en/releases/2026-11-10-clinic-opens/ will lead nowhere');
    // The renamed advisory (renamed_from) and the embargoed statement (never published) are not named.
    expect(second.output.match(/published before/g)).toHaveLength(1);
    const third = await buildSite(root, env);
    expect(third.output).not.toContain('published before');
  });
});
