/**
 * Small search sites for the search index tests: 40 release pages per
 * language, written in a chosen order, and the written bundle's bytes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const LANGS = ['ky', 'en'] as const;

/**
 * Where the sites are written: tmpfs where there is one, because it lists a
 * folder in the order its entries were made (newest first), which is what
 * exposes an order dependence; ext4 lists by a hash of the names whatever
 * the order.
 */
export const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const WORDS = { ky: ['суу', 'өрөөн', 'үй', 'көңүл', 'жаңы', 'мектеп'], en: ['water', 'valley', 'school', 'river', 'council', 'budget'] };

/** A release page as the site writes it, reduced to what Pagefind reads. */
export function page(lang: 'ky' | 'en', position: number): string {
  const words = WORDS[lang];
  const text = Array.from({ length: 40 }, (_, index) => words[(index * (position + 1)) % words.length]).join(' ');
  return `<!doctype html><html lang="${lang}"><head><title>${lang} ${position}</title></head><body>
<nav>menu</nav><main><article data-pagefind-body><h1 data-pagefind-meta="title">${words[position % words.length]} ${position}</h1>
<p data-pagefind-filter="year">${2015 + (position % 10)}</p><p>${text}</p></article></main></body></html>`;
}

/** A site folder with 40 pages per language (and a list page Pagefind must leave out), written in `order`. */
export function writeSite(root: string, order: 'forward' | 'backward'): string {
  const files: Array<[string, string]> = [];
  for (const lang of LANGS) {
    files.push([`${lang}/index.html`, `<!doctype html><html lang="${lang}"><body><a href="x">list</a></body></html>`]);
    for (let position = 0; position < 40; position++) files.push([`${lang}/releases/r-${String(position).padStart(2, '0')}/index.html`, page(lang, position)]);
  }
  if (order === 'backward') files.reverse();
  for (const [file, html] of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), html);
  }
  return root;
}

/** Every file of the written search bundle with its bytes. */
export function bundle(outDir: string): Map<string, string> {
  const folder = join(outDir, 'pagefind');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => join(entry.parentPath, entry.name)).sort().map((path) => [path.slice(folder.length), readFileSync(path).toString('base64')]));
}
