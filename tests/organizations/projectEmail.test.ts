/**
 * The e-mail version of a project release (`npm run email`) carries the
 * donor's disclaimer in its language, in both the text and the HTML part,
 * after the "About" text; a release of no donor-funded project carries none.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { projectRoot, run } from '../helpers/buildSite.ts';

const FIXTURE = join(projectRoot, 'tests', 'fixtures', 'organizations');

async function email(folder: string) {
  const out = mkdtempSync(join(tmpdir(), 'newsroom-outbox-'));
  const result = await run('node', ['scripts/email.ts', folder, '--out', out], { CONTENT_ROOT: FIXTURE, BUILD_NOW: '2026-11-22T12:00:00+06:00' });
  if (result.exitCode !== 0) throw new Error(result.output);
  return join(out, folder);
}

describe('the e-mail version of a release', () => {
  it('of a donor-funded project ends with the donor\'s disclaimer in each language', async () => {
    const out = await email('2026-10-01-clean-rivers-launch');
    for (const lang of ['ky', 'ru', 'en']) {
      const mail = await simpleParser(readFileSync(join(out, `${lang}.eml`)));
      const text = mail.text ?? '';
      expect(text, lang).toContain(`DISCLAIMERMARK-${lang}`);
      // After the end mark and the "About" text.
      expect(text.indexOf(`DISCLAIMERMARK-${lang}`)).toBeGreaterThan(text.indexOf('###'));
      if (lang === 'en') expect(text.indexOf('DISCLAIMERMARK-en')).toBeGreaterThan(text.indexOf('ABOUT NORTH WATER UNION'));
      expect(load(mail.html as string)('body').text()).toContain(`DISCLAIMERMARK-${lang}`);
      expect(text).not.toContain(`DISCLAIMERMARK-${lang === 'en' ? 'ru' : 'en'}`);
    }
  });

  it('of no donor-funded project carries no disclaimer', async () => {
    const out = await email('2026-10-05-joint-statement');
    const mail = await simpleParser(readFileSync(join(out, 'en.eml')));
    expect(mail.text).not.toContain('DISCLAIMERMARK');
    expect(mail.html).not.toContain('DISCLAIMERMARK');
  });
});
