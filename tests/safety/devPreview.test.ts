/**
 * Authors preview drafts and embargoed releases in `npm run dev`, where a
 * banner says they are not published.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCommand } from '../../scripts/lib/devCommand.ts';
import { commandEnv, projectCopy, projectRoot } from '../helpers/buildSite.ts';
import { contentFixture, markdown } from '../helpers/contentFixture.ts';

/** A release an author saved without its summary: left out, and listed in the browser. */
const BROKEN = 'releases/2026-05-02-broken-note/en.md';

let PORT = 0;
let server: ChildProcess;
let contentRoot = '';

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
  // What `npm run dev` runs (package.json): Astro's dev server with the content prefetch loaded first.
  server = spawn(join(projectRoot, 'node_modules', '.bin', 'node'), [...devCommand(projectCopy()), '--port', String(PORT)], {
    cwd: projectCopy(),
    env: commandEnv({
      CONTENT_ROOT: contentRoot = contentFixture({
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
  it('is recognised by `npm run dev -- status` (Astro checks the running command line)', () => {
    const status = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [...devCommand(projectCopy()), 'status'], {
      cwd: projectCopy(), encoding: 'utf8', timeout: 60_000, env: commandEnv({}, 'development'),
    });
    expect(`${status.stdout}${status.stderr}`).toMatch(new RegExp(`running at http://localhost:${PORT}`, 'i'));
  });

  it('shows an embargoed release with a banner giving the lift time in Bishkek', async () => {
    const { status, page } = await get('/en/releases/2026-11-20-leakcheck-embargoed-budget/');
    expect(status).toBe(200);
    expect(page('.preview-banner').text()).toContain('Embargoed until Tuesday, 1 December 2026, 09:00 (GMT+6)');
    // Its kicker says the same, not "For immediate release".
    expect(page('.release-kicker').text()).toContain('EMBARGOED UNTIL Tuesday, 1 December 2026, 09:00 (GMT+6)');
    expect(page('.release-kicker').text()).not.toContain('immediate');
  });

  it('shows a draft with a draft banner', async () => {
    const { status, page } = await get('/en/releases/2026-11-01-leakcheck-draft-note/');
    expect(status).toBe(200);
    expect(page('.preview-banner').text()).toContain('Draft preview');
  });

  it('serves every script and stylesheet a page asks for (the brand colours were a 404 on every page)', async () => {
    const response = await fetch(`http://localhost:${PORT}/en/`);
    const page = load(await response.text());
    const assets = [...page('script[src]').map((_, script) => script.attribs.src).get(), ...page('link[rel="stylesheet"][href]').map((_, link) => link.attribs.href).get()];
    expect(assets.some((asset) => asset.includes('brand.css'))).toBe(true);
    for (const asset of assets) expect((await fetch(new URL(asset, `http://localhost:${PORT}/en/`))).status, asset).toBe(200);
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

  it('lists them on the not-found page too, in the language of the address: a release with an error has no page', async () => {
    const { page, status } = await get('/ru/releases/2026-05-02-broken-note/');
    expect(status).toBe(404);
    expect(page('.content-problems > details[open] > summary').text()).toMatch(/^1 ошибка в материалах/);
    expect(page('.content-problems li').first().text()).toContain(`content/${BROKEN}:1 summary:`);
  });

  it('folds the warnings beneath the errors', async () => {
    const { page } = await get('/ru/releases/');
    expect(page('.content-problems > details[open] > summary').text()).toMatch(/^1 ошибка в материалах\. Исправьте её до публикации/);
    expect(page('.content-problems details details summary').text()).toMatch(/^\d+ предупреждени/);
    expect(page('.content-problems details details li').text()).toContain('(translations)');
  });
});

/** Fetches `path` until `shows` is true of it; the page as last fetched, or an error after `seconds`. */
async function waitFor(path: string, shows: (page: Awaited<ReturnType<typeof get>>) => boolean, seconds = 20) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const answer = await get(path);
    if (shows(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`${path} did not change within ${seconds} s of the save: title "${answer.page('h1').text()}", status ${answer.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('saving a file while npm run dev runs', () => {
  const release = () => join(contentRoot, 'content', 'releases', '2026-05-01-public-water-report', 'en.md');

  it('shows each of several saves in a row on the release page and in the list, while other pages are being requested', async () => {
    const original = readFileSync(release(), 'utf8');
    // A browser tab left open on another page keeps asking while the author saves (a request in
    // flight during a reload once put the old release back in Astro's route cache for good).
    let busy = true;
    const background = (async () => {
      while (busy) await get('/en/releases/').catch(() => undefined);
    })();
    try {
      for (const round of [1, 2, 3]) {
        const title = `Public water report, revision ${round}`;
        writeFileSync(release(), original.replace('title: Public water report', `title: ${title}`));
        await waitFor('/en/releases/2026-05-01-public-water-report/', ({ page }) => page('h1').text() === title);
        await waitFor('/en/releases/', ({ page }) => page('main').text().includes(title));
      }
    } finally {
      busy = false;
      await background;
      writeFileSync(release(), original);
    }
    await waitFor('/en/releases/2026-05-01-public-water-report/', ({ page }) => page('h1').text() === 'Public water report');
  });

  it('reloads the open browser tab once the save is read, so the reloaded page shows it', async () => {
    // What Vite's client in the author's tab listens to (the same socket and protocol). On each
    // "full-reload" the tab asks for the page again at once; Vite also sends one as soon as the
    // file changes, before the loaders have read it, so only a later one can show the save.
    const socket = new WebSocket(`ws://localhost:${PORT}/`, 'vite-hmr');
    const reloads: Promise<string>[] = [];
    socket.addEventListener('message', (event) => {
      if ((JSON.parse(String(event.data)) as { type: string }).type !== 'full-reload') return;
      reloads.push(get('/en/releases/2026-05-01-public-water-report/').then(({ page }) => page('main').text(), () => ''));
    });
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', reject);
    });
    const original = readFileSync(release(), 'utf8');
    try {
      writeFileSync(release(), original.replace('Public body.', 'Public body, corrected.'));
      const deadline = Date.now() + 20_000;
      let shown = false;
      while (!shown && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        shown = (await Promise.all(reloads)).some((text) => text.includes('Public body, corrected.'));
      }
      expect(reloads.length, 'no reload message reached the tab').toBeGreaterThan(0);
      expect(shown, 'no reload showed the saved text').toBe(true);
    } finally {
      socket.close();
      writeFileSync(release(), original);
    }
  });

  it('serves a new release once its file is saved, and stops serving it once the file is deleted', async () => {
    const folder = join(contentRoot, 'content', 'releases', '2026-05-03-new-clinic');
    const path = '/en/releases/2026-05-03-new-clinic/';
    expect((await get(path)).status).toBe(404);
    try {
      mkdirSync(folder);
      writeFileSync(join(folder, 'en.md'), markdown('title: "New clinic opens"\nsummary: "A clinic opened."\ntype: news\ndate: "2026-05-03"\norganization: alpha-ngo'));
      await waitFor(path, ({ status, page }) => status === 200 && page('h1').text() === 'New clinic opens');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await waitFor(path, ({ status }) => status === 404);
  });

  it('shows an edited organisation on its releases (organisations stay in Astro\'s content store)', async () => {
    const file = join(contentRoot, 'content', 'organizations', 'alpha-ngo.yml');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('en: Alpha is a civic organisation based in Bishkek.', 'en: Alpha is a civic organisation based in Osh.'));
      await waitFor('/en/releases/2026-05-01-public-water-report/', ({ page }) => page('main').text().includes('based in Osh'));
    } finally {
      writeFileSync(file, original);
    }
    await waitFor('/en/releases/2026-05-01-public-water-report/', ({ page }) => page('main').text().includes('based in Bishkek'));
  });
});
