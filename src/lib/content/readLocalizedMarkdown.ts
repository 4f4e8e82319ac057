import { type Dirent, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { byName } from '../files/byName.ts';
import { isLocale, locales, type Locale } from '../../i18n/locales.ts';
import { contentFileCache, sha256, type BodyPath, type ReadMarkdown } from './contentFileCache.ts';
import { decodeUtf8, FrontMatterError, markdownBody, normalizeText, parseFrontMatter } from './parseFrontMatter.ts';
import { lookalikeProblems } from './lookalikes/lookalikeProblems.ts';
import { placeholderProblems } from './placeholderProblems.ts';
import type { ContentProblem } from './problems.ts';
import { sitePathsInText } from './sitePathsInText.ts';
import { untranslatedFolderProblem } from './untranslatedFolder.ts';
import { lineInTable, type YamlLineTable } from './yamlLineTable.ts';

/** One `<folder>/<lang>.md` file whose front-matter could be read. */
export interface LocalizedMarkdownFile {
  /** Folder name: the release or page slug. */
  folder: string;
  lang: Locale;
  /** Path from the project root, e.g. "content/releases/2026-03-14-x/ky.md". */
  file: string;
  /** Absolute path of the file. */
  path: string;
  /** SHA-256 of the file's bytes. */
  sourceHash: string;
  /** Its front-matter values, where the body starts, and the line of each field. */
  parsed: { data: Record<string, unknown>; bodyStartLine: number; lines: YamlLineTable; lineOf(path: ReadonlyArray<string | number>): number };
  /** Placeholders ("TODO:") left in the file, with their lines (only releases report them). */
  placeholders: ContentProblem[];
  /** Site paths its text names, with their lines (checkLocalFiles.ts). */
  bodyPaths: BodyPath[];
}

/** Fields where invisible characters are reported: the ones shown as headlines and datelines. */
const INVISIBLE_CHECKED = ['title', 'summary', 'dateline'];

/** Text files that look like a misnamed translation ("ky.md.txt", "ru.MD", "en.markdown"). */
const TEXT_FILE = /\.(md|markdown|txt|text)(\.txt)?$/i;

/** One validated translation of a release or page, ready to store. */
export interface LocalizedSource<TData> {
  /** `<folder>/<lang>`: unique across the collection and stable across builds. */
  id: string;
  /** The folder name, used in URLs. */
  slug: string;
  lang: Locale;
  file: string;
  /** SHA-256 of the file's bytes: what the loaders' change detection compares. */
  sourceHash: string;
  /** 0-based line of the normalized text where the body starts. */
  bodyStartLine: number;
  /**
   * The Markdown body, read from the file again. Bodies are not kept in
   * memory between reading and rendering: at thousands of releases they are
   * hundreds of megabytes, and a warm build renders none of them.
   */
  readBody(): string;
  data: TData;
}

/** The validated form of `source`, keeping only a hash of its text (see LocalizedSource.readBody). */
export function localizedSource<TData>(
  source: Pick<LocalizedMarkdownFile, 'folder' | 'lang' | 'file' | 'path' | 'sourceHash'> & { parsed: { bodyStartLine: number } },
  data: TData,
): LocalizedSource<TData> {
  // Only these locals are captured by readBody, so the file's text can be garbage-collected.
  const { path, file, sourceHash } = source;
  const bodyStartLine = source.parsed.bodyStartLine;
  return {
    id: `${source.folder}/${source.lang}`, slug: source.folder, lang: source.lang, file, sourceHash, bodyStartLine, data,
    readBody: () => {
      const bytes = readFileSync(path);
      if (sha256(bytes) !== sourceHash) {
        throw new Error(`[newsroom] ${file} changed while the site was being built. Build again (the dev server reloads by itself).`);
      }
      return markdownBody(bytes, bodyStartLine);
    },
  };
}

/** Rule for folder names, with the message shown when one breaks it. */
export interface FolderRule {
  test(folder: string): boolean;
  problem(folder: string): string;
  fix: string;
}

/**
 * Walks `content/<collection>/<folder>/<lang>.md`, reporting misnamed folders
 * and files and unreadable front-matter. Other files (images, PDFs) are left
 * alone: they are attachments, not translations.
 */
export function readLocalizedMarkdown(root: string, collection: string, folderRule: FolderRule) {
  const directory = join(root, 'content', collection);
  const files: LocalizedMarkdownFile[] = [];
  const problems: ContentProblem[] = [];
  /** Every correctly named translation file, readable or not: "<folder>/<lang>". */
  const present = new Set<string>();
  if (!existsSync(directory)) return { files, problems, present };
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const folderPath = `content/${collection}/${entry.name}`;
    if (!entry.isDirectory()) {
      if (entry.name.endsWith('.md')) {
        problems.push({
          severity: 'error', file: folderPath, line: 1, field: '(file location)',
          problem: `the file is not inside a folder`,
          fix: `move it to content/${collection}/<folder>/<lang>.md, one folder per ${collection === 'releases' ? 'release' : 'page'}`,
        });
      }
      continue;
    }
    if (!folderRule.test(entry.name)) {
      problems.push({
        severity: 'error', file: folderPath, line: 1, field: '(folder name)',
        problem: folderRule.problem(entry.name), fix: folderRule.fix,
      });
      continue;
    }
    const items = readdirSync(join(directory, entry.name), { withFileTypes: true }).sort(byName);
    // A folder nothing is read from is reported, unless one of its files already was ("ky.md.txt").
    if (!items.some((item) => item.name.endsWith('.md') && isLocale(item.name.slice(0, -3))) && !items.some((item) => TEXT_FILE.test(item.name))) {
      problems.push(untranslatedFolderProblem(folderPath, items, collection === 'releases' ? 'release' : 'page'));
    }
    for (const item of items) {
      const { name } = item;
      // Images and PDFs are attachments; a text file that is not "<lang>.md" is a
      // translation the site would silently miss (Windows hides ".txt" in "ky.md.txt").
      if (!name.endsWith('.md')) {
        if (TEXT_FILE.test(name)) {
          problems.push({
            severity: 'error', file: `${folderPath}/${name}`, line: 1, field: '(file name)',
            problem: `"${name}" is not read: translations must be named exactly ${locales.map((locale) => `${locale}.md`).join(', ')}`,
            fix: 'rename it (on Windows, turn on File name extensions in Explorer to see a hidden ".txt")',
          });
        }
        continue;
      }
      const file = `${folderPath}/${name}`;
      const lang = name.slice(0, -3);
      if (!isLocale(lang)) {
        problems.push({
          severity: 'error', file, line: 1, field: '(file name)',
          problem: `"${name}" is not a supported language`,
          fix: `name each translation after its language: ${locales.map((locale) => `${locale}.md`).join(', ')}`,
        });
        continue;
      }
      present.add(`${entry.name}/${lang}`);
      const path = join(directory, entry.name, name);
      const unreadable = unreadableProblem(file, path, item);
      if (unreadable) {
        problems.push(unreadable);
        continue;
      }
      let hash: string;
      let read: ReadMarkdown;
      try {
        // Parsed only when the file's bytes changed since the last read (contentFileCache.ts).
        ({ hash, read } = contentFileCache().markdown(path, readAsKey(file, lang), (bytes) => readMarkdown(file, lang, bytes)));
      } catch (error) {
        // Removed, or made unreadable, since the folder was listed.
        problems.push(fileErrorProblem(file, error as NodeJS.ErrnoException));
        continue;
      }
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      problems.push(...read.lookalikes);
      const { data, bodyStartLine, lines } = read;
      files.push({
        folder: entry.name, lang, file, path, sourceHash: hash, placeholders: read.placeholders, bodyPaths: read.bodyPaths,
        parsed: { data, bodyStartLine, lines, lineOf: (fieldPath) => lineInTable(lines, fieldPath) },
      });
    }
  }
  return { files, problems, present };
}

