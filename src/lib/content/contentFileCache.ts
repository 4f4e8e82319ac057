/**
 * Per-file memory of the content readers: for each Markdown or YAML file
 * under `content/`, its stat stamp, a SHA-256 of its bytes and, for release
 * and page translations, what reading it produced (front-matter values,
 * their lines, the problems found in the file alone). A file whose stamp is
 * unchanged is not read again; one whose bytes hash the same is not parsed
 * again. Checks that span files (translations agreeing, ids known,
 * projects) always run again over these results: see readReleases.ts.
 *
 * Builds keep the memory in `<cacheDir>/newsroom-content-files.bin`, so a
 * rebuild parses only what changed; the dev server keeps it in memory, so a
 * save parses only the saved file. `npm run validate` starts empty (a cold
 * read), and tests/content/contentFileCache.test.ts checks that both ways report
 * exactly the same.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { byName } from '../files/byName.ts';
import type { ContentProblem } from './problems.ts';
import type { YamlLineTable } from './yamlLineTable.ts';

/** A site path named in a file's text, and its line in the file. */
export interface BodyPath {
  line: number;
  value: string;
}

/** What reading one `<folder>/<lang>.md` produced: its front-matter, or the problem that made it unreadable. */
export type ReadMarkdown =
  | {
    ok: true;
    data: Record<string, unknown>;
    bodyStartLine: number;
    lines: YamlLineTable;
    /** Lookalike letters found in the file. */
    lookalikes: ContentProblem[];
    /** Placeholders left in it (reported for releases only). */
    placeholders: ContentProblem[];
    /** Site paths the text links to or shows ("/files/report.pdf"), with their file lines: checked against public/. */
    bodyPaths: BodyPath[];
  }
  | { ok: false; problem: ContentProblem };

/** What the cache keeps per file (exported for the dev server's first-start prefetch, prefetchContentFiles.ts). */
export interface FileRecord {
  /** size, mtime, ctime and inode: a write changes at least one, so an equal stamp means unchanged. */
  stamp: string;
  /** When the hash was taken (ms since 1970). */
  hashedAt: number;
  hash: string;
  /** `file\0lang` the result below was made for (messages name the file), and the result. */
  readAs?: string;
  read?: ReadMarkdown;
  /** A value computed from the read result alone (the schema check), with what it was computed for. */
  derivedAs?: string;
  derived?: unknown;
}

const CACHE_FILE = 'newsroom-content-files.bin';
/** How long after a write a file's stamp is not yet trusted. */
const RACY_MS = 2000;

/** Version of the code whose results are kept: any change to the content readers starts the cache afresh. */
function codeVersion(): string {
  const hash = createHash('sha256').update('content-file-cache-1\0');
  try {
    const directory = dirname(fileURLToPath(import.meta.url));
    const visit = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true }).sort(byName)) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith('.ts')) hash.update(`${entry.name}\0`).update(readFileSync(path));
      }
    };
    visit(directory);
    // Also what the schemas use from outside this folder, and the time-zone rules dates are read with.
    hash.update(readFileSync(join(directory, '..', '..', 'i18n', 'locales.ts')));
    hash.update(readFileSync(join(directory, '..', 'parseSiteDate.ts')));
    hash.update(`${process.versions.node}\0${process.versions.tz ?? ''}`);
  } catch {
    // Sources not found (a bundled copy): a fresh value, so nothing is ever reused across processes.
    hash.update(`${process.pid}\0${Date.now()}`);
  }
  return hash.digest('hex');
}

function stampOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True when `cacheDir` holds a per-file cache written by an earlier build or dev server. */
export function hasPersistedCache(cacheDir: string): boolean {
  return existsSync(join(cacheDir, CACHE_FILE));
}

/** The per-file memory; one per process (see `contentFileCache`). */
export class ContentFileCache {
  #records = new Map<string, FileRecord>();
  #persistedTo: string | undefined;
  #version = '';
  #dirty = false;
  #reads = 0;
  #parses = 0;
  readonly #parsed = new Set<string>();
  /** Files whose stamp was checked during the current read of content/ (see beginRead). */
  #checked = new Set<string>();

  /** Starts a read of content/: each file's stamp is checked once per read, not again by each reader. */
  beginRead(): void {
    this.#checked.clear();
  }

