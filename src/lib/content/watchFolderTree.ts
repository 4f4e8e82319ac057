/**
 * A watch over a folder and everything under it: the dev server's watch on
 * `content/` (contentWatch.ts).
 *
 * Why not Vite's watcher (chokidar), which the loaders were given: when a
 * folder is added it stats every file under it and sets a watch on each,
 * on the main thread while the server starts: 2.7 CPU seconds for the
 * 8,833 files of a 3,000-release newsroom, out of a start-up that is
 * CPU-bound on 2 cores. Linux reports changes to a folder's entries
 * through the folder itself, so here each folder gets one `fs.watch` and
 * no file is stat'ed: 3,000 folders, a tenth of the time.
 *
 * Why not `fs.watch(folder, { recursive: true })` everywhere: on Linux,
 * Node (24) emulates it by polling every file with `fs.watchFile`, a stat
 * of each file every 5 s and changes seen up to 5 s late
 * (lib/internal/fs/recursive_watch.js). On macOS and Windows recursive
 * watches are native, and used.
 */
import { type Dirent, existsSync, type FSWatcher, lstatSync, readdirSync, realpathSync, statSync, watch } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { describeWatchProblem, type FolderTreeWatch, notThereYet, type TreeChange, type TreeProblem, whenFolderExists } from './folderWatch.ts';
import { watchNativeTree } from './watchNativeTree.ts';

export type { FolderTreeWatch } from './folderWatch.ts';

const NATIVE_RECURSIVE = process.platform === 'darwin' || process.platform === 'win32';

/** Set to "1" to use the macOS and Windows way on Linux too (its tests run on Linux). */
export const NATIVE_WATCH_ENV = 'NEWSROOM_NATIVE_WATCH';

/**
 * Watches `root` and every folder under it (symbolic links to folders
 * followed, each real folder once); `onChange` gets the path of each entry
 * that changes. A folder created later is watched from then on, and what
 * it already holds is reported (it may have been filled before its watch
 * began, as by a `git checkout` or a copied release folder).
 */
export function watchFolderTree(root: string, onChange: TreeChange, onProblem: TreeProblem): FolderTreeWatch {
  if (NATIVE_RECURSIVE || process.env[NATIVE_WATCH_ENV] === '1') return watchNativeTree(root, onChange, onProblem);
  const watchers = new Map<string, { watcher: FSWatcher; real: string }>();
  /** Watches on the files that links in the tree point to (elsewhere, so no folder's watch sees their saves). */
  const linked = new Map<string, FSWatcher>();
  const reals = new Set<string>();
  let closed = false;

  let stopWaiting: (() => void) | undefined;
  // The folder itself went (a content repository cloned again, a folder restored from a backup).
  const waitForRoot = () => {
    if (closed || stopWaiting) return;
    stopWaiting = whenFolderExists(root, () => {
      stopWaiting = undefined;
      onChange(root);
      watchFolder(root, true);
    });
  };
  const unwatch = (path: string) => {
    for (const [folder, entry] of watchers) {
      if (folder === path || folder.startsWith(path + sep)) {
        entry.watcher.close();
        reals.delete(entry.real);
        watchers.delete(folder);
      }
    }
    for (const [file, watcher] of linked) {
      if (file === path || file.startsWith(path + sep)) {
        watcher.close();
        linked.delete(file);
      }
    }
    if (!watchers.has(root)) waitForRoot();
  };

  // fs.watch follows the link: the watch is on the file it points to, and reports the link's path.
  const watchLinkedFile = (path: string) => {
    if (closed || linked.has(path)) return;
    try {
      const watcher = watch(path, { persistent: false }, () => {
        onChange(path);
        // An editor that saves by replacing the file leaves this watch on the old one: watch the new one.
        watcher.close();
        linked.delete(path);
        setImmediate(() => {
          if (isLinkedFile(path)) watchLinkedFile(path);
        });
      });
      watcher.on('error', () => {
        watcher.close();
        linked.delete(path);
      });
      linked.set(path, watcher);
    } catch {
      // A link to nothing: the folder's watch reports when the link itself changes.
    }
  };

  const isLinkedFile = (path: string): boolean => {
    try {
      return lstatSync(path).isSymbolicLink() && statSync(path).isFile();
    } catch {
      return false;
    }
  };

  const isFolder = (path: string): boolean => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  };

  const watchFolder = (folder: string, announce: boolean) => {
    if (closed || watchers.has(folder)) return;
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      return;
    }
    // A link back up the tree (or two links to one folder) would be watched forever.
    if (reals.has(real)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: false }, (event, name) => {
        if (closed) return;
        if (name === null) {
          // The kernel dropped the name (an overflow): look at the whole folder again.
          onChange(folder);
          return;
        }
        // A watched folder that is removed reports its own name, as if it held an entry of that name.
        const path = name.toString() === basename(folder) && !existsSync(folder) ? folder : join(folder, name.toString());
        onChange(path);
        if (event !== 'rename') return;
        if (isFolder(path)) watchFolder(path, true);
        else {
          unwatch(path);
          if (isLinkedFile(path)) watchLinkedFile(path);
        }
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Removed before its watch began: its parent reports that.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') onProblem(describeWatchProblem(folder, error as NodeJS.ErrnoException));
      return;
    }
    // The folder itself was removed: its parent's watch reports it.
    watcher.on('error', () => unwatch(folder));
    watchers.set(folder, { watcher, real });
    reals.add(real);
    let entries: Dirent[];
    try {
      // The kind of each entry comes with the listing: no stat per file (only links are followed).
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (announce) onChange(path);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path))) watchFolder(path, announce);
      else if (entry.isSymbolicLink()) watchLinkedFile(path);
    }
  };

  if (isFolder(root)) watchFolder(root, false);
  if (!watchers.has(root)) {
    if (existsSync(root)) onProblem(`${root} is not a folder that can be watched: saves there do not show until \`npm run dev\` is restarted`);
    else {
      onProblem(notThereYet(root));
      waitForRoot();
    }
  }
  return {
    close() {
      closed = true;
      stopWaiting?.();
      for (const { watcher } of watchers.values()) watcher.close();
      for (const watcher of linked.values()) watcher.close();
      watchers.clear();
      linked.clear();
      reals.clear();
    },
  };
}
