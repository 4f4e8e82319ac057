/**
 * What goes into the press kit of one release translation: the original of
 * every photo (lead and gallery) and every attachment that is a file of this
 * site. Web addresses are not downloaded, and a missing file is left out
 * (validation already warned about it). No local file, no kit.
 */
import { posix } from 'node:path';
import type { Locale } from '../../i18n/locales.ts';
import type { ReleaseFrontMatter } from '../content/schemas.ts';
import { localFile, type LocalFile } from '../media/localFile.ts';

export interface KitPhoto { name: string; file: LocalFile; credit?: string | undefined; licence?: string | undefined }
export interface KitDocument { name: string; file: LocalFile }

export interface PressKitPlan {
  /** Folder inside the zip, so unpacking makes one folder: "2026-03-14-water-forum-en". */
  folder: string;
  photos: KitPhoto[];
  documents: KitDocument[];
}

type KitRelease = Pick<ReleaseFrontMatter, 'image' | 'images' | 'attachments'> & { slug: string; lang: Locale };

/** File names inside one folder of the zip, made unique ("photo.jpg", "photo-2.jpg"). */
function namer(): (path: string) => string {
  const used = new Set<string>();
  return (path) => {
    const { name, ext } = posix.parse(path);
    let candidate = `${name}${ext}`;
    for (let count = 2; used.has(candidate.toLowerCase()); count++) candidate = `${name}-${count}${ext}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

/** The kit's contents, or undefined when the release has no photo or attachment on this site. */
export function planPressKit(release: KitRelease, publicDir: string, basePath: string): PressKitPlan | undefined {
  const photoName = namer();
  const documentName = namer();
  const seen = new Set<string>();
  const photos: KitPhoto[] = [];
  for (const photo of [release.image, ...release.images]) {
    const file = photo && localFile(publicDir, photo.src, basePath);
    if (!file || seen.has(file.path)) continue;
    seen.add(file.path);
    photos.push({ name: photoName(file.path), file, credit: photo.credit, licence: photo.licence });
  }
  const documents: KitDocument[] = [];
  for (const attachment of release.attachments) {
    const file = localFile(publicDir, attachment.url, basePath);
    if (!file || seen.has(file.path)) continue;
    seen.add(file.path);
    documents.push({ name: documentName(file.path), file });
  }
  if (photos.length === 0 && documents.length === 0) return undefined;
  return { folder: `${release.slug}-${release.lang}`, photos, documents };
}

/** Everything the kit's bytes depend on besides the texts: names and contents of the files ("" without a kit). */
export function planFingerprint(plan: PressKitPlan | undefined): string {
  return plan ? [...plan.photos, ...plan.documents].map((entry) => `${entry.name}=${entry.file.sha256}`).join(';') : '';
}
