/**
 * The dev server's first-start prefetch (src/lib/content/prefetchContentFiles.ts)
 * may only save time: content read after its records were adopted must be
 * exactly what a cold read returns, hostile files and their messages
 * included, and the prefetch runs only when there is no per-file cache yet.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFileCache } from '../../src/lib/content/contentFileCache.ts';
import { adoptPrefetchedContent, startContentPrefetch, whileContentParses } from '../../src/lib/content/prefetchContentFiles.ts';
import { readTranslationRecords } from '../../src/lib/content/readTranslationRecords.ts';
import { validateContent } from '../../src/lib/content/validateContent.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

const TIME_ZONE = 'Asia/Bishkek';
const MEMO = Symbol.for('newsroom.contentMemo');
const CACHE = Symbol.for('newsroom.contentFileCache');

/** Forgets what this process remembers of content, as a new dev server starts with nothing. */
function newProcess(): void {
  const store = globalThis as Record<symbol, unknown>;
  (store[MEMO] as Map<unknown, unknown> | undefined)?.clear();
  delete store[CACHE];
}

/** Everything a read returns, bodies read out, as comparable data. */
function readAll(root: string) {
  const result = validateContent(root, { timeZone: TIME_ZONE });
  return {
    problems: result.problems,
    releases: result.releases.map(({ readBody, ...release }) => ({ ...release, body: readBody?.() })),
    parses: contentFileCache().counts.parses,
  };
}

describe('first-start prefetch of content files', () => {
  /** A translation whose front-matter cannot be read, and one with a Latin "o" inside a Kyrgyz word. */
  const broken = {
    'releases/2026-06-02-broken-yaml/en.md': '---\ntitle: "Never closed\ndate: 2026-06-02\n---\n\nBody.\n',
    'releases/2026-06-03-lookalike/ky.md': '---\ntitle: "Суу бoюнча жаңылык"\ndate: 2026-06-03\norganization: alpha-ngo\nsummary: "Кыскача."\n---\n\nТекст.\n',
  };
  for (const [name, base, changes] of [['basic', 'basic', {}], ['hostile', 'hostile', {}], ['basic with a broken and a lookalike file', 'basic', broken]] as const) {
    it(`gives exactly a cold read's releases and problems (${name}), parsing no translation again`, () => {
      const root = contentFixture(changes, base);
      newProcess();
      const cold = readAll(root);
      newProcess();
      const records = readTranslationRecords(root);
      expect(records.length).toBeGreaterThan(0);
      contentFileCache().adopt(records);
      const prefetched = readAll(root);
      expect(prefetched.problems).toStrictEqual(cold.problems);
      expect(prefetched.releases).toStrictEqual(cold.releases);
      if (changes === broken) expect(cold.problems.filter((problem) => problem.severity === 'error').length).toBeGreaterThan(0);
      // The adopted files were not parsed again on this thread.
      expect(prefetched.parses).toBe(cold.parses - records.length);
    });
  }

  it('reads a file saved after the worker read it as saved, not as the worker saw it', () => {
    const root = contentFixture({}, 'basic');
    newProcess();
    const records = readTranslationRecords(root);
    const file = join(root, 'content', 'releases', '2026-03-14-water-forum', 'en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Water forum', 'Water forum, saved meanwhile'));
    contentFileCache().adopt(records);
    const prefetched = readAll(root);
    newProcess();
    const cold = readAll(root);
    expect(prefetched.releases).toStrictEqual(cold.releases);
    expect(prefetched.problems).toStrictEqual(cold.problems);
    expect(prefetched.releases.find((release) => release.id === '2026-03-14-water-forum/en')?.data.title).toMatch(/^Water forum, saved meanwhile/);
  });

  it('runs on a worker thread when there is no per-file cache, and not when there is one', async () => {
    const root = contentFixture({}, 'hostile');
    newProcess();
    const cold = readAll(root);
    newProcess();
    const empty = mkdtempSync(join(tmpdir(), 'newsroom-prefetch-'));
    expect(startContentPrefetch(root, empty)).toBe(true);
    await adoptPrefetchedContent(root);
    const prefetched = readAll(root);
    expect(prefetched.problems).toStrictEqual(cold.problems);
    expect(prefetched.releases).toStrictEqual(cold.releases);
    expect(prefetched.parses).toBeLessThan(cold.parses);

    const warm = mkdtempSync(join(tmpdir(), 'newsroom-prefetch-warm-'));
    mkdirSync(warm, { recursive: true });
    writeFileSync(join(warm, 'newsroom-content-files.bin'), '');
    expect(startContentPrefetch(root, warm)).toBe(false);
  }, 60_000);

  it('hands the main thread its task once, when the first loader waits for the worker, and never without a prefetch', async () => {
    const root = contentFixture({}, 'basic');
    newProcess();
    const ran: string[] = [];
    whileContentParses(() => ran.push('without a prefetch'));
    await adoptPrefetchedContent(root);
    expect(ran).toStrictEqual([]);

    const empty = mkdtempSync(join(tmpdir(), 'newsroom-prefetch-task-'));
    expect(startContentPrefetch(root, empty)).toBe(true);
    // A restarted server's task replaces the one that never ran.
    whileContentParses(() => ran.push('first start'));
    await Promise.all([adoptPrefetchedContent(root), adoptPrefetchedContent(root)]);
    await adoptPrefetchedContent(root);
    expect(ran).toStrictEqual(['first start']);
  }, 60_000);
});
