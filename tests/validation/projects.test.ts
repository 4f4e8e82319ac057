/**
 * Mistakes with projects and organisation profiles stop `npm run validate`
 * with a message naming the file, line and field, and how to fix it. The
 * worst of them: a release of a donor-funded project in a language the
 * project has no disclaimer in would go out without the donor's disclaimer.
 * Each case changes one file of tests/fixtures/organizations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/buildSite.ts';
import { contentFixture } from '../helpers/contentFixture.ts';

const LAUNCH_KY = 'releases/2026-10-01-clean-rivers-launch/ky.md';
const RIVERS = 'projects/clean-rivers.yml';
const SURVEY = 'projects/old-survey.yml';

function fixtureText(path: string): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'organizations', 'content', path), 'utf8');
}

/** Validates a changed copy of the fixture's content against the fixture's own public/ folder (logos). */
function validate(root: string) {
  return run('node', ['scripts/validate.ts', '--root', root, '--public', join(import.meta.dirname, '..', 'fixtures', 'organizations', 'public')], {});
}

/** The report line that starts with `location` and names `field`. */
function lineOf(output: string, location: string, field: string): string | undefined {
  return output.split('\n').find((text) => text.startsWith(location) && text.includes(`  ${field}: `));
}

interface Case {
  name: string;
  changes: Record<string, string | null>;
  location: string;
  field: string;
  mentions: string[];
}

