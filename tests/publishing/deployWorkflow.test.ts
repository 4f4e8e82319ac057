/**
 * The deploy workflow (.github/workflows/deploy.yml), read with a YAML
 * parser: a scheduled run checks whether anything is due before installing
 * anything, pushes and manual runs always build, the schedule is saved only
 * once the site is live, and the default cron stays within 1,000 Actions
 * minutes a month when nothing changes. (actionlint checks the syntax; it is
 * not a dependency of the project, see README "Deploy".)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCHEDULE_FILE } from '../../src/lib/publishing/publicationSchedule.ts';
import { projectRoot } from '../helpers/buildSite.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string;
  concurrency?: unknown;
  steps: Step[];
}
const workflow = parse(readFileSync(join(projectRoot, '.github', 'workflows', 'deploy.yml'), 'utf8')) as {
  on: { push: unknown; workflow_dispatch: unknown; schedule: Array<{ cron: string }> };
  env: Record<string, string>;
  jobs: Record<string, Job>;
};
const { due, publish } = workflow.jobs as { due: Job; publish: Job };

/**
 * Evaluates a job's `if:` for one event as GitHub would for these simple
 * expressions: `github.event_name`, `needs.due.outputs.due` and
 * `!cancelled()`, joined by `&&`, `||`, `==` and `!=` on strings.
 */
function runs(condition: string | undefined, context: { event: string; due?: string }): boolean {
  if (condition === undefined) return true;
  const expression = condition
    .replace(/^\$\{\{\s*|\s*\}\}$/g, '')
    .replaceAll('!cancelled()', 'true')
    .replaceAll('github.event_name', JSON.stringify(context.event))
    .replaceAll('needs.due.outputs.due', JSON.stringify(context.due ?? ''));
  expect(expression, 'only the names this test knows').toMatch(/^(true|"[^"]*"|'[^']*'|==|!=|&&|\|\||\(|\)|\s)+$/);
  return Boolean(new Function(`return ${expression.replaceAll('==', '===').replaceAll('!===', '!==')};`)());
}

/** Number of values a cron field stands for (`*`, lists, ranges and steps). */
function cronCount(field: string, min: number, max: number): number {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const [range, step = '1'] = part.split('/');
    const [from, to] = range === '*' ? [min, max] : range!.includes('-') ? range!.split('-').map(Number) : [Number(range), step === '1' ? Number(range) : max];
    for (let value = from!; value <= to!; value += Number(step)) values.add(value);
  }
  return values.size;
}

describe('deploy workflow', () => {
  it('builds on pushes to main and manual runs, and checks on a schedule', () => {
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.on.schedule).toHaveLength(1);
  });

  it('scheduled path: the due check runs with Node set up and the cache restored, before any install step', () => {
    expect(runs(due.if, { event: 'schedule' })).toBe(true);
    const uses = due.steps.map((step) => step.uses?.replace(/@.*/, '') ?? step.run);
    expect(uses).toEqual(['actions/checkout', 'actions/cache/restore', 'actions/setup-node', 'node scripts/publicationDue.ts']);
    expect(due.steps.some((step) => step.run?.includes('npm') || step.with?.cache)).toBe(false);
    // The sparse checkout brings what the job uses, and the restored file is the one the build writes.
    for (const file of due.steps[0]!.with!['sparse-checkout']!.trim().split('\n')) expect(existsSync(join(projectRoot, file)), file).toBe(true);
    expect(due.steps[1]!.with!.path).toBe(`\${{ env.NEWSROOM_CACHE_DIR }}/${SCHEDULE_FILE}`);
    expect(publish.needs).toBe('due');
  });

  it('installs, builds and deploys only when the check says due=true, and always on pushes and manual runs', () => {
    expect(runs(publish.if, { event: 'schedule', due: 'false' })).toBe(false);
    expect(runs(publish.if, { event: 'schedule', due: 'true' })).toBe(true);
    // `due` is skipped there, so its output is empty.
    expect(runs(due.if, { event: 'push' })).toBe(false);
    expect(runs(publish.if, { event: 'push' })).toBe(true);
    expect(runs(due.if, { event: 'workflow_dispatch' })).toBe(false);
    expect(runs(publish.if, { event: 'workflow_dispatch' })).toBe(true);
    const order = publish.steps.map((step) => step.uses?.replace(/@.*/, '') ?? step.run);
    expect(order).toContain('npm ci --no-audit --no-fund');
    expect(order.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(order.indexOf('npm run build'));
  });

  it('one deployment at a time, queued on the publish job so a check never replaces a pending push build', () => {
    expect(workflow).not.toHaveProperty('concurrency');
    expect(publish.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(due).not.toHaveProperty('concurrency');
  });

  it('saves the schedule only after the site is deployed, so a failed run is tried again', () => {
    const order = publish.steps.map((step) => step.uses?.replace(/@.*/, '') ?? step.run);
    expect(order.indexOf('actions/cache/save')).toBeGreaterThan(order.indexOf('actions/deploy-pages'));
    const save = publish.steps.find((step) => step.uses?.startsWith('actions/cache/save'))!;
    expect(save.if).toBeUndefined();
    expect(save.with!.path).toBe(due.steps[1]!.with!.path);
    expect(save.with!.key!.startsWith(due.steps[1]!.with!['restore-keys']!)).toBe(true);
  });

  it('the cache folder is the one the due check reads by default', () => {
    const script = readFileSync(join(projectRoot, 'scripts', 'publicationDue.ts'), 'utf8');
    expect(script).toContain(`const DEFAULT_CACHE_DIR = '${workflow.env.NEWSROOM_CACHE_DIR}';`);
    expect(script).toContain(`const SCHEDULE_FILE = '${SCHEDULE_FILE}';`);
  });

  it('the default schedule costs under 1,000 Actions minutes in a 31-day month with no content change', () => {
    const [minute, hour, dayOfMonth, month, dayOfWeek] = workflow.on.schedule[0]!.cron.split(/\s+/);
    expect([dayOfMonth, month, dayOfWeek]).toEqual(['*', '*', '*']);
    const checksPerMonth = cronCount(minute!, 0, 59) * cronCount(hour!, 0, 23) * 31;
    // A run with nothing due is one job (the check), billed as one minute.
    expect(checksPerMonth).toBeLessThanOrEqual(1000);
    expect(checksPerMonth).toBe(744);
  });
});
