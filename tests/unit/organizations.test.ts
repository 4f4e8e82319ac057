/**
 * The pure parts of organisation and project pages: the one line on the
 * organisations index, when a project stops being current (and the
 * schedule entry that rebuilds the pages then), and which disclaimers a
 * release carries in which language.
 */
import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/lib/organizations/firstSentence.ts';
import { isProjectCurrent, projectEndsAt, projectEnds, splitProjects } from '../../src/lib/organizations/projectTiming.ts';
import { releaseDisclaimers, releaseFunders } from '../../src/lib/organizations/releaseDisclaimers.ts';
import type { ProjectData } from '../../src/lib/content/schemas.ts';
import { timeChanges } from '../../src/lib/publishing/timeChanges.ts';

const ZONE = 'Asia/Bishkek';
/** Midnight in Bishkek (UTC+6) at the start of `day`. */
const bishkekDay = (day: string) => new Date(`${day}T00:00:00+06:00`);

describe('firstSentence', () => {
  it('keeps the first sentence of an "About" text in any script', () => {
    expect(firstSentence('Since 2009, the foundation has observed elections. At every election it deploys observers.')).toBe('Since 2009, the foundation has observed elections.');
    expect(firstSentence('«Таза суу» коалициясы 2014-жылы түзүлгөн. Коалиция 30 уюмду бириктирет.')).toBe('«Таза суу» коалициясы 2014-жылы түзүлгөн.');
  });

  it('does not stop at abbreviations and initials', () => {
    expect(firstSentence('Фонд им. Конрада Аденауэра работает в г. Бишкек с 2001 года. Второе.')).toBe('Фонд им. Конрада Аденауэра работает в г. Бишкек с 2001 года.');
    expect(firstSentence('Led by A. Toktosunova since 2014. More.')).toBe('Led by A. Toktosunova since 2014.');
  });

  it('returns a text of one sentence whole', () => {
    expect(firstSentence('  Alpha is a civic organisation  ')).toBe('Alpha is a civic organisation');
  });
});

describe('project timing', () => {
  it('runs a project until the end of its last day in the site time zone', () => {
    const end = bishkekDay('2025-06-30');
    expect(projectEndsAt(end, ZONE).toISOString()).toBe('2025-06-30T18:00:00.000Z');
    expect(isProjectCurrent({ end }, new Date('2025-06-30T17:59:59Z'), ZONE)).toBe(true);
    expect(isProjectCurrent({ end }, new Date('2025-06-30T18:00:00Z'), ZONE)).toBe(false);
    expect(isProjectCurrent({}, new Date('2099-01-01T00:00:00Z'), ZONE)).toBe(true);
  });

  it('orders current projects by latest start and past ones by latest end', () => {
    const now = bishkekDay('2026-11-22');
    const project = (id: string, start?: string, end?: string) => ({ id, data: { start: start ? bishkekDay(start) : undefined, end: end ? bishkekDay(end) : undefined } });
    const { current, past } = splitProjects([
      project('old', '2020-01-01', '2021-12-31'), project('undated'), project('recent', '2026-01-01'),
      project('finished', '2024-01-01', '2025-06-30'), project('running', '2025-03-01', '2027-02-28'),
    ], now, ZONE);
    expect(current.map((item) => item.id)).toEqual(['recent', 'running', 'undated']);
    expect(past.map((item) => item.id)).toEqual(['finished', 'old']);
  });

  it('puts a project\'s end in the publication schedule, so its organisation pages are rebuilt then', () => {
    const ends = projectEnds(new Map([['rivers', { end: bishkekDay('2026-12-31') }], ['open', {}]]), ZONE);
    expect(ends).toEqual([{ id: 'rivers', at: new Date('2026-12-31T18:00:00Z') }]);
    const changes = timeChanges([], bishkekDay('2026-11-22'), ends);
    expect(changes).toEqual([{ at: new Date('2026-12-31T18:00:00Z'), what: 'the project rivers ends and moves to past projects' }]);
    expect(timeChanges([], bishkekDay('2027-02-01'), ends)).toEqual([]);
  });
});

describe('release disclaimers', () => {
  const projects = new Map<string, ProjectData>([
    ['eu', {
      name: { ky: 'ЕБ', ru: 'ЕС', en: 'EU project' }, organization: ['alpha'],
      donor: { name: { ky: 'Европа Биримдиги', ru: 'Европейский союз', en: 'European Union' }, logo: '/logos/eu.svg', url: 'https://eu.example.org' },
      disclaimer: { ky: 'ЕБ эскертүүсү', ru: 'Оговорка ЕС', en: 'EU disclaimer' }, summary: {},
    }],
    ['fund', {
      name: { ky: 'Фонд', ru: 'Фонд', en: 'Fund project' }, organization: ['alpha'],
      donor: { name: { ky: 'Фонд', ru: 'Фонд', en: 'The Fund' } }, disclaimer: { en: 'Fund disclaimer' }, summary: {},
    }],
    ['own', { name: { ky: 'Өз', ru: 'Свой', en: 'Own' }, organization: ['alpha'], disclaimer: {}, summary: {} }],
  ]);

  it('gives each named project\'s disclaimer in the release language, in the release\'s order', () => {
    expect(releaseDisclaimers(['fund', 'eu', 'own'], projects, 'en')).toEqual([
      { project: 'fund', text: 'Fund disclaimer', donor: { name: 'The Fund', logo: undefined, url: undefined } },
      { project: 'eu', text: 'EU disclaimer', donor: { name: 'European Union', logo: '/logos/eu.svg', url: 'https://eu.example.org' } },
    ]);
    expect(releaseDisclaimers(['eu'], projects, 'ky').map((item) => item.text)).toEqual(['ЕБ эскертүүсү']);
    expect(releaseDisclaimers([], projects, 'en')).toEqual([]);
    expect(releaseDisclaimers(['unknown'], projects, 'en')).toEqual([]);
  });

  it('names each donor once as a funder', () => {
    expect(releaseFunders(['eu', 'own', 'eu'], projects, 'ru')).toEqual([{ name: 'Европейский союз', url: 'https://eu.example.org' }]);
  });
});
