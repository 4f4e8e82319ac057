/**
 * A media advisory invites journalists to an event: it is only useful if it
 * is public well before the event starts. `npm run new -- --date <event day>`
 * used to give an advisory the event day as its publication date, so it went
 * public at midnight before a morning event, and nothing said so.
 */
import { getDateTimeFormat } from '../dateTimeFormat.ts';
import { publicationInstant } from '../isPublic.ts';
import type { ContentProblem } from './problems.ts';
import type { ReleaseFrontMatter } from './schemas.ts';

/** Less notice than this is worth a warning: newsrooms plan their reporters a day ahead. */
const NOTICE_HOURS = 24;

const local = (date: Date, timeZone: string) => getDateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone }).format(date);

/** A warning when the advisory in `file` goes public less than a day before its event starts (or after). */
export function advisoryNoticeProblem(file: string, line: number, data: ReleaseFrontMatter, timeZone: string): ContentProblem | undefined {
  if (data.type !== 'media-advisory' || !data.event) return undefined;
  const published = publicationInstant(data);
  const start = data.event.start;
  const hours = (start.getTime() - published.getTime()) / 3_600_000;
  if (hours >= NOTICE_HOURS) return undefined;
  const field = data.embargo && data.embargo.getTime() > data.date.getTime() ? 'embargo' : 'date';
  const suggested = new Date(start.getTime() - 2 * 24 * 3_600_000);
  return {
    severity: 'warning', file, line, field,
    problem: hours > 0
      ? `the advisory goes public at ${local(published, timeZone)}, only ${Math.floor(hours)} hours before its event starts (${local(start, timeZone)})`
      : `the advisory goes public at ${local(published, timeZone)}, after its event has started (${local(start, timeZone)})`,
    fix: `set ${field}: to when journalists should learn of the event, for example "${local(suggested, timeZone).slice(0, 10)}", unless the short notice is intended`,
  };
}
