/**
 * What a release card says besides its title: an advisory's card gives the
 * event time (it is what an editor needs from a shared link), and the alt
 * text on the page repeats the card without doubling the type label.
 */
import { describe, expect, it } from 'vitest';
import type { ReleaseFrontMatter } from '../../src/lib/content/schemas.ts';
import { cardAltText, cardDateLine } from '../../src/og/cardText.ts';

const published = new Date('2026-11-20T04:00:00Z');
const event = { start: new Date('2026-12-03T05:30:00Z'), end: new Date('2026-12-03T06:15:00Z'), status: 'scheduled' };
const release = (extra: Record<string, unknown> = {}) => ({ date: published, ...extra }) as unknown as ReleaseFrontMatter;

describe('card date line', () => {
  it('shows the publication date of a release without an event', () => {
    expect(cardDateLine(release(), 'en')).toBe('20 November 2026');
  });

  it('shows when an advisory\'s event is, in the site time zone', () => {
    expect(cardDateLine(release({ event }), 'en')).toBe('When: 3 December 2026, 11:30–12:15 (GMT+6)');
    expect(cardDateLine(release({ event }), 'ky')).toMatch(/^Качан: .*2026.*11:30–12:15 \(GMT\+6\)$/);
  });

  it('gives both days of an event that spans days', () => {
    const twoDays = { ...event, end: new Date('2026-12-04T11:00:00Z') };
    expect(cardDateLine(release({ event: twoDays }), 'en')).toBe('When: 3 December 2026, 11:30 – 4 December 2026, 17:00 (GMT+6)');
  });

  it('says when the event was cancelled instead of "When"', () => {
    expect(cardDateLine(release({ event: { ...event, status: 'cancelled' } }), 'ru')).toMatch(/^Отменено: 3 декабря 2026 г\., 11:30–12:15 \(GMT\+6\)$/);
  });
});

describe('card alt text', () => {
  it('names the type, the title and the date line', () => {
    expect(cardAltText('Press release', 'Water forum opens', '20 November 2026')).toBe('Press release: Water forum opens. 20 November 2026');
  });

  it('does not repeat a type label the title already starts with', () => {
    expect(cardAltText('Media advisory', 'Media advisory: press conference on water', 'When: …')).toBe('Media advisory: press conference on water. When: …');
  });
});
