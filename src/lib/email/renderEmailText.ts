/**
 * The plain-text part of a release e-mail (and the press kit's copy of the
 * release): the same parts as the HTML, in the same order, readable in any
 * mail program and pasteable into an editor.
 */
import type { EmailModel } from './emailModel.ts';
import { htmlToText } from './htmlToText.ts';

/** "words: address", or the address alone when the words are the address. */
function link(text: string, url: string): string {
  return text === url ? url : `${text}: ${url}`;
}

/** Renders `model` as text, paragraphs separated by blank lines, ending with a newline. */
export function renderEmailText(model: EmailModel): string {
  const parts: string[] = [];
  if (model.embargo) parts.push(model.embargo);
  parts.push(`${model.typeLabel.toUpperCase()}${model.status ? ` · ${model.status}` : ''}\n${model.issuedBy}`);
  parts.push(model.title);
  parts.push(`${model.dateline ? `${model.dateline}, ` : ''}${model.date} — ${model.lede}`);
  if (model.corrections) parts.push(`${model.corrections.heading}\n${model.corrections.items.map((item) => `- ${item}`).join('\n')}`);
  if (model.event) {
    const { event } = model;
    // Values only: a phone number or stream address is its own link, and a map search address is noise in plain text.
    const rows = event.rows.map((row) => `${row.label}: ${row.text.replaceAll('\n', '\n  ')}`);
    parts.push([event.heading.toUpperCase(), ...(event.notice ? [event.notice] : []), ...rows].join('\n'));
    parts.push(link(event.calendar.ics.text, event.calendar.ics.url));
  }
  for (const photo of model.photos) parts.push([photo.alt ? `[${photo.alt}]` : '', photo.caption ?? '', photo.url].filter(Boolean).join('\n'));
  const body = htmlToText(model.bodyHtml, model.pageUrl);
  if (body) parts.push(body);
  if (model.attachments) parts.push(`${model.attachments.heading}\n${model.attachments.items.map((item) => `- ${link(item.text, item.url)}`).join('\n')}`);
  parts.push('###');
  if (model.contacts) {
    const items = model.contacts.items.map((contact) =>
      [`${contact.name}${contact.role ? `, ${contact.role}` : ''}`, contact.email?.text, contact.phone?.text].filter(Boolean).join('\n'));
    parts.push(`${model.contacts.heading.toUpperCase()}\n${items.join('\n\n')}`);
  }
  for (const about of model.about) parts.push([about.heading.toUpperCase(), about.text, about.website].filter(Boolean).join('\n'));
  parts.push(...model.disclaimers);
  parts.push(link(model.page.text, model.page.url));
  return `${parts.join('\n\n')}\n`;
}
