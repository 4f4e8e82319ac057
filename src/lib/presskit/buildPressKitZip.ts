/**
 * Packs a press kit with fflate. Photos and PDFs are already compressed, so
 * they are stored as they are (compressing them again costs time and saves
 * nothing); the texts are deflated. Every entry carries the release's date
 * (as the site's wall clock), so the same content always gives the same bytes,
 * on any machine.
 */
import { readFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
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
export function buildPressKitZip(plan: PressKitPlan, texts: KitTexts, mtime: Date, timeZone: string): Uint8Array {
  const entries: Zippable = {};
  const text = (value: string): ZippableFile => [strToU8(value), { level: 6 }];
  const stored = (path: string): ZippableFile => [new Uint8Array(readFileSync(path)), { level: 0 }];
  entries[`${plan.folder}/${texts.releaseName}`] = text(texts.release);
  if (texts.credits) entries[`${plan.folder}/credits.txt`] = text(texts.credits);
  for (const photo of plan.photos) entries[`${plan.folder}/photos/${photo.name}`] = stored(photo.file.absolutePath);
  for (const document of plan.documents) entries[`${plan.folder}/documents/${document.name}`] = stored(document.file.absolutePath);
  return zipSync(entries, { mtime: wallClockForZip(mtime, timeZone) });
}

/**
 * Zip entries carry a wall-clock time without a zone, which fflate takes from
 * the Date's local-time fields, so the same kit came out with other bytes on a
 * machine in another time zone. This Date's local fields are the wall clock in
 * `timeZone` (the site's), whatever the machine's zone.
 */
export function wallClockForZip(instant: Date, timeZone: string): Date {
  const wall = new TZDate(instant.getTime(), timeZone);
  return new Date(wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes(), wall.getSeconds());
}
