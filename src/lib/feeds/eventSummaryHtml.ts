/**
 * An advisory's event block as a feed item carries it, before the text:
 * when (in both time zones), where, livestream, registration, languages,
 * and the calendar file. The same facts as the page and the e-mail (built
 * from the e-mail's model, emailEvent.ts), so an RSS-to-e-mail alert or a
 * reader's preview says when and where, and a moved event is seen to move.
 */
import type { EmailEvent } from '../email/emailEvent.ts';
import { escapeXml } from './escapeXml.ts';

/** The block as HTML (escaped for HTML; the feed writer escapes it again for XML). */
export function eventSummaryHtml(event: EmailEvent): string {
  const value = (text: string, url?: string) => {
    const lines = text.split('\n').map(escapeXml).join('<br/>');
    return url ? `<a href="${escapeXml(url)}">${lines}</a>` : lines;
  };
  const rows = event.rows.map((row) => `<dt>${escapeXml(row.label)}</dt><dd>${value(row.text, row.url)}</dd>`).join('');
  const notice = event.notice ? `<p><strong>${escapeXml(event.notice)}</strong></p>` : '';
  const calendar = `<p><a href="${escapeXml(event.calendar.ics.url)}">${escapeXml(event.calendar.ics.text)}</a></p>`;
  return `<section><h2>${escapeXml(event.heading)}</h2>${notice}<dl>${rows}</dl>${calendar}</section>`;
}
