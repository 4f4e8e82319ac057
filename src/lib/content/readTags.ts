import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN, tagsFileSchema, type LocalizedText } from './schemas.ts';
import { problemsFromIssues, type ContentProblem } from './problems.ts';
import { readYamlFile } from './readYamlFile.ts';
import { lookalikeProblems } from './lookalikes/lookalikeProblems.ts';

/** Tag labels by id, as read from `content/tags.yml`. */
export interface TagsResult {
  tags: Map<string, LocalizedText>;
  problems: ContentProblem[];
  /**
   * Ids written in the file whose labels have errors: releases naming them
   * are not also told the tag is unknown (one mistake, one message).
   */
  idsWithErrors: Set<string>;
}

/** Reads and checks `<root>/content/tags.yml`; a site without tags is allowed. */
export function readTags(root: string): TagsResult {
  const file = 'content/tags.yml';
  const absolute = join(root, file);
  const tags = new Map<string, LocalizedText>();
  const idsWithErrors = new Set<string>();
  if (!existsSync(absolute)) return { tags, problems: [], idsWithErrors };
  const read = readYamlFile(absolute, file);
  if (!read.ok) return { tags, problems: [read.problem], idsWithErrors };
  // Tag labels are headlines of their pages: invisible characters are reported there too.
  const lookalikes = lookalikeProblems({ file, lang: undefined, yaml: read.yaml, invisibleIn: () => true });
  const parsed = tagsFileSchema.safeParse(read.data ?? {}, { reportInput: true });
  if (!parsed.success) {
    const written = read.data && typeof read.data === 'object' ? Object.keys(read.data) : [];
    for (const id of written) if (ID_PATTERN.test(id)) idsWithErrors.add(id);
    return { tags, problems: [...problemsFromIssues(file, parsed.error.issues, read.lineOf), ...lookalikes], idsWithErrors };
  }
  for (const [id, labels] of Object.entries(parsed.data)) tags.set(id, labels);
  return { tags, problems: lookalikes, idsWithErrors };
}