/** The problem of a file that cannot be read because of what it is (not what it says). */
function fileErrorProblem(file: string, error: NodeJS.ErrnoException): ContentProblem {
  const missing = error.code === 'ENOENT';
  return {
    severity: 'error', file, line: 1, field: '(file)',
    problem: missing ? 'is a link to a file that does not exist' : `cannot be read (${error.code ?? error.message})`,
    fix: missing ? 'point the link at the translation, or put the file itself here' : 'check that the file can be opened (its permissions, or another program holding it), then run again',
  };
}

/** Why `path` (a `<lang>.md` entry of a release or page folder) is no translation file, if it is not one. */
function unreadableProblem(file: string, path: string, item: Dirent): ContentProblem | undefined {
  if (item.isFile()) return undefined;
  if (item.isSymbolicLink()) {
    try {
      if (statSync(path).isFile()) return undefined;
    } catch (error) {
      return fileErrorProblem(file, error as NodeJS.ErrnoException);
    }
  }
  return {
    severity: 'error', file, line: 1, field: '(file)',
    problem: 'is a folder, not a file: translations are text files',
    fix: 'move what the folder holds elsewhere (photos go in public/) and remove it, or rename it',
  };
}

/** What a translation file's read result is remembered as (messages name the file, checks depend on the language). */
export function readAsKey(file: string, lang: Locale): string {
  return `${file}\0${lang}`;
}

/** Parses one translation file and checks what can be checked in it alone. */
export function readMarkdown(file: string, lang: Locale, bytes: Uint8Array): ReadMarkdown {
  try {
    const raw = decodeUtf8(bytes);
    const parsed = parseFrontMatter(raw);
    const body = { lines: normalizeText(raw).split('\n').slice(parsed.bodyStartLine), firstLine: parsed.bodyStartLine + 1 };
    const lookalikes = lookalikeProblems({
      file, lang, yaml: parsed.yaml, body,
      invisibleIn: (fieldPath) => fieldPath.length === 1 && INVISIBLE_CHECKED.includes(String(fieldPath[0])),
    });
    return {
      ok: true, data: parsed.data, bodyStartLine: parsed.bodyStartLine, lines: parsed.lines, lookalikes, placeholders: placeholderProblems(file, raw, parsed),
      bodyPaths: sitePathsInText(body.lines, body.firstLine),
    };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return { ok: false, problem: { severity: 'error', file, line: error.line, field: error.field ?? '(front-matter)', problem: error.message, fix: error.fix } };
  }
}
