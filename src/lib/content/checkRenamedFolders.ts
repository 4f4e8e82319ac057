import type { ContentProblem } from './problems.ts';
import type { LocalizedMarkdownFile } from './readLocalizedMarkdown.ts';
import type { ReleaseSource } from './readReleases.ts';
import { translationGroups } from './translationGroups.ts';

/**
 * Checks `renamed_from`, the earlier folder names of a release: each old
 * address leads to one release only, and never hides a release that has
 * that folder now. Reported once per release, in its first translation (the
 * others must give the same list: checkTranslationsAgree.ts).
 */
export function checkRenamedFolders(files: readonly LocalizedMarkdownFile[], releases: readonly ReleaseSource[], folders: ReadonlySet<string>): ContentProblem[] {
  const lineOf = new Map(files.map((file) => [file.file, file.parsed.lineOf]));
  const first = [...translationGroups(releases).values()].map((group) => group[0]!);
  const problems: ContentProblem[] = [];
  const claimedBy = new Map<string, ReleaseSource>();
  for (const release of first.sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
    release.data.renamed_from.forEach((old, index) => {
      const at = { severity: 'error' as const, file: release.file, line: lineOf.get(release.file)?.(['renamed_from', index]) ?? 1, field: 'renamed_from' };
      const other = claimedBy.get(old);
      if (old === release.slug) {
        problems.push({ ...at, problem: `"${old}" is this release's own folder, not an earlier name`, fix: 'list only names the folder had before it was renamed' });
      } else if (folders.has(old)) {
        problems.push({ ...at, problem: `"${old}" is the folder of another release (content/releases/${old}), whose address it cannot also lead from`, fix: 'remove it here, or rename that folder first' });
      } else if (other) {
        problems.push({ ...at, problem: `"${old}" is also an earlier name of ${other.slug} (${other.file}); an old address can lead to one release only`, fix: 'keep it in the release that really had that folder name' });
      } else claimedBy.set(old, release);
    });
  }
  return problems;
}
