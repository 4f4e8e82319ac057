/**
 * The pure functions behind scheduled publishing: which instants change the
 * output (checked against the rules the pages use, so the two cannot drift),
 * reading the event payload, and what the leak guard says for each kind of
 * repository.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belongsInFeed, isEventOver } from '../../src/lib/calendar/eventTiming.ts';
import { isPublic } from '../../src/lib/isPublic.ts';
import { checkRepositoryVisibility, type GuardedRelease } from '../../src/lib/publishing/checkRepositoryVisibility.ts';
import { hasOwnRepository, readRepositoryVisibility, visibilityOfPayload } from '../../src/lib/publishing/repositoryVisibility.ts';
import { timeChanges, type ScheduledRelease } from '../../src/lib/publishing/timeChanges.ts';

const at = (iso: string) => new Date(iso);
const now = at('2026-11-22T06:00:00Z');

const releases: ScheduledRelease[] = [
  { slug: 'embargoed', data: { draft: false, date: at('2026-11-20T04:00:00Z'), embargo: at('2026-11-25T03:00:00Z') } },
  { slug: 'future', data: { draft: false, date: at('2026-12-01T04:00:00Z') } },
  { slug: 'advisory', data: { draft: false, date: at('2026-11-01T04:00:00Z'), event: { start: at('2026-11-23T05:00:00Z'), end: undefined } } },
  { slug: 'draft', data: { draft: true, date: at('2026-11-01T04:00:00Z'), embargo: at('2026-11-23T00:00:00Z'), event: { start: at('2026-11-24T05:00:00Z'), end: undefined } } },
];

describe('timeChanges', () => {
  const changes = timeChanges([...releases, releases[0]!], now);

  it('lists each instant once, soonest first, and never a draft', () => {
    expect(changes.map((change) => change.at.toISOString())).toEqual([
      '2026-11-23T06:00:00.000Z', // advisory: no end given, so start + 60 minutes
      '2026-11-25T03:00:00.000Z',
      '2026-12-01T04:00:00.000Z',
      '2027-01-22T06:00:00.000Z', // 60 days later the event leaves the calendar feeds
    ]);
    expect(changes.some((change) => change.what.includes('draft'))).toBe(false);
  });

  it('each instant is the first moment the pages’ own rules see a difference', () => {
    const states = (instant: Date) =>
      JSON.stringify(releases.filter((release) => !release.data.draft).map(({ data }) => [isPublic(data, instant), data.event && isEventOver(data.event, instant), data.event && belongsInFeed(data.event, instant)]));
    for (const change of changes) expect(states(new Date(change.at.getTime() - 1)), change.what).not.toBe(states(change.at));
    // And nothing changes between two listed instants.
    expect(states(at('2026-11-23T06:00:00Z'))).toBe(states(at('2026-11-25T02:59:59Z')));
  });

  it('leaves out what has already happened at the build instant', () => {
    expect(timeChanges(releases, at('2026-11-25T03:00:00Z')).map((change) => change.at.toISOString())).toEqual(['2026-12-01T04:00:00.000Z', '2027-01-22T06:00:00.000Z']);
  });
});

describe('readRepositoryVisibility', () => {
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-payload-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };

  it('says nothing outside GitHub Actions', () => {
    expect(readRepositoryVisibility({ GITHUB_EVENT_PATH: file('a.json', '{"repository":{"private":false}}') })).toBeUndefined();
  });

  it('reads private and visibility, public winning when they disagree', () => {
    expect(visibilityOfPayload({ repository: { private: false, full_name: 'ngo/site' } })).toEqual({ visibility: 'public', repository: 'ngo/site' });
    expect(visibilityOfPayload({ repository: { private: true, visibility: 'public' } })).toMatchObject({ visibility: 'public' });
    expect(visibilityOfPayload({ repository: { private: true, visibility: 'internal' } })).toMatchObject({ visibility: 'internal' });
    expect(visibilityOfPayload({ repository: { private: true } })).toMatchObject({ visibility: 'private' });
  });

  it('gives a reason instead of throwing for a missing, broken or silent payload', () => {
    expect(readRepositoryVisibility({ GITHUB_ACTIONS: 'true' })).toEqual({ unknown: 'GITHUB_EVENT_PATH is not set' });
    expect(readRepositoryVisibility({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: join(folder, 'none.json') })).toHaveProperty('unknown');
    expect(readRepositoryVisibility({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: file('b.json', '{"repository":') })).toHaveProperty('unknown');
    expect(readRepositoryVisibility({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: file('c.json', '{"schedule":"2 * * * *"}') })).toHaveProperty('unknown');
  });

  it('recognises a content folder that is a repository of its own', () => {
    const project = mkdtempSync(join(tmpdir(), 'newsroom-project-'));
    const content = join(project, 'newsroom-content');
    mkdirSync(content);
    expect(hasOwnRepository(content, project)).toBe(false);
    mkdirSync(join(content, '.git'));
    expect(hasOwnRepository(content, project)).toBe(true);
    mkdirSync(join(project, '.git'));
    expect(hasOwnRepository(project, project)).toBe(false);
  });
});

describe('checkRepositoryVisibility', () => {
  const guarded: GuardedRelease[] = releases.map((release) => ({ ...release, lang: 'en' }));
  const check = (reading: Parameters<typeof checkRepositoryVisibility>[0]['reading'], separateContentRepository = false) =>
    checkRepositoryVisibility({ reading, releases: guarded, now, timeZone: 'Asia/Bishkek', separateContentRepository });

  it('public: an error naming each waiting folder with its lift time in Bishkek and UTC, and a warning for drafts', () => {
    const findings = check({ visibility: 'public', repository: 'ngo/site' });
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'warning']);
    expect(findings[0]!.message).toContain('content/releases/embargoed/  embargoed until 2026-11-25 09:00 Asia/Bishkek (2026-11-25T03:00:00.000Z)');
    expect(findings[0]!.message).toContain('content/releases/future/  dated 2026-12-01 10:00 Asia/Bishkek');
    expect(findings[0]!.message).not.toContain('content/releases/advisory/');
    expect(findings[1]!.message).toContain('content/releases/draft/  (en.md)');
  });

  it('private, separate content repository or outside Actions: nothing to say', () => {
    expect(check({ visibility: 'private', repository: undefined })).toEqual([]);
    expect(check({ visibility: 'public', repository: undefined }, true)).toEqual([]);
    expect(check(undefined)).toEqual([]);
  });

  it('internal or unknown: warnings only, and none when nothing waits', () => {
    expect(check({ visibility: 'internal', repository: undefined }).map((finding) => finding.severity)).toEqual(['warning']);
    expect(check({ unknown: 'GITHUB_EVENT_PATH is not set' })[0]!.message).toContain('Could not tell whether this repository is public: GITHUB_EVENT_PATH is not set');
    const published = checkRepositoryVisibility({ reading: { unknown: 'x' }, releases: guarded.filter((release) => release.slug === 'advisory'), now, timeZone: 'Asia/Bishkek', separateContentRepository: false });
    expect(published).toEqual([]);
  });
});


describe('isPublic', () => {
  const now = new Date('2026-12-02T06:00:00Z');
  const published = new Date('2026-11-30T04:00:00Z');

  it('publishes a release whose date and embargo have passed, and holds one whose embargo has not', () => {
    expect(isPublic({ draft: false, date: published, embargo: new Date('2026-12-01T03:00:00Z') }, now)).toBe(true);
    expect(isPublic({ draft: false, date: published, embargo: new Date('2026-12-20T03:00:00Z') }, now)).toBe(false);
  });

  it('holds back a release whose embargo or date is not a valid instant (fails closed)', () => {
    expect(isPublic({ draft: false, date: published, embargo: new Date(Number.NaN) }, now)).toBe(false);
    expect(isPublic({ draft: false, date: new Date(Number.NaN) }, now)).toBe(false);
  });
});
