/**
 * Every page of every fixture site is valid HTML: the Nu HTML Checker (the
 * W3C validator's engine) reports no error. Each fixture is built here the
 * way its own tests build it (base path, feeds, calendar, hostile input,
 * unpublished releases, social cards, authors' habits), so a page added to
 * the site is checked in all of them; one checker run covers them all.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/buildSite.ts';
import { checkHtml } from '../helpers/checkHtml.ts';

const SITES: { fixture: string; env?: Record<string, string> }[] = [
  { fixture: 'basic', env: { SITE_URL: 'https://ngo.example.org', BASE_PATH: '/newsroom/' } },
  { fixture: 'feeds' },
  { fixture: 'calendar' },
  { fixture: 'hostile' },
  { fixture: 'leaks' },
  { fixture: 'og/site', env: { BASE_PATH: '/newsroom/' } },
  { fixture: 'authoring' },
  { fixture: 'browse', env: { SITE_URL: 'https://ngo.example.org', BASE_PATH: '/newsroom/' } },
  { fixture: 'presskit', env: { BASE_PATH: '/newsroom/' } },
];

const built = new Map<string, BuiltSite>();
let errors: Map<string, string[]>;

beforeAll(async () => {
  // One after another: builds share this test file's copy of the project.
  for (const { fixture, env } of SITES) built.set(fixture, await buildSite(fixture, env));
  errors = await checkHtml([...built.values()].filter((site) => site.exitCode === 0).map((site) => site.outDir));
}, 900_000);

describe('the Nu HTML Checker', () => {
  it.each(SITES)('finds no error on any page of the $fixture fixture', ({ fixture }) => {
    const site = built.get(fixture)!;
    if (site.exitCode !== 0) throw new Error(`${fixture} did not build:\n${site.output}`);
    const pages = site.files().filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const found = errors.get(site.outDir) ?? [];
    expect(found, `${found.length} errors in ${pages.length} pages of ${fixture}:\n${found.join('\n')}`).toEqual([]);
  });

  it('says how to install Java when there is none', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'newsroom-no-java-')), 'bin', 'java');
    await expect(checkHtml([tmpdir()], missing)).rejects.toThrow(/no `.*java` command.*apt-get install default-jre-headless/s);
  });
});