  /** Loads the memory a previous build left in `cacheDir` (once per folder; a damaged or outdated file is ignored). */
  useCacheDir(cacheDir: string): void {
    const path = join(cacheDir, CACHE_FILE);
    if (this.#persistedTo === path) return;
    this.#persistedTo = path;
    this.#version ||= codeVersion();
    if (!existsSync(path)) return;
    try {
      const saved = deserialize(readFileSync(path)) as { version: string; records: Array<[string, FileRecord]> };
      if (saved.version !== this.#version) return;
      for (const [key, record] of saved.records) if (!this.#records.has(key)) this.#records.set(key, record);
    } catch {
      // An unreadable cache costs one full read, nothing else.
    }
  }

  /** Forgets files under `folder` that are not in `keep` (deleted), then writes the memory to the cache folder if one is in use and anything changed. */
  save(folder: string, keep: ReadonlySet<string>): void {
    for (const key of this.#records.keys()) {
      if (key.startsWith(folder) && !keep.has(key)) {
        this.#records.delete(key);
        this.#dirty = true;
      }
    }
    if (!this.#persistedTo || !this.#dirty) return;
    const temporary = `${this.#persistedTo}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.#persistedTo), { recursive: true });
      writeFileSync(temporary, serialize({ version: this.#version, records: [...this.#records] }));
      renameSync(temporary, this.#persistedTo);
    } catch (error) {
      // A full disk, a read-only cache folder, or a value node:v8 cannot copy (a bug here, not the
      // author's): the cache is only a shortcut, so the next read just reads every file again.
      console.warn(`[newsroom] the content cache was not saved (${(error as Error).message}); the next read parses every file again.`);
      return;
    }
    this.#dirty = false;
  }

  /** The SHA-256 of a file's bytes, read only if its stamp changed. */
  hashOf(path: string, stats: Stats = statSync(path)): string {
    return this.#recordOf(path, stats).record.hash;
  }

  /**
   * What reading `path` produces: the remembered result when the file's bytes
   * are unchanged, else `read(bytes)`, remembered. Also returns the bytes' hash.
   */
  markdown(path: string, readAs: string, read: (bytes: Uint8Array) => ReadMarkdown): { hash: string; read: ReadMarkdown } {
    const checked = this.#checked.has(path) ? this.#records.get(path) : undefined;
    let { record, bytes } = checked ? { record: checked } : this.#recordOf(path, statSync(path));
    if (record.readAs === readAs && record.read) return { hash: record.hash, read: record.read };
    if (!bytes) {
      // Hashed earlier in this read (the content fingerprint), read again now: a save in between must
      // not pair the old hash with the new text, or the new text would outlive an undo to the old one.
      // A result is only ever kept with the hash of the very bytes it was read from.
      const stats = statSync(path);
      bytes = readFileSync(path);
      const hash = sha256(bytes);
      if (hash !== record.hash) {
        record = { stamp: stampOf(stats), hashedAt: Date.now(), hash };
        this.#records.set(path, record);
      }
    }
    this.#parses++;
    this.#parsed.add(path);
    record.readAs = readAs;
    record.derivedAs = undefined;
    record.derived = undefined;
    record.read = read(bytes);
    this.#dirty = true;
    return { hash: record.hash, read: record.read };
  }

  /**
   * A value computed from a file's read result alone (the schema check of its
   * front-matter), remembered with the file while its bytes do not change.
   * `key` says what it was computed for (e.g. the site's time zone).
   */
  remember<T>(path: string, key: string, compute: () => T): T {
    const record = this.#records.get(path);
    if (!record) return compute();
    if (record.derivedAs === key) return record.derived as T;
    record.derivedAs = key;
    record.derived = compute();
    this.#dirty = true;
    return record.derived as T;
  }

  /**
   * Takes records made elsewhere (the dev server's first-start prefetch on a
   * worker thread) for files this cache knows nothing about. Each record
   * still goes through the stamp and hash checks when its file is read.
   */
  adopt(records: Iterable<[string, FileRecord]>): void {
    for (const [path, record] of records) {
      if (this.#records.has(path)) continue;
      this.#records.set(path, record);
      this.#dirty = true;
    }
  }

  /** Every record, keyed by path (what a worker thread hands to another cache's `adopt`). */
  records(): Array<[string, FileRecord]> {
    return [...this.#records];
  }

  /**
   * The files parsed since the process started: in a build with a cache,
   * the files that changed since the previous build (the search index starts
   * early for their languages: src/lib/search/earlyIndex.ts).
   */
  get parsedFiles(): ReadonlySet<string> {
    return this.#parsed;
  }

  /** Files read from disk and files parsed since the process started (for the build log and tests). */
  get counts(): { reads: number; parses: number } {
    return { reads: this.#reads, parses: this.#parses };
  }

  #recordOf(path: string, stats: Stats): { record: FileRecord; bytes?: Uint8Array } {
    this.#checked.add(path);
    const stamp = stampOf(stats);
    const known = this.#records.get(path);
    // File times tick coarsely (milliseconds): a stamp is trusted only for a file last written
    // well before its hash was taken, so two quick saves of the same size are never mistaken (git's "racy" rule).
    if (known?.stamp === stamp && stats.mtimeMs < known.hashedAt - RACY_MS && stats.ctimeMs < known.hashedAt - RACY_MS) return { record: known };
    this.#reads++;
    const bytes = readFileSync(path);
    const hash = sha256(bytes);
    // Same bytes under a new stamp (a fresh checkout, a save without changes): the result still holds.
    const hashedAt = Date.now();
    const record: FileRecord = known?.hash === hash ? { ...known, stamp, hashedAt } : { stamp, hashedAt, hash };
    this.#records.set(path, record);
    this.#dirty = true;
    return { record, bytes };
  }
}

const GLOBAL_KEY = Symbol.for('newsroom.contentFileCache');

/** The process's per-file memory (on globalThis: Astro loads the config and the content config as separate module instances). */
export function contentFileCache(): ContentFileCache {
  const store = globalThis as Record<symbol, unknown>;
  return (store[GLOBAL_KEY] as ContentFileCache | undefined) ?? (store[GLOBAL_KEY] = new ContentFileCache()) as ContentFileCache;
}
