/**
 * Error messages send authors to a section of the guide in their language:
 * every section they can name must exist in every guide.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS, seeGuide } from '../../src/lib/content/authorGuide.ts';
import { locales } from '../../src/i18n/locales.ts';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('author guides', () => {
  it.each(locales)('docs/authors/%s.md has every section messages link to', (lang) => {
    const guide = read(`docs/authors/${lang}.md`);
    expect(GUIDE_SECTIONS.filter((section) => !guide.includes(`<a id="${section}"></a>`))).toEqual([]);
  });

  it('are linked from the README, and each guide links the other languages', () => {
    const readme = read('README.md');
    for (const lang of locales) {
      expect(readme).toContain(`docs/authors/${lang}.md`);
      for (const other of locales.filter((locale) => locale !== lang)) expect(read(`docs/authors/${lang}.md`)).toContain(`(${other}.md)`);
    }
  });

  it('are named in the language of the file a message is about', () => {
    expect(seeGuide('content/releases/2026-03-14-x/ky.md', 'todo')).toBe('see docs/authors/ky.md#todo');
    expect(seeGuide('content/releases/2026-03-14-x/ru.md', 'fields')).toBe('see docs/authors/ru.md#fields');
    expect(seeGuide('content/organizations/civic-monitor.yml', 'organisations')).toBe('see docs/authors/ky.md#organisations, ru.md#organisations, en.md#organisations');
  });
});
