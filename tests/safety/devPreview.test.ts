/**
 * Authors preview drafts and embargoed releases in `npm run dev`, where a
 * banner says they are not published.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandEnv, projectCopy, projectRoot } from '../helpers/buildSite.ts';
import { contentFixture, markdown } from '../helpers/contentFixture.ts';

/** A release an author saved without its summary: left out, and listed in the browser. */
const BROKEN = 'releases/2026-05-02-broken-note/en.md';

let PORT = 0;
let server: ChildProcess;

/** A port nobody listens on (Astro would silently pick another one if it were taken). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  PORT = await freePort();
  server = spawn(join(projectRoot, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(PORT)], {
    cwd: projectCopy(),
    env: commandEnv({
      CONTENT_ROOT: contentFixture({
        [BROKEN]: markdown('title: "Broken note"\ntype: news\ndate: "2026-05-02"\norganization: alpha-ngo'),
      }, 'leaks'),
      NEWSROOM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'newsroom-dev-')),
      BUILD_NOW: '2026-11-22T12:00:00+06:00',
    }, 'development'),
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk;
      if (log.includes(`localhost:${PORT}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
  });

  // The server answers before the first content sync ends; wait for a known page.
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await fetch(`http://localhost:${PORT}/en/releases/2026-05-01-public-water-report/`).catch(() => undefined);
    if (response?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(() => {
  server?.kill();
});

async function get(path: string) {
  const response = await fetch(`http://localhost:${PORT}${path}`);
  return { status: response.status, page: load(await response.text()) };
}

describe('npm run dev', () => {
  it('shows an embargoed release with a banner giving the lift time in Bishkek', async () => {
    const { status, page } = await get('/en/releases/2026-11-20-leakcheck-embargoed-budget/');
    expect(status).toBe(200);
    expect(page('.preview-banner').text()).toContain('Embargoed until Tuesday, 1 December 2026, 09:00 (GMT+6)');
  });

  it('shows a draft with a draft banner', async () => {
    const { status, page } = await get('/en/releases/2026-11-01-leakcheck-draft-note/');
    expect(status).toBe(200);
    expect(page('.preview-banner').text()).toContain('Draft preview');
  });

  it('shows no banner on a public release', async () => {
    const { page } = await get('/en/releases/2026-05-01-public-water-report/');
    expect(page('h1').text()).toBe('Public water report');
    expect(page('.preview-banner')).toHaveLength(0);
  });
});

describe('content problems in the dev server', () => {
  it('lists errors at the top of every page with file, line, field and fix', async () => {
    const { page } = await get('/en/');
    const banner = page('.content-problems');
    expect(banner.find('.content-problems-title').text()).toContain('1 content error');
    expect(banner.find('li').first().text()).toMatch(new RegExp(`^content/${BROKEN}:1 summary: .*required but missing.*\\(add a line "summary: …"`));
    expect(page('body > aside.content-problems + header.site-header').length).toBe(1);
  });

  it('folds the warnings beneath the errors', async () => {
    const { page } = await get('/ru/releases/');
    expect(page('.content-problems > details[open] > summary').text()).toMatch(/^1 ошибка в материалах\. Исправьте её до публикации/);
    expect(page('.content-problems details details summary').text()).toMatch(/^\d+ предупреждени/);
    expect(page('.content-problems details details li').text()).toContain('(translations)');
  });
});
