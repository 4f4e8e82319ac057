/**
 * The leak guard in real builds of tests/fixtures/leaks (an embargoed
 * advisory lifting on 1 December 09:00, a release dated 15 January 2027, a
 * draft) as GitHub Actions would run them: GITHUB_ACTIONS=true and a fake
 * event payload at GITHUB_EVENT_PATH.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/buildSite.ts';

/** A payload file like the one GitHub writes for a push, with the repository's visibility fields. */
function payload(repository: Record<string, unknown>): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-event-'));
  const path = join(folder, 'event.json');
  writeFileSync(path, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'ngo/newsroom', ...repository }, sender: { login: 'press-officer' } }));
  return path;
}

const inActions = (eventPath: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventPath });

// One build after another: each is a full Astro build, and test files already run side by side.
describe('leak guard in GitHub Actions builds', { timeout: 300_000 }, () => {
  it('a public repository with embargoed and future-dated releases: the build stops, naming each folder, its lift time, why and the fix', async () => {
    const site = await buildSite('leaks', inActions(payload({ private: false, visibility: 'public' })));
    expect(site.exitCode).toBe(1);
    expect(existsSync(join(site.outDir, 'index.html'))).toBe(false);
    const { output } = site;
    expect(output).toContain('ngo/newsroom) is public');
    expect(output).toMatch(/content\/releases\/2026-11-20-leakcheck-embargoed-budget\/\s+embargoed until 2026-12-01 09:00 Asia\/Bishkek \(2026-12-01T03:00:00\.000Z\)/);
    expect(output).toMatch(/content\/releases\/2027-01-15-leakcheck-scheduled-news\/\s+dated 2027-01-15/);
    expect(output).toContain('Anyone can open these files');
    // What to do: the three safe set-ups.
    expect(output).toContain('make the repository private');
    expect(output).toContain('Cloudflare Pages or Netlify');
    expect(output).toContain('CONTENT_ROOT');
    expect(output).toContain('only once its time has passed');
    // The draft gets a warning of its own.
    expect(output).toMatch(/Drafts are readable on GitHub[^]*content\/releases\/2026-11-01-leakcheck-draft-note\/\s+\(en\.md\)/);
  });

  it('a private repository builds, without a word about leaks, and the embargoed release stays unpublished', async () => {
    const site = await buildSite('leaks', inActions(payload({ private: true, visibility: 'private' })));
    expect(site.exitCode, site.output).toBe(0);
    expect(site.output).not.toContain('readable');
    expect(site.files().some((file) => file.includes('leakcheck-embargoed'))).toBe(false);
  });

  it('an internal (enterprise) repository builds with a warning naming the embargoed release', async () => {
    const site = await buildSite('leaks', inActions(payload({ private: true, visibility: 'internal' })));
    expect(site.exitCode, site.output).toBe(0);
    expect(site.output).toContain('is internal: every member of your GitHub Enterprise can read these releases');
    expect(site.output).toContain('content/releases/2026-11-20-leakcheck-embargoed-budget/');
  });

  it('a missing event payload is a warning, not a crash', async () => {
    const site = await buildSite('leaks', inActions(join(tmpdir(), 'newsroom-no-such-event.json')));
    expect(site.exitCode, site.output).toBe(0);
    expect(site.output).toContain('Could not tell whether this repository is public');
    expect(site.output).toContain('2026-11-20-leakcheck-embargoed-budget');
  });

  it('a public repository once every embargo and date has passed (set-up 3): builds, with the drafts warning only', async () => {
    const site = await buildSite('leaks', { ...inActions(payload({ private: false, visibility: 'public' })), BUILD_NOW: '2027-02-01T12:00:00+06:00' });
    expect(site.exitCode, site.output).toBe(0);
    expect(site.output).not.toContain('Embargoed releases are readable');
    expect(site.output).toContain('Drafts are readable on GitHub');
    expect(site.files()).toContain('en/releases/2026-11-20-leakcheck-embargoed-budget/index.html');
  });

  it('public code with the content in a repository of its own (CONTENT_ROOT, set-up 2) builds', async () => {
    // A checkout of the private content repository: the content folder with its own .git.
    const contentRoot = join(mkdtempSync(join(tmpdir(), 'newsroom-content-repo-')), 'newsroom-content');
    cpSync(join(projectRoot, 'tests', 'fixtures', 'leaks'), contentRoot, { recursive: true });
    mkdirSync(join(contentRoot, '.git'));
    const site = await buildSite(contentRoot, inActions(payload({ private: false, visibility: 'public' })));
    expect(site.exitCode, site.output).toBe(0);
    expect(site.output).not.toContain('readable on GitHub');
    expect(site.files().some((file) => file.includes('leakcheck-embargoed'))).toBe(false);
  });
});
