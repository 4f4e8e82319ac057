/**
 * Every page of every fixture build is valid HTML: `buildSite` sends each
 * page it builds to the Nu HTML Checker (the W3C validator's engine)
 * started for the test run, so all the fixture builds of the test suite
 * (base path, feeds, calendars, hostile input, unpublished releases,
 * authors' habits, browse, search, press kits…) are checked without
 * building anything twice. These tests show that the check can fail, and
 * that a machine without Java gets told how to install it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkPage, startHtmlChecker } from '../helpers/checkHtml.ts';

const VALID = '<!doctype html><html lang="ky"><head><meta charset="utf-8"><title>Өзгөн</title></head><body><main><h1>Өзгөн</h1><p class="end-mark"><span aria-hidden="true">###</span></p></main></body></html>';

describe('the Nu HTML Checker', () => {
  const checker = inject('htmlChecker');
  const url = () => {
    if ('problem' in checker) throw new Error(checker.problem);
    return checker.url;
  };

  it('passes a valid page', async () => {
    expect(await checkPage(url(), VALID)).toEqual([]);
  });

  it('reports an error this project once had (aria-label on a p) with its line', async () => {
    const invalid = VALID.replace('<p class="end-mark">', '\n<p class="end-mark" aria-label="End of release">');
    const errors = await checkPage(url(), invalid);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^2: .*aria-label/);
  });

  it('says how to install Java when there is none', async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'newsroom-no-java-')), 'bin', 'java');
    await expect(startHtmlChecker(missing)).rejects.toThrow(/no `.*java` command.*apt-get install default-jre-headless/s);
  });
});
