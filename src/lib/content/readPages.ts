import { problemsFromIssues, type ContentProblem } from './problems.ts';
import { localizedSource, readLocalizedMarkdown, type LocalizedSource } from './readLocalizedMarkdown.ts';
import { ID_PATTERN, pageSchema, type PageFrontMatter } from './schemas.ts';

/** A plain page in one language, ready to render. */
export type PageSource = LocalizedSource<PageFrontMatter>;

/** Slugs that would collide with the newsroom's own routes. */
export const RESERVED_PAGE_SLUGS = ['releases', 'tags', 'types', 'events', 'rss', 'search', 'subscribe', 'organizations', 'projects', '404'];

const KNOWN_FIELDS = Object.keys(pageSchema.shape);

/** Reads and checks `content/pages/<slug>/<lang>.md`. */
export function readPages(root: string): { pages: PageSource[]; problems: ContentProblem[] } {
  const { files, problems } = readLocalizedMarkdown(root, 'pages', {
    test: (folder) => ID_PATTERN.test(folder) && !RESERVED_PAGE_SLUGS.includes(folder),
    problem: (folder) =>
      RESERVED_PAGE_SLUGS.includes(folder)
        ? `"${folder}" is already used by the newsroom's own pages`
        : `"${folder}" is not a valid page name`,
    fix: 'name the folder with lowercase latin letters, digits and hyphens, e.g. "about" or "press-kit"',
  });
  const pages: PageSource[] = [];
  for (const source of files) {
    const { file, parsed } = source;
    const result = pageSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      problems.push(...problemsFromIssues(file, result.error.issues, parsed.lineOf, KNOWN_FIELDS));
      continue;
    }
    pages.push(localizedSource(source, result.data));
  }
  return { pages, problems };
}
