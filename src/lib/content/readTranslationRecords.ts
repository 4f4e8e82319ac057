/**
 * The per-file cache records (contentFileCache.ts) of every translation file
 * under `content/releases/` and `content/pages/`: what readLocalizedMarkdown
 * would compute for each file on its own (parse, lookalike letters,
 * placeholders). Run on a worker thread by the dev server's first start
 * (prefetchContentFiles.ts); the checks that span files still run on the
 * main thread over these results.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '../../i18n/locales.ts';
import { ContentFileCache, type FileRecord } from './contentFileCache.ts';
import { readAsKey, readMarkdown } from './readLocalizedMarkdown.ts';

/** Collections whose files are `<folder>/<lang>.md` translations. */
const COLLECTIONS = ['releases', 'pages'];

function folders(directory: string): string[] {
  try {
    return readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * Records keyed by absolute path, made by a cache of their own exactly as
 * the main read would make them. Files that cannot be read are left to the
 * main read, which reports them.
 */
export function readTranslationRecords(root: string): Array<[string, FileRecord]> {
  const cache = new ContentFileCache();
  for (const collection of COLLECTIONS) {
    const directory = join(root, 'content', collection);
    for (const folder of folders(directory)) {
      let names: string[];
      try {
        names = readdirSync(join(directory, folder));
      } catch {
        continue;
      }
      for (const name of names) {
        const lang = name.slice(0, -3);
        if (!name.endsWith('.md') || !isLocale(lang)) continue;
        const file = `content/${collection}/${folder}/${name}`;
        try {
          cache.markdown(join(directory, folder, name), readAsKey(file, lang), (bytes) => readMarkdown(file, lang, bytes));
        } catch {
          // Gone or unreadable meanwhile: the main read finds out and says so.
        }
      }
    }
  }
  return cache.records();
}
