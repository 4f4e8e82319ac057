/**
 * The dev server's watch on content/ (src/lib/content/watchFolderTree.ts):
 * every save, new release folder, removal and rename under the folder is
 * reported, including in folders created after the watch began, and
 * nothing after `close`.
 */
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type FolderTreeWatch, NATIVE_WATCH_ENV, watchFolderTree } from '../../src/lib/content/watchFolderTree.ts';
import { useTempFolders } from '../helpers/tempFolders.ts';

describe('watchFolderTree', () => {
  const tempFolder = useTempFolders();
  let running: FolderTreeWatch | undefined;
  afterEach(() => running?.close());

  /** A content folder with one release, watched; the paths reported so far, and the problems. */
  function watched() {
    const root = join(tempFolder('newsroom-watch-'), 'content');
    mkdirSync(join(root, 'releases', '2026-03-14-water-forum'), { recursive: true });
    writeFileSync(join(root, 'releases', '2026-03-14-water-forum', 'en.md'), '---\ntitle: Water\n---\n');
    const changes: string[] = [];
    const problems: string[] = [];
    running = watchFolderTree(root, (path) => changes.push(path), (message) => problems.push(message));
    return { root, changes, problems };
  }

  it('reports a save in a folder that existed when the watch began', async () => {
    const { root, changes, problems } = watched();
    const file = join(root, 'releases', '2026-03-14-water-forum', 'en.md');
    writeFileSync(file, '---\ntitle: Water, updated\n---\n');
    await vi.waitFor(() => expect(changes).toContain(file), { timeout: 5000 });
    expect(problems).toEqual([]);
  });

  it('watches a release folder created later, and reports what it held before its watch began', async () => {
    const { root, changes } = watched();
    const folder = join(root, 'releases', '2026-04-01-new');
    // Made elsewhere and moved in, as a copied folder or a git checkout does: the file is there at once.
    const outside = join(tempFolder('newsroom-outside-'), 'release');
    mkdirSync(outside);
    writeFileSync(join(outside, 'ky.md'), '---\ntitle: Жаңы\n---\n');
    renameSync(outside, folder);
    await vi.waitFor(() => expect(changes).toContain(join(folder, 'ky.md')), { timeout: 5000 });
    // And a save in it afterwards.
    changes.length = 0;
    writeFileSync(join(folder, 'ru.md'), '---\ntitle: Новый\n---\n');
    await vi.waitFor(() => expect(changes).toContain(join(folder, 'ru.md')), { timeout: 5000 });
  });

  it('reports a removed release folder by its own path, and a folder renamed within the tree by both', async () => {
    const { root, changes } = watched();
    const folder = join(root, 'releases', '2026-03-14-water-forum');
    const renamed = join(root, 'releases', '2026-03-15-water-forum');
    renameSync(folder, renamed);
    await vi.waitFor(() => expect(changes).toEqual(expect.arrayContaining([folder, renamed])), { timeout: 5000 });
    // The renamed folder is watched under its new name.
    writeFileSync(join(renamed, 'en.md'), '---\ntitle: Moved\n---\n');
    await vi.waitFor(() => expect(changes).toContain(join(renamed, 'en.md')), { timeout: 5000 });
    changes.length = 0;
    rmSync(renamed, { recursive: true });
    await vi.waitFor(() => expect(changes).toContain(renamed), { timeout: 5000 });
    // A removed folder reports its own name, never as an entry inside itself.
    expect(changes.filter((path) => path.startsWith(join(renamed, '2026')))).toEqual([]);
  });

  it('follows a link to a folder once, and a link back up the tree does not loop', async () => {
    const { root, changes, problems } = watched();
    const shared = join(tempFolder('newsroom-shared-'), 'organizations');
    mkdirSync(shared);
    running?.close();
    symlinkSync(shared, join(root, 'organizations'));
    symlinkSync(root, join(root, 'releases', 'loop'));
    running = watchFolderTree(root, (path) => changes.push(path), (message) => problems.push(message));
    writeFileSync(join(shared, 'ngo.yml'), 'name: NGO\n');
    await vi.waitFor(() => expect(changes).toContain(join(root, 'organizations', 'ngo.yml')), { timeout: 5000 });
    expect(problems).toEqual([]);
  });

  it('watches the folder again when it is removed and comes back (a content repository cloned again)', async () => {
    const { root, changes } = watched();
    rmSync(root, { recursive: true });
    await vi.waitFor(() => expect(changes).toContain(root), { timeout: 5000 });
    const folder = join(root, 'releases', '2026-05-01-back');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'en.md'), '---\ntitle: Back\n---\n');
    await vi.waitFor(() => expect(changes).toContain(join(folder, 'en.md')), { timeout: 5000 });
    changes.length = 0;
    writeFileSync(join(folder, 'en.md'), '---\ntitle: Back again\n---\n');
    await vi.waitFor(() => expect(changes).toContain(join(folder, 'en.md')), { timeout: 5000 });
  });

  it('sees saves to a file that a link in the tree points to, also after the file was replaced', async () => {
    const { root, changes } = watched();
    const shared = join(tempFolder('newsroom-linked-'), 'en.md');
    writeFileSync(shared, '---\ntitle: Shared\n---\n');
    const link = join(root, 'releases', '2026-03-14-water-forum', 'ky.md');
    symlinkSync(shared, link);
    await vi.waitFor(() => expect(changes).toContain(link), { timeout: 5000 });
    changes.length = 0;
    writeFileSync(shared, '---\ntitle: Shared, edited\n---\n');
    await vi.waitFor(() => expect(changes).toContain(link), { timeout: 5000 });
    // Saved the way many editors do: a new file renamed over the old one.
    const temporary = `${shared}.tmp`;
    writeFileSync(temporary, '---\ntitle: Shared, replaced\n---\n');
    renameSync(temporary, shared);
    await new Promise((resolve) => setTimeout(resolve, 100));
    changes.length = 0;
    writeFileSync(shared, '---\ntitle: Shared, edited after the replace\n---\n');
    await vi.waitFor(() => expect(changes).toContain(link), { timeout: 5000 });
  });

  it('on macOS and Windows (their way, forced here), watches a folder that does not exist yet once it is created', async () => {
    const problems: string[] = [];
    const changes: string[] = [];
    const root = join(tempFolder('newsroom-native-'), 'content');
    process.env[NATIVE_WATCH_ENV] = '1';
    try {
      running = watchFolderTree(root, (path) => changes.push(path), (message) => problems.push(message));
    } finally {
      delete process.env[NATIVE_WATCH_ENV];
    }
    expect(problems).toEqual([`${root} does not exist yet: what is saved there shows once it is created`]);
    mkdirSync(root);
    await vi.waitFor(() => expect(changes).toContain(root), { timeout: 5000 });
  });

  it('reports nothing once closed', async () => {
    const { root, changes } = watched();
    running?.close();
    writeFileSync(join(root, 'releases', '2026-03-14-water-forum', 'en.md'), '---\ntitle: After\n---\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes).toEqual([]);
  });

  it('says so when the folder does not exist yet, and watches it once it is created', async () => {
    const problems: string[] = [];
    const changes: string[] = [];
    const root = join(tempFolder('newsroom-missing-'), 'content');
    running = watchFolderTree(root, (path) => changes.push(path), (message) => problems.push(message));
    expect(problems).toEqual([`${root} does not exist yet: what is saved there shows once it is created`]);
    mkdirSync(join(root, 'releases'), { recursive: true });
    writeFileSync(join(root, 'tags.yml'), 'water: {en: Water}\n');
    await vi.waitFor(() => expect(changes).toContain(join(root, 'tags.yml')), { timeout: 5000 });
  });

  it('says so when the path is a file, not a folder', () => {
    const problems: string[] = [];
    const file = join(tempFolder('newsroom-file-'), 'content');
    writeFileSync(file, '');
    running = watchFolderTree(file, () => undefined, (message) => problems.push(message));
    expect(problems).toEqual([`${file} is not a folder that can be watched: saves there do not show until \`npm run dev\` is restarted`]);
  });
});
