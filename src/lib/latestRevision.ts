import { lateTranslationInstant } from './isPublic.ts';

/** What last happened to a release translation after it came out. */
export interface Revision {
  kind: 'corrected' | 'updated' | 'translated';
  at: Date;
}

/**
 * The latest of the translation's last correction, its `updated` date and
 * its own late publication (`translated`), for the line above the title.
 * A translation added after a correction carries the correction's older
 * date too, and then says when it came out. At the same instant a
 * correction outranks an update, and an update a translation.
 */
export function latestRevision(data: {
  date: Date;
  embargo?: Date | undefined;
  translated?: Date | undefined;
  updated?: Date | undefined;
  corrections: ReadonlyArray<{ date: Date }>;
}): Revision | undefined {
  const translated = lateTranslationInstant(data);
  const candidates: Array<Revision | undefined> = [
    data.corrections.length > 0 ? { kind: 'corrected', at: data.corrections.at(-1)!.date } : undefined,
    data.updated ? { kind: 'updated', at: data.updated } : undefined,
    translated ? { kind: 'translated', at: translated } : undefined,
  ];
  return candidates.reduce<Revision | undefined>((latest, candidate) => (candidate && (!latest || candidate.at.getTime() > latest.at.getTime()) ? candidate : latest), undefined);
}
