/**
 * Packs a press kit with fflate. Photos and PDFs are already compressed, so
 * they are stored as they are (compressing them again costs time and saves
 * nothing); the texts are deflated. Every entry carries the release's date,
 * so the same content always gives the same bytes.
 */
import { readFileSync } from 'node:fs';
import { zipSync, strToU8, type Zippable, type ZippableFile } from 'fflate';
import type { PressKitPlan } from './planPressKit.ts';

/** The texts of a kit: the release in plain text and credits.txt (only when there are photos). */
export interface KitTexts {
  /** File name of the release text, e.g. "2026-03-14-water-forum-en.txt". */
  releaseName: string;
  release: string;
  credits?: string | undefined;
}

/** Builds the zip bytes; files are read from disk here. */
export function buildPressKitZip(plan: PressKitPlan, texts: KitTexts, mtime: Date): Uint8Array {
  const entries: Zippable = {};
  const text = (value: string): ZippableFile => [strToU8(value), { level: 6 }];
  const stored = (path: string): ZippableFile => [new Uint8Array(readFileSync(path)), { level: 0 }];
  entries[`${plan.folder}/${texts.releaseName}`] = text(texts.release);
  if (texts.credits) entries[`${plan.folder}/credits.txt`] = text(texts.credits);
  for (const photo of plan.photos) entries[`${plan.folder}/photos/${photo.name}`] = stored(photo.file.absolutePath);
  for (const document of plan.documents) entries[`${plan.folder}/documents/${document.name}`] = stored(document.file.absolutePath);
  return zipSync(entries, { mtime });
}
