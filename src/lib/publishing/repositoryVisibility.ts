/**
 * Who can read the repository a GitHub Actions build runs in, from the
 * event payload GitHub writes to the file named by GITHUB_EVENT_PATH
 * (`repository.private`, and `repository.visibility` where GitHub sends it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `internal`: readable by every member of a GitHub Enterprise. */
export type RepositoryVisibility = 'public' | 'private' | 'internal';

/** What the payload said, or why it could not be read. */
export type VisibilityReading =
  | { visibility: RepositoryVisibility; repository: string | undefined }
  | { unknown: string };

/**
 * The visibility of the repository of this GitHub Actions run; undefined
 * when the build does not run in GitHub Actions (GITHUB_ACTIONS is not
 * "true"). A missing or unreadable payload gives `unknown` with the reason,
 * never an exception: the caller decides how much that matters.
 */
export function readRepositoryVisibility(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): VisibilityReading | undefined {
  if (env.GITHUB_ACTIONS !== 'true') return undefined;
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { unknown: 'GITHUB_EVENT_PATH is not set' };
  let payload: unknown;
  try {
    payload = JSON.parse(readFile(path));
  } catch (error) {
    return { unknown: `the event payload ${path} could not be read (${(error as Error).message.split('\n')[0]})` };
  }
  return visibilityOfPayload(payload, path);
}

/** Reads `repository` of a parsed payload; `public` wins when the two fields disagree, since that is the risky reading. */
export function visibilityOfPayload(payload: unknown, path = 'the event payload'): VisibilityReading {
  const repository = (payload as { repository?: unknown } | null)?.repository;
  if (typeof repository !== 'object' || repository === null) return { unknown: `${path} names no repository` };
  const { private: isPrivate, visibility, full_name: fullName } = repository as { private?: unknown; visibility?: unknown; full_name?: unknown };
  const name = typeof fullName === 'string' ? fullName : undefined;
  if (isPrivate === false || visibility === 'public') return { visibility: 'public', repository: name };
  if (visibility === 'internal') return { visibility: 'internal', repository: name };
  if (isPrivate === true) return { visibility: 'private', repository: name };
  return { unknown: `${path} does not say whether ${name ?? 'the repository'} is private` };
}

/**
 * True when the content folder is a repository of its own (a `.git` folder,
 * or the `.git` file of a submodule) apart from the project: a private
 * content repository checked out beside public code.
 */
export function hasOwnRepository(contentRoot: string, projectRoot: string): boolean {
  return resolve(contentRoot) !== resolve(projectRoot) && existsSync(join(contentRoot, '.git'));
}
