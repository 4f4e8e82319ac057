/**
 * The per-file content cache (src/lib/content/contentFileCache.ts) may only
 * ever save time: a warm read must return exactly what a cold read returns
 * (`npm run validate` always reads cold), after every kind of change an
 * author makes. Each case below changes the same copy of the fixture, then
 * reads it three ways: in a new process with the cache file the previous
 * build left (the globalThis memories are dropped, as a new process starts),
 * in a dev server that has lived through every earlier case (its memories
 * kept), and cold. It compares everything: sources, ids, hashes, bodies,
 * and problems with their file, line, field, text and fix.
 *
 * `npm run validate` itself is run after warm builds in tests/build/contentStore.test.ts.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contentFileCache } from '../../src/lib/content/contentFileCache.ts';
import { readContent, validateContent } from '../../src/lib/content/validateContent.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

/** Simulates a file system whose times tick once a second (ext3, HFS+, many network shares); off unless a test turns it on. */
const clock = vi.hoisted(() => ({ coarse: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const second = (ms: number) => Math.floor(ms / 1000) * 1000;
  // The content readers stat without options (number times); other callers get Node's own answer.
  const statSync = ((...args: Parameters<typeof fs.statSync>) => {
    const stats = fs.statSync(...args);
    if (clock.coarse && stats instanceof fs.Stats) Object.assign(stats, { mtimeMs: second(stats.mtimeMs), ctimeMs: second(stats.ctimeMs) });
    return stats;
  }) as typeof fs.statSync;
  return { ...fs, statSync, default: { ...fs, statSync } };
});

const TIME_ZONE = 'Asia/Bishkek';
const CACHE_FILE = 'newsroom-content-files.bin';
const root = contentFixture({}, 'basic');
const cacheDir = mkdtempSync(join(tmpdir(), 'newsroom-file-cache-'));
const path = (file: string) => join(root, 'content', file);
const edit = (file: string, change: (text: string) => string) => writeFileSync(path(file), change(readFileSync(path(file), 'utf8')));

const MEMO = Symbol.for('newsroom.contentMemo');
const CACHE = Symbol.for('newsroom.contentFileCache');
/** What a process remembers of content between reads: the memo of whole reads and the per-file cache (both on globalThis). */
interface ProcessMemory { memo: Array<[unknown, unknown]>; cache: unknown }

/** Runs `read` in a process that remembers `memory` (none: a new build process), and returns what it then remembers. */
function inProcess<T>(memory: ProcessMemory | undefined, read: () => T): { result: T; memory: ProcessMemory } {
  const store = globalThis as Record<symbol, unknown>;
  const memo = store[MEMO] as Map<unknown, unknown>;
  memo.clear();
  for (const [key, value] of memory?.memo ?? []) memo.set(key, value);
  if (memory?.cache) store[CACHE] = memory.cache;
  else delete store[CACHE];
  const result = read();
  return { result, memory: { memo: [...memo], cache: store[CACHE] } };
}

/** `value` as comparable data: Maps and Sets in order, each `readBody()` replaced by the body it reads, classes named. */
function plain(value: unknown): unknown {
  if (value instanceof Map) return { map: [...value].map(([key, item]) => [key, plain(item)]) };
  if (value instanceof Set) return { set: [...value] };
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const prototype = Object.getPrototypeOf(value) as object | null;
  const fields = Object.entries(value).flatMap(([key, item]) => {
    if (typeof item !== 'function') return [[key, plain(item)]];
    return key === 'readBody' ? [['body', (item as () => string)()]] : [];
  });
  return Object.fromEntries([...(prototype && prototype !== Object.prototype ? [['(class)', prototype.constructor.name]] : []), ...fields]);
}

/** The dev server's memory: it lives through every case below, as one server reloads after each save. */
let devServer: ProcessMemory | undefined;
const devCacheDir = mkdtempSync(join(tmpdir(), 'newsroom-file-cache-dev-'));

/** Reads the fixture in a new process (or in the dev server's): warm with `cache`, cold without. */
function read(cache?: string, { timeZone = TIME_ZONE, dev = false } = {}) {
  const options = { timeZone, ...(cache ? { cacheDir: cache } : {}) };
  const { result, memory } = inProcess(dev ? devServer : undefined, () => {
    const parts = readContent(root, options);
    const validated = validateContent(root, options);
    return { parts: plain(parts), validated, plainValidated: plain(validated), counts: contentFileCache().counts };
  });
  if (dev) devServer = memory;
  return result;
}

/** A warm read (a new build, and a dev server reload) equals a cold one, and leaves a cache with which the next build parses nothing. */
function expectWarmEqualsCold(timeZone = TIME_ZONE) {
  const warm = read(cacheDir, { timeZone });
  const reload = read(devCacheDir, { timeZone, dev: true });
  const cold = read(undefined, { timeZone });
  expect(warm.parts).toStrictEqual(cold.parts);
  expect(warm.plainValidated).toStrictEqual(cold.plainValidated);
  expect(reload.parts).toStrictEqual(cold.parts);
  expect(reload.plainValidated).toStrictEqual(cold.plainValidated);
  expect(read(cacheDir, { timeZone }).counts.parses).toBe(0);
  return warm.validated;
}

const problemsIn = (result: ReturnType<typeof validateContent>, file: string) => result.problems.filter((problem) => problem.file === `content/${file}`);
const titleOf = (result: ReturnType<typeof validateContent>, id: string) => result.releases.find((release) => release.id === id)?.data.title;

const FORUM = 'releases/2026-03-14-water-forum';

/** A whole second (exactly restorable by utimesSync) long ago. */
const LONG_AGO = 1_700_000_000;

beforeAll(async () => {
  utimesSync(path(`${FORUM}/en.md`), LONG_AGO, LONG_AGO);
  // Files written more than 2 s before they are hashed: their stamps are trusted, as in a real content folder.
  await sleep(2100);
});

describe('per-file content cache: a warm read equals a cold read', () => {
  it('when nothing changed, and the second build reads no file at all', () => {
    const first = read(cacheDir);
    expect(first.counts.parses).toBeGreaterThan(15);
    expectWarmEqualsCold();
    expect(read(cacheDir).counts).toEqual({ reads: 0, parses: 0 });
  });

  it('after the site\'s time zone changes, and changes back', () => {
    const date = (result: ReturnType<typeof validateContent>) => result.releases.find((release) => release.id === '2026-01-05-winter-news/ky')?.data.date;
    const almaty = expectWarmEqualsCold('Asia/Almaty');
    expect(date(almaty)).not.toEqual(date(expectWarmEqualsCold()));
  });

  it('after a same-size edit of a release title, and after the file is changed back to its earlier bytes', () => {
    const before = readFileSync(path(`${FORUM}/en.md`));
    const times = statSync(path(`${FORUM}/en.md`));
    expect(times.mtimeMs).toBe(LONG_AGO * 1000);
    edit(`${FORUM}/en.md`, (text) => text.replace('new chances', 'NEW CHANCES'));
    // Modification time kept, as `cp -p`, `rsync -a` or an unzip would: only the change time says the bytes are new.
    utimesSync(path(`${FORUM}/en.md`), LONG_AGO, LONG_AGO);
    expect(statSync(path(`${FORUM}/en.md`))).toMatchObject({ size: times.size, mtimeMs: times.mtimeMs, ino: times.ino });
    expect(titleOf(expectWarmEqualsCold(), '2026-03-14-water-forum/en')).toBe('Water forum: NEW CHANCES for Uzgen');
    writeFileSync(path(`${FORUM}/en.md`), before);
    expect(titleOf(expectWarmEqualsCold(), '2026-03-14-water-forum/en')).toBe('Water forum: new chances for Uzgen');
  });

  it('after a translation is deleted and a release folder renamed', () => {
    rmSync(path('releases/2026-04-01-youth-briefing/ru.md'));
    renameSync(path('releases/2026-02-10-joint-statement'), path('releases/2026-02-11-joint-statement'));
    const result = expectWarmEqualsCold();
    const ids = result.releases.map((release) => release.id);
    expect(ids).toContain('2026-02-11-joint-statement/en');
    expect(ids).not.toContain('2026-02-10-joint-statement/en');
    expect(ids).not.toContain('2026-04-01-youth-briefing/ru');
  });

  it('after an organisation is renamed, then its file is renamed (its releases then name an unknown id)', () => {
    edit('organizations/alpha-ngo.yml', (text) => text.replace('en: Alpha Civic Union', 'en: Alpha Civic Union (renamed)'));
    expect(expectWarmEqualsCold().organizations.get('alpha-ngo')?.name.en).toBe('Alpha Civic Union (renamed)');
    renameSync(path('organizations/alpha-ngo.yml'), path('organizations/alpha-org.yml'));
    expect(problemsIn(expectWarmEqualsCold(), `${FORUM}/en.md`)).toContainEqual(expect.objectContaining({ field: 'organization', line: 6 }));
    renameSync(path('organizations/alpha-org.yml'), path('organizations/alpha-ngo.yml'));
    expect(problemsIn(expectWarmEqualsCold(), `${FORUM}/en.md`)).toEqual([]);
  });

  it('after a bad date, an unknown tag and a YAML syntax error, and after they are fixed again', () => {
    const en = readFileSync(path(`${FORUM}/en.md`));
    const ru = readFileSync(path(`${FORUM}/ru.md`));
    edit(`${FORUM}/en.md`, (text) => text.replace('date: "2026-03-14"', 'date: "2026-13-45"').replace('tags: [water]', 'tags: [water, wather]'));
    edit(`${FORUM}/ru.md`, (text) => text.replace('summary: ', 'summary: "unterminated '));
    const result = expectWarmEqualsCold();
    expect(problemsIn(result, `${FORUM}/en.md`)).toEqual(expect.arrayContaining([
      expect.objectContaining({ severity: 'error', line: 5, field: 'date' }),
      expect.objectContaining({ severity: 'error', line: 7, field: 'tags' }),
    ]));
    expect(problemsIn(result, `${FORUM}/ru.md`)).toContainEqual(expect.objectContaining({ severity: 'error' }));
    writeFileSync(path(`${FORUM}/en.md`), en);
    writeFileSync(path(`${FORUM}/ru.md`), ru);
    const fixed = expectWarmEqualsCold();
    expect(problemsIn(fixed, `${FORUM}/en.md`)).toEqual([]);
    expect(problemsIn(fixed, `${FORUM}/ru.md`)).toEqual([]);
  });

  it('after a Latin letter is typed in a Kyrgyz word and a "TODO:" is left in a summary', () => {
    edit(`${FORUM}/ky.md`, (text) => text.replace('жана', 'жaна'));
    edit('releases/2026-04-01-youth-briefing/en.md', (text) => text.replace(/^summary: .*$/m, 'summary: "TODO: write the lede."'));
    const result = expectWarmEqualsCold();
    expect(problemsIn(result, `${FORUM}/ky.md`)).toContainEqual(expect.objectContaining({ severity: 'warning', line: 2, field: 'title' }));
    expect(problemsIn(result, 'releases/2026-04-01-youth-briefing/en.md')).toContainEqual(expect.objectContaining({ line: 3, field: 'summary' }));
  });

  it('sees a second same-size save made right after a read (stamps of a fresh file are not trusted)', async () => {
    const file = 'releases/2026-01-05-winter-news/ky.md';
    const original = readFileSync(path(file), 'utf8');
    const id = '2026-01-05-winter-news/ky';
    for (const coarse of [false, true]) {
      clock.coarse = coarse;
      try {
        // Here (Linux 6.13+ stamps a file just looked at in nanoseconds) the two saves always differ in times; on a
        // coarse clock both fall in the same second: same size, times and inode, so the same stamp, and only the racy rule sees the change.
        if (coarse) await sleep(1000 - (Date.now() % 1000) + 20);
        writeFileSync(path(file), original.replace('Нарында', 'AAAAAAAA'));
        expect(titleOf(read(cacheDir).validated, id)).toContain('AAAAAAAA');
        const stamp = () => { const s = statSync(path(file)); return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`; };
        const first = stamp();
        writeFileSync(path(file), original.replace('Нарында', 'BBBBBBBB'));
        if (coarse) expect(stamp()).toBe(first);
        expect(titleOf(expectWarmEqualsCold(), id)).toContain('BBBBBBBB');
      } finally {
        clock.coarse = false;
      }
    }
    writeFileSync(path(file), original);
  });

  it('reads everything again from a damaged or truncated cache file, with the same results', () => {
    expectWarmEqualsCold();
    const saved = readFileSync(join(cacheDir, CACHE_FILE));
    for (const damaged of [Buffer.from('not a cache file, just garbage \u0000\u00ff'), saved.subarray(0, saved.length >> 1)]) {
      writeFileSync(join(cacheDir, CACHE_FILE), damaged);
      const warm = read(cacheDir);
      expect(warm.counts.parses).toBeGreaterThan(15);
      const cold = read();
      expect(warm.parts).toStrictEqual(cold.parts);
      expect(warm.plainValidated).toStrictEqual(cold.plainValidated);
      expect(read(cacheDir).counts.parses).toBe(0);
    }
  });
});
