/**
 * The due check against real builds of tests/fixtures/schedule: each build
 * leaves its schedule file in its cache folder, and scripts/publicationDue.ts,
 * copied to a folder with no node_modules/ and run by plain Node (24), says
 * whether a scheduled run must build. The fixture holds an embargo lifting on
 * 23 November 09:00 Bishkek time (03:00 UTC) and an event ending on
 * 24 November 12:00 (06:00 UTC); buildSite builds as of 22 November 12:00.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBuildNow } from '../../src/lib/getBuildNow.ts';
import { SCHEDULE_FILE, type PublicationSchedule } from '../../src/lib/publishing/publicationSchedule.ts';
import { buildSite, projectRoot } from '../helpers/buildSite.ts';

const node = join(projectRoot, 'node_modules', '.bin', 'node');

/** The script alone in an empty folder: no package.json, no node_modules/. */
function isolatedScript(): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-due-'));
  copyFileSync(join(projectRoot, 'scripts', 'publicationDue.ts'), join(folder, 'publicationDue.ts'));
  return folder;
}

/** Runs the due check in `folder` with only the variables given (plus PATH). */
function due(folder: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(node, ['publicationDue.ts', ...args], { cwd: folder, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  const values = Object.fromEntries(result.stdout.trim().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, due: values.due, reason: values.reason ?? '' };
}

describe('publicationDue.ts against fixture builds', () => {
  const cacheDir = join(mkdtempSync(join(tmpdir(), 'newsroom-schedule-')), 'cache');
  let script: string;
  let firstSchedule: PublicationSchedule;
  let secondSchedule: PublicationSchedule;

  beforeAll(async () => {
    script = isolatedScript();
    // The first build, as of 22 November 12:00 (buildSite's BUILD_NOW), then the run the due check asks for after the embargo.
    const first = await buildSite('schedule', { NEWSROOM_CACHE_DIR: cacheDir });
    expect(first.exitCode, first.output).toBe(0);
    firstSchedule = JSON.parse(readFileSync(join(cacheDir, SCHEDULE_FILE), 'utf8'));
    const second = await buildSite('schedule', { NEWSROOM_CACHE_DIR: cacheDir, BUILD_NOW: '2026-11-23T09:02:00+06:00' });
    expect(second.exitCode, second.output).toBe(0);
    expect(second.page('/en/releases/2026-11-20-budget-hearing/')('h1').text()).toContain('Budget hearing findings');
    secondSchedule = JSON.parse(readFileSync(join(cacheDir, SCHEDULE_FILE), 'utf8'));
  });

  it('the build lists when its output changes: the embargo, the event end, the event leaving the calendar feeds; never a draft', () => {
    expect(firstSchedule.builtAt).toBe('2026-11-22T06:00:00.000Z');
    expect(firstSchedule.changes.map(({ at }) => at)).toEqual(['2026-11-23T03:00:00.000Z', '2026-11-24T06:00:00.000Z', '2027-01-23T06:00:00.000Z']);
    expect(firstSchedule.changes[0]!.what).toContain('2026-11-20-budget-hearing');
    expect(JSON.stringify(firstSchedule)).not.toContain('draft-plan');
    // The build after the lift no longer lists it.
    expect(secondSchedule.builtAt).toBe('2026-11-23T03:02:00.000Z');
    expect(secondSchedule.changes.map(({ at }) => at)).toEqual(['2026-11-24T06:00:00.000Z', '2027-01-23T06:00:00.000Z']);
  });

  it('due=false just before the embargo lifts, due=true just after (against the first build’s schedule)', () => {
    const folder = isolatedScript();
    const cache = join(folder, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, SCHEDULE_FILE), JSON.stringify(firstSchedule));
    expect(existsSync(join(folder, 'node_modules'))).toBe(false);
    const before = due(folder, ['--cache-dir', cache], { BUILD_NOW: '2026-11-23T08:59:00+06:00' });
    expect(before.status, before.stderr).toBe(0);
    expect(before.due).toBe('false');
    expect(before.reason).toContain('2026-11-23T03:00:00.000Z');
    expect(before.reason).toContain('2026-11-20-budget-hearing');
    const after = due(folder, ['--cache-dir', cache], { BUILD_NOW: '2026-11-23T09:01:00+06:00' });
    expect(after.due).toBe('true');
    expect(after.reason).toContain('2026-11-20-budget-hearing is published');
  });

  it('due=false before the event ends and due=true just after it (against the build after the embargo)', () => {
    const before = due(script, ['--cache-dir', cacheDir], { BUILD_NOW: '2026-11-24T11:59:00+06:00' });
    expect(before.due).toBe('false');
    const after = due(script, ['--cache-dir', cacheDir], { BUILD_NOW: '2026-11-24T12:01:00+06:00' });
    expect(after.due).toBe('true');
    expect(after.reason).toContain('event of 2026-11-21-water-roundtable is over');
  });

  it('due=true when GITHUB_SHA is a commit the last build was not of, whatever the clock', () => {
    const folder = isolatedScript();
    writeFileSync(join(folder, SCHEDULE_FILE), JSON.stringify({ ...firstSchedule, commit: 'a1b2c3d4e5f6a7b8' }));
    const quiet = { BUILD_NOW: '2026-11-22T13:00:00+06:00' };
    expect(due(folder, ['--cache-dir', folder], quiet).due).toBe('false');
    expect(due(folder, ['--cache-dir', folder], { ...quiet, GITHUB_SHA: 'a1b2c3d4e5f6a7b8' }).due).toBe('false');
    const moved = due(folder, ['--cache-dir', folder], { ...quiet, GITHUB_SHA: 'ffffeeeeddddcccc' });
    expect(moved.due).toBe('true');
    expect(moved.reason).toContain('ffffeeeedddd has not been built');
  });

  it('appends the same lines to $GITHUB_OUTPUT, and reads the cache folder from NEWSROOM_CACHE_DIR', () => {
    const output = join(script, 'github-output');
    writeFileSync(output, 'earlier=kept\n');
    const result = due(script, [], { NEWSROOM_CACHE_DIR: cacheDir, GITHUB_OUTPUT: output, BUILD_NOW: '2026-11-24T12:01:00+06:00' });
    expect(result.due).toBe('true');
    expect(readFileSync(output, 'utf8')).toBe(`earlier=kept\n${result.stdout}`);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('publicationDue.ts without a usable schedule', () => {
  it('says due=true when there is no schedule file (a fresh cache, the default folder)', () => {
    const folder = isolatedScript();
    const result = due(folder, [], {});
    expect(result.status).toBe(0);
    expect(result.due).toBe('true');
    expect(result.reason).toContain(join('node_modules', '.astro', SCHEDULE_FILE));
  });

  it('says due=true, not a crash, when the schedule file is damaged or of another format', () => {
    const folder = isolatedScript();
    writeFileSync(join(folder, SCHEDULE_FILE), '{"format": 1, "builtAt": "2026-11');
    expect(due(folder, ['--cache-dir', folder], {})).toMatchObject({ status: 0, due: 'true' });
    writeFileSync(join(folder, SCHEDULE_FILE), JSON.stringify({ format: 99, builtAt: '2026-11-22T06:00:00Z', changes: [] }));
    expect(due(folder, ['--cache-dir', folder], {})).toMatchObject({ status: 0, due: 'true' });
  });

  it('accepts and refuses BUILD_NOW exactly as the build does (src/lib/getBuildNow.ts)', () => {
    const folder = isolatedScript();
    for (const value of ['2026-11-23T09:00:00+06:00', '2026-11-23T03:00Z', '2026-11-23T09:00+0600', '2026-11-23T09:00', '23.11.2026 09:00 +06:00', 'tomorrow']) {
      let buildAccepts = true;
      try {
        getBuildNow({ BUILD_NOW: value });
      } catch {
        buildAccepts = false;
      }
      expect(due(folder, [], { BUILD_NOW: value }).status, value).toBe(buildAccepts ? 0 : 1);
    }
  });

  it('refuses a BUILD_NOW without a time zone and a mistyped option, with the usage', () => {
    const folder = isolatedScript();
    const badNow = due(folder, [], { BUILD_NOW: '2026-11-23 09:00' });
    expect(badNow.status).toBe(1);
    expect(badNow.stderr).toContain('BUILD_NOW');
    const badOption = due(folder, ['--cache'], {});
    expect(badOption.status).toBe(1);
    expect(badOption.stderr).toContain('--cache-dir');
  });
});
