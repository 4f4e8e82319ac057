import { describe, expect, it } from 'vitest';
import { isSiteDateError, parseSiteDate } from '../../src/lib/parseSiteDate.ts';

const BISHKEK = 'Asia/Bishkek';

function instant(value: string, zone = BISHKEK): string {
  const result = parseSiteDate(value, zone);
  if (isSiteDateError(result)) throw new Error(result.problem);
  return result.instant.toISOString();
}

describe('parseSiteDate', () => {
  it('reads a date without time as midnight in the site zone, not UTC', () => {
    expect(instant('2026-03-14')).toBe('2026-03-13T18:00:00.000Z');
  });

  it('reads a time without offset as Bishkek wall-clock time', () => {
    expect(instant('2026-04-01T11:30')).toBe('2026-04-01T05:30:00.000Z');
    expect(instant('2026-04-01 11:30:15')).toBe('2026-04-01T05:30:15.000Z');
  });

  it('keeps an explicit offset or Z as written', () => {
    expect(instant('2026-04-01T11:30:00+03:00')).toBe('2026-04-01T08:30:00.000Z');
    expect(instant('2026-04-01T11:30Z')).toBe('2026-04-01T11:30:00.000Z');
  });

  it('reads an offset written with hours only, or without a colon (ISO 8601 allows both)', () => {
    expect(instant('2026-12-20T09:00+06')).toBe('2026-12-20T03:00:00.000Z');
    expect(instant('2026-12-20T09:00+0600')).toBe('2026-12-20T03:00:00.000Z');
    expect(instant('2026-12-20T09:00:30.5-05:30')).toBe('2026-12-20T14:30:30.500Z');
  });

  it.each([
    ['14.03.2026', 'write "2026-03-14"'],
    ['2.12.2026 9:30', 'write "2026-12-02T09:30"'],
    ['“2026-11-01”', 'use straight quotes: "2026-11-01"'],
    ['«2026-11-01T10:00»', 'use straight quotes: "2026-11-01T10:00"'],
  ])('shows %s rewritten as it should be', (value, fix) => {
    const result = parseSiteDate(value, BISHKEK);
    expect(isSiteDateError(result) && result.fix).toBe(fix);
  });

  it('applies daylight saving time of zones that have it', () => {
    expect(instant('2026-07-01T12:00', 'Europe/Berlin')).toBe('2026-07-01T10:00:00.000Z');
    expect(instant('2026-01-15T12:00', 'Europe/Berlin')).toBe('2026-01-15T11:00:00.000Z');
  });

  it('gives the same instant whatever the machine time zone is', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(instant('2026-04-01T11:30')).toBe('2026-04-01T05:30:00.000Z');
      process.env.TZ = 'Pacific/Kiritimati';
      expect(instant('2026-03-14')).toBe('2026-03-13T18:00:00.000Z');
    } finally {
      process.env.TZ = before;
    }
  });

  it.each([
    ['2026-02-30', 'not a real calendar date'],
    ['2026-13-01', 'not a real calendar date'],
    ['2026-04-01T25:00', 'impossible time'],
    ['next Monday', 'not a date in the form year-month-day'],
    ['2026-04-01T11:30+15:00', 'impossible time-zone offset'],
  ])('refuses %s with a reason', (value, reason) => {
    const result = parseSiteDate(value, BISHKEK);
    expect(isSiteDateError(result)).toBe(true);
    expect(isSiteDateError(result) && result.problem).toContain(reason);
  });

  it('refuses values that are not strings, such as YAML numbers', () => {
    const result = parseSiteDate(2026, BISHKEK);
    expect(isSiteDateError(result) && result.problem).toContain('must be a date');
  });
});
