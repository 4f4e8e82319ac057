/**
 * The pure parts of e-mails and press kits: the embargo line, body HTML as
 * plain text, file descriptions, photo widths, share links, kit file names.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embargoNotice } from '../../src/lib/email/embargoNotice.ts';
import { htmlToText } from '../../src/lib/email/htmlToText.ts';
import { renderMarkdown } from '../../src/lib/content/renderMarkdown.ts';
import { describeFile, formatFileSize } from '../../src/lib/media/describeFile.ts';
import { responsiveWidths } from '../../src/lib/media/responsiveWidths.ts';
import { planPressKit } from '../../src/lib/presskit/planPressKit.ts';
import { shareLinks } from '../../src/lib/share/shareLinks.ts';

const PAGE = 'https://ngo.example.org/newsroom/en/releases/2026-03-14-water-forum/';

describe('embargoNotice', () => {
  it('gives the lift in Bishkek time and UTC, in the release language', () => {
    const nine = new Date('2026-12-01T03:00:00Z');
    expect(embargoNotice(nine, 'en')).toBe('EMBARGOED UNTIL 1 December 2026, 09:00 Bishkek time (03:00 UTC)');
    expect(embargoNotice(nine, 'ru')).toBe('ЭМБАРГО ДО 1 декабря 2026 г., 09:00 по времени Бишкека (03:00 UTC)');
    expect(embargoNotice(nine, 'ky')).toContain('1-декабрь, 2026-жыл, 09:00 Бишкек убактысы боюнча (03:00 UTC)');
  });

  it('names the UTC date too when it is another day', () => {
    expect(embargoNotice(new Date('2026-11-30T19:00:00Z'), 'en')).toBe('EMBARGOED UNTIL 1 December 2026, 01:00 Bishkek time (30 November 2026, 19:00 UTC)');
  });
});

describe('htmlToText', () => {
  const text = (markdown: string) => htmlToText(renderMarkdown(markdown, '/newsroom/'), PAGE);

  it('keeps paragraphs, headings, lists and quotes apart, and links with their address', () => {
    expect(text('First *para*.\n\n## Heading\n\n- one\n- two [report](/files/r.pdf)\n\n1. first\n2. second\n\n> quoted\n> words')).toBe(
      // A line break the author typed stays one (remark-breaks), each line of a quote marked.
      'First para.\n\nHeading\n\n- one\n- two report (https://ngo.example.org/newsroom/files/r.pdf)\n\n1. first\n2. second\n\n> quoted\n> words',
    );
  });

  it('writes an address once when it is the link text, and drops in-page footnote links', () => {
    expect(text('See https://example.org and mail press@example.org.')).toBe('See https://example.org and mail press@example.org.');
    expect(text('Claim.[^1]\n\n[^1]: Source.')).toContain('Claim.[1]');
    expect(text('Claim.[^1]\n\n[^1]: Source.')).not.toContain('#user-content');
  });

  it('turns a table into rows of cells', () => {
    expect(text('| a | b |\n| - | - |\n| 1 | 2 |')).toBe('a | b\n1 | 2');
  });
});

describe('describeFile', () => {
  it('says type, pixels and size as the language writes numbers', () => {
    expect(describeFile({ extension: 'jpg', bytes: 3_140_000 }, 'en', { width: 4000, height: 2667 })).toBe('JPEG, 4000 × 2667 px, 3.1 MB');
    expect(describeFile({ extension: 'pdf', bytes: 1_234_567 }, 'ru')).toBe('PDF, 1,2 МБ');
    expect(formatFileSize(412_000, 'ky')).toBe('412 кБ');
    expect(formatFileSize(24_000_000, 'en')).toBe('24 MB');
  });
});

describe('responsiveWidths', () => {
  it('never enlarges a photo and stops at 1600 px', () => {
    expect(responsiveWidths(4000)).toEqual([480, 800, 1200, 1600]);
    expect(responsiveWidths(1000)).toEqual([480, 800, 1000]);
    expect(responsiveWidths(300)).toEqual([300]);
  });
});

describe('shareLinks', () => {
  it('puts title and address into each service’s own share address', () => {
    const links = shareLinks(PAGE, 'Суу & «форум»');
    expect(links.map((link) => link.id)).toEqual(['telegram', 'whatsapp', 'facebook', 'x', 'email']);
    expect(new URL(links[0]!.href).searchParams.get('text')).toBe('Суу & «форум»');
    expect(links[4]!.href).toBe(`mailto:?subject=${encodeURIComponent('Суу & «форум»')}&body=${encodeURIComponent(PAGE)}`);
  });
});

describe('planPressKit', () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'newsroom-kit-'));
  mkdirSync(join(publicDir, 'images', 'a'), { recursive: true });
  mkdirSync(join(publicDir, 'images', 'b'), { recursive: true });
  mkdirSync(join(publicDir, 'files'));
  writeFileSync(join(publicDir, 'images', 'a', 'photo.jpg'), 'a');
  writeFileSync(join(publicDir, 'images', 'b', 'photo.jpg'), 'b');
  writeFileSync(join(publicDir, 'files', 'report.pdf'), 'pdf');
  const release = (fields: Partial<Parameters<typeof planPressKit>[0]>) => planPressKit({ slug: '2026-03-14-forum', lang: 'ky', images: [], attachments: [], ...fields }, publicDir, '/');

  it('gives photos of the same name distinct names, packs a file once, and leaves out web and missing files', () => {
    const plan = release({
      image: { src: '/images/a/photo.jpg', credit: 'A' },
      images: [{ src: '/images/b/photo.jpg' }, { src: '/images/a/photo.jpg' }, { src: '/images/missing.jpg' }],
      attachments: [{ title: 'Report', url: '/files/report.pdf' }, { title: 'Web', url: 'https://example.org/x.pdf' }],
    });
    expect(plan?.folder).toBe('2026-03-14-forum-ky');
    expect(plan?.photos.map((photo) => [photo.name, photo.credit])).toEqual([['photo.jpg', 'A'], ['photo-2.jpg', undefined]]);
    expect(plan?.documents.map((document) => document.name)).toEqual(['report.pdf']);
  });

  it('makes no kit for a release with no file of the site', () => {
    expect(release({ attachments: [{ title: 'Web', url: 'https://example.org/x.pdf' }] })).toBeUndefined();
  });
});
