/**
 * The content watch on macOS and Windows (see watchFolderTree.ts): one
 * native recursive `fs.watch`. When the folder is missing at start or
 * removed (a content repository cloned again), it is looked for once a
 * second and watched again once it is back.
 */
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { describeWatchProblem, type FolderTreeWatch, notThereYet, type TreeChange, type TreeProblem, whenFolderExists } from './folderWatch.ts';

/** Watches `root` recursively with the platform's own watch; see watchFolderTree for the arguments. */
export function watchNativeTree(root: string, onChange: TreeChange, onProblem: TreeProblem): FolderTreeWatch {
  let watcher: FSWatcher | undefined;
  let stopWaiting: (() => void) | undefined;
  let closed = false;
  const lost = () => {
    watcher?.close();
    watcher = undefined;
    onChange(root);
    waitForRoot();
  };
  const start = (back: boolean) => {
    if (!existsSync(root)) {
      if (!back) onProblem(notThereYet(root));
      waitForRoot();
      return;
    }
    try {
      watcher = watch(root, { recursive: true, persistent: false }, (_event, name) => {
        onChange(name ? join(root, name.toString()) : root);
        if (!existsSync(root)) lost();
      });
      // Windows reports the watched folder's removal as an error.
      watcher.on('error', lost);
      if (back) onChange(root);
    } catch (error) {
      // Removed between the look and the watch: look again.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') waitForRoot();
      else onProblem(describeWatchProblem(root, error as NodeJS.ErrnoException));
    }
  };
  const waitForRoot = () => {
    if (closed || stopWaiting) return;
    stopWaiting = whenFolderExists(root, () => {
      stopWaiting = undefined;
      start(true);
    });
  };
  start(false);
  return {
    close() {
      closed = true;
      stopWaiting?.();
      watcher?.close();
    },
  };
}
