/**
 * A press kit's bytes do not depend on the time zone of the machine that
 * builds it: zip entries hold a wall-clock time, written as the site's.
 */
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPressKitZip, wallClockForZip } from '../../src/lib/presskit/buildPressKitZip.ts';
import type { PressKitPlan } from '../../src/lib/presskit/planPressKit.ts';

const RELEASE_DATE = new Date('2026-11-21T05:00:00+06:00');
const plan = { folder: '2026-11-21-water-forum-ky', photos: [], documents: [] } as unknown as PressKitPlan;
const texts = { releaseName: '2026-11-21-water-forum-ky.txt', release: 'Суу форуму: Өзгөн, Үч-Коргон, Ноокат' };
const machineZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = machineZone;
});

/** The kit as a machine in `zone` builds it. */
function kitBuiltIn(zone: string): Uint8Array {
  process.env.TZ = zone;
  return buildPressKitZip(plan, texts, RELEASE_DATE, 'Asia/Bishkek');
}

describe('a press kit built in another time zone', () => {
  it('has the same bytes in Los Angeles, Bishkek and UTC', () => {
    const bishkek = kitBuiltIn('Asia/Bishkek');
    expect(kitBuiltIn('America/Los_Angeles')).toEqual(bishkek);
    expect(kitBuiltIn('UTC')).toEqual(bishkek);
    expect(Object.keys(unzipSync(bishkek))).toEqual(['2026-11-21-water-forum-ky/2026-11-21-water-forum-ky.txt']);
  });

  it('dates its entries with the site\'s wall clock (05:00 in Bishkek), read in any zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    const wall = wallClockForZip(RELEASE_DATE, 'Asia/Bishkek');
    expect([wall.getFullYear(), wall.getMonth() + 1, wall.getDate(), wall.getHours(), wall.getMinutes()]).toEqual([2026, 11, 21, 5, 0]);
  });
});
