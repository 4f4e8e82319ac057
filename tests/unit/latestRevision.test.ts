import { describe, expect, it } from 'vitest';
import { latestRevision } from '../../src/lib/latestRevision.ts';

const date = new Date('2026-07-09T04:00:00Z');
const correction = { date: new Date('2026-07-11T00:00:00Z') };

describe('latestRevision: the line above a release title', () => {
  it('is nothing for a release unchanged since it came out', () => {
    expect(latestRevision({ date, corrections: [] })).toBeUndefined();
  });

  it('says a translation added after a correction came out later, not the older correction', () => {
    const translated = new Date('2026-11-30T09:00:00Z');
    expect(latestRevision({ date, translated, corrections: [correction] })).toEqual({ kind: 'translated', at: translated });
  });

  it('says a correction made after a late translation came out', () => {
    const later = { date: new Date('2026-12-05T00:00:00Z') };
    expect(latestRevision({ date, translated: new Date('2026-11-30T09:00:00Z'), corrections: [correction, later] })).toEqual({ kind: 'corrected', at: later.date });
  });

  it('prefers the correction to an update of the same moment, and ignores a translated date not after the release', () => {
    expect(latestRevision({ date, updated: correction.date, corrections: [correction] })?.kind).toBe('corrected');
    expect(latestRevision({ date, translated: new Date('2026-07-01T00:00:00Z'), corrections: [] })).toBeUndefined();
  });
});