const errors: Case[] = [
  {
    name: 'an unknown project in a release, suggesting the closest known id',
    changes: { [LAUNCH_KY]: fixtureText(LAUNCH_KY).replace('project: clean-rivers', 'project: clean-river') },
    location: `content/${LAUNCH_KY}:7`, field: 'project', mentions: ['"clean-river" is not a known project', 'did you mean "clean-rivers"?'],
  },
  {
    name: 'an unknown project in a list, with its position',
    changes: { [LAUNCH_KY]: fixtureText(LAUNCH_KY).replace('project: clean-rivers', 'project:\n  - clean-rivers\n  - old-survay') },
    location: `content/${LAUNCH_KY}:9`, field: 'project[1]', mentions: ['"old-survay" is not a known project', 'did you mean "old-survey"?'],
  },
  {
    name: 'an unknown organisation in a project, suggesting the closest known id',
    changes: { [SURVEY]: fixtureText(SURVEY).replace('organization: [north-water, south-rights]', 'organization: [north-water, south-right]') },
    location: `content/${SURVEY}:2`, field: 'organization[1]', mentions: ['"south-right" is not a known organisation', 'did you mean "south-rights"?'],
  },
  {
    name: 'a release in a language its donor-funded project has no disclaimer in',
    changes: { [RIVERS]: fixtureText(RIVERS).replace(/^ {2}ky: "Бул басылма.*\n/m, '') },
    location: `content/${LAUNCH_KY}:7`, field: 'project',
    mentions: ['the project "clean-rivers" has no disclaimer in ky', 'would go out without the donor\'s disclaimer', 'add "ky: …" under "disclaimer:" in content/projects/clean-rivers.yml (line 7)'],
  },
  {
    name: 'a project that ends before it starts',
    changes: { [SURVEY]: fixtureText(SURVEY).replace('end: "2025-06-30"', 'end: "2023-06-30"') },
    location: `content/${SURVEY}:4`, field: 'end', mentions: ['the project ends before it starts', 'check the dates of "start" and "end"'],
  },
  {
    name: 'a project without a name in a language of its releases',
    changes: { [RIVERS]: fixtureText(RIVERS).replace('name: {ky: Таза дарыялар, ru: Чистые реки, en: Clean Rivers}', 'name: {ru: Чистые реки, en: Clean Rivers}') },
    location: `content/${RIVERS}:1`, field: 'name.ky', mentions: ['required but missing', 'releases in ky name this project'],
  },
  {
    name: 'a misspelt project field, with the field it was meant to be',
    changes: { [RIVERS]: fixtureText(RIVERS).replace('disclaimer:', 'disclamer:') },
    location: `content/${RIVERS}:7`, field: '(front-matter)', mentions: ['unknown field "disclamer" (did you mean "disclaimer"?)', 'docs/authors/ky.md#projects'],
  },
  {
    name: 'a donor logo linked from another website (the site\'s security policy would block it)',
    changes: { [RIVERS]: fixtureText(RIVERS).replace('/logos/donor-fund.svg', 'https://donor.example.org/logo.svg') },
    location: `content/${RIVERS}:5`, field: 'donor.logo', mentions: ['must be a file of this site', 'put the file in public/'],
  },
  {
    name: 'a profile folder that names no organisation, suggesting the closest id',
    changes: { 'organizations/north-watr/en.md': 'A profile.\n' },
    location: 'content/organizations/north-watr:1', field: '(folder name)', mentions: ['"north-watr" is not a known organisation', 'did you mean "north-water"?'],
  },
  {
    name: 'a profile with an unknown front-matter field',
    changes: { 'organizations/north-water/en.md': '---\ntitel: Who we are\n---\nText.\n' },
    location: 'content/organizations/north-water/en.md:2', field: '(front-matter)', mentions: ['unknown field "titel" (did you mean "title"?)'],
  },
  {
    name: 'a profile saved with a hidden .txt ending',
    changes: { 'organizations/north-water/ky.md.txt': 'Text.\n' },
    location: 'content/organizations/north-water/ky.md.txt:1', field: '(file name)', mentions: ['is not read', 'ky.md, ru.md, en.md'],
  },
];

describe('npm run validate on bad projects and profiles', () => {
  it.each(errors)('reports $name', async ({ changes, location, field, mentions }) => {
    const { exitCode, output } = await validate(contentFixture(changes, 'organizations'));
    expect(exitCode, output).toBe(1);
    const line = lineOf(output, location, field);
    expect(line, output).toBeDefined();
    for (const words of mentions) expect(line, output).toContain(words);
  });

  it('accepts the fixture as it is', async () => {
    const { exitCode, output } = await validate(contentFixture({}, 'organizations'));
    expect(exitCode, output).toBe(0);
    expect(output).not.toMatch(/projects\/|organizations\/north-water\//);
  });

  it('only warns while the release without a disclaimer is a draft', async () => {
    const draft = fixtureText(LAUNCH_KY).replace('tags: [water]', 'tags: [water]\ndraft: true');
    const { exitCode, output } = await validate(contentFixture({
      [LAUNCH_KY]: draft,
      [RIVERS]: fixtureText(RIVERS).replace(/^ {2}ky: "Бул басылма.*\n/m, ''),
    }, 'organizations'));
    expect(exitCode, output).toBe(0);
    expect(lineOf(output, `content/${LAUNCH_KY}:7`, 'project'), output).toContain('would be published without the donor\'s disclaimer');
  });

  it('warns when the donor\'s logo is not in public/, naming the project file and line', async () => {
    const { exitCode, output } = await validate(contentFixture({ [RIVERS]: fixtureText(RIVERS).replace('/logos/donor-fund.svg', '/logos/donor.svg') }, 'organizations'));
    expect(exitCode, output).toBe(0);
    expect(lineOf(output, `content/${RIVERS}:5`, 'donor.logo'), output).toContain('"/logos/donor.svg" is not in the');
  });

  it('reports a project file with an error once, not again in every release that names it', async () => {
    const { exitCode, output } = await validate(contentFixture({ [RIVERS]: `${fixtureText(RIVERS)}start: "2026-02-01"\n` }, 'organizations'));
    expect(exitCode).toBe(1);
    expect(output).toMatch(/clean-rivers\.yml:14 {2}start: "start" appears twice/);
    expect(output).not.toContain('is not a known project');
    expect(output).not.toContain('has no disclaimer');
  });
});
