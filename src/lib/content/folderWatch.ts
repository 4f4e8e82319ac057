/** What the content watches (watchFolderTree.ts, watchNativeTree.ts) share. */
import { existsSync } from 'node:fs';

/** A running watch; `close` ends it. */
export interface FolderTreeWatch {
  close(): void;
}

/** Called with the absolute path of each file or folder that was created, changed, renamed or removed. */
export type TreeChange = (path: string) => void;

/** What to tell when a folder cannot be watched (the watch goes on for the others). */
export type TreeProblem = (message: string) => void;

/** How often a missing content folder is looked for. */
const ROOT_POLL_MS = 1000;

/** What an author is told when the content folder is not there when the dev server starts. */
export function notThereYet(folder: string): string {
  return `${folder} does not exist yet: what is saved there shows once it is created`;
}

/**
 * Calls `back` once `folder` exists (again), looking once a second: a
 * removed folder has no watch left to report its return. Returns a
 * function that stops looking.
 */
export function whenFolderExists(folder: string, back: () => void): () => void {
  const poll = setInterval(() => {
    if (!existsSync(folder)) return;
    clearInterval(poll);
    back();
  }, ROOT_POLL_MS);
  poll.unref();
  return () => clearInterval(poll);
}

/** A problem message an author can act on. */
export function describeWatchProblem(folder: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOSPC') {
    return `${folder} cannot be watched: the system's limit of watched folders is reached. Changes there show after restarting \`npm run dev\`; to lift the limit on Linux: sudo sysctl fs.inotify.max_user_watches=524288`;
  }
  return `${folder} cannot be watched (${error.code ?? error.message}): changes there show after restarting \`npm run dev\``;
}

