/**
 * The HTML part of a release e-mail, written in MJML: MJML turns it into the
 * table layout and inline styles that Outlook, Gmail and Apple Mail agree on,
 * 600 px wide, with no script and no web fonts. Every text value is escaped;
 * the body is the sanitized HTML of the Markdown pipeline, styled by inlined CSS.
 */
import mjml2html from 'mjml';
import { escapeXml as escape } from '../feeds/escapeXml.ts';
import { siteConfig } from '../../config.ts';
import { accentTint } from '../brand/checkAccentContrast.ts';
import type { EmailModel } from './emailModel.ts';
import type { EmailLink } from './emailTypes.ts';

/** Colours of the site (src/styles/global.css and the brand's accent, checked at start-up), all at least 4.5:1 on their background. */
const INK = '#1b1f24';
const MUTED = '#4f5965';
const ACCENT = siteConfig.brand.accent;
const ALERT_INK = '#8a1414';
const ALERT_BG = '#fde8e8';
const ACCENT_SOFT = accentTint(siteConfig.brand.accent);

const a = (item: EmailLink) => `<a href="${escape(item.url)}" style="color:${ACCENT}">${escape(item.text)}</a>`;
const lines = (text: string) => escape(text).replaceAll('\n', '<br>');

/** A white section with one column holding `content`. */
const section = (content: string, attributes = 'background-color="#ffffff"') =>
  `<mj-section ${attributes} padding="8px 0"><mj-column>${content}</mj-column></mj-section>`;

function eventBlock(model: EmailModel): string {
  const { event } = model;
  if (!event) return '';
  // Each label above its value, not beside it in a table: beside it, a long label ("Онлайн көрсөтүү")
  // left the values a narrow column on a phone, where journalists read most mail.
  const rows = event.rows.map((row) => `<p style="margin:0 0 10px"><strong style="display:block;font-size:14px">${escape(row.label)}</strong>` +
    `${row.url ? `<a href="${escape(row.url)}" style="color:${ACCENT}">${lines(row.text)}</a>` : lines(row.text)}</p>`);
  return section(
    `<mj-text><h2 style="margin:0 0 8px;font-size:20px">${escape(event.heading)}</h2>` +
      (event.notice ? `<p style="margin:0 0 8px;font-weight:700;color:${ALERT_INK}">${escape(event.notice)}</p>` : '') +
      `</mj-text><mj-text padding="0 24px" font-size="16px" line-height="1.5" color="${INK}">${rows.join('')}</mj-text>` +
      `<mj-text padding="8px 24px 16px"><p style="margin:0">${[event.calendar.ics, event.calendar.google].flatMap((entry) => (entry ? [a(entry)] : [])).join(' · ')}</p></mj-text>`,
    `background-color="${ACCENT_SOFT}" border="2px solid ${ACCENT}"`,
  );
}

/** The lead photo shown (linked to its original); further photos as links, to keep the message light. */
function photos(model: EmailModel): string {
  const [lead, ...more] = model.photos;
  if (!lead) return '';
  return `<mj-image src="${escape(lead.url)}" href="${escape(lead.url)}" alt="${escape(lead.alt)}" padding="8px 24px 4px" />` +
    (lead.caption ? `<mj-text font-size="14px" color="${MUTED}" padding="0 24px 8px">${escape(lead.caption)}</mj-text>` : '') +
    (more.length > 0
      ? `<mj-text font-size="14px" padding="0 24px 8px"><strong>${escape(model.galleryHeading)}</strong><ul style="margin:4px 0 0;padding-left:20px">${more.map((photo) =>
        `<li>${a({ text: photo.alt || photo.url, url: photo.url })}${photo.caption ? ` <span style="color:${MUTED}">(${escape(photo.caption)})</span>` : ''}</li>`).join('')}</ul></mj-text>`
      : '');
}

function closing(model: EmailModel): string {
  const parts: string[] = [];
  if (model.attachments) {
    parts.push(`<mj-text><h2 style="font-size:18px;margin:16px 0 8px">${escape(model.attachments.heading)}</h2><ul style="margin:0;padding-left:20px">${model.attachments.items.map((item) => `<li>${a(item)}</li>`).join('')}</ul></mj-text>`);
  }
  parts.push('<mj-text align="center" font-weight="700" letter-spacing="4px" padding="16px 24px">###</mj-text>');
  if (model.contacts) {
    const items = model.contacts.items.map((contact) => `<p style="margin:0 0 12px"><strong>${escape(contact.name)}</strong>${contact.role ? `, ${escape(contact.role)}` : ''}` +
      `${contact.email ? `<br>${a(contact.email)}` : ''}${contact.phone ? `<br>${a(contact.phone)}` : ''}</p>`);
    parts.push(`<mj-text><h2 style="font-size:18px;margin:0 0 8px">${escape(model.contacts.heading)}</h2>${items.join('')}</mj-text>`);
  }
  for (const about of model.about) {
    parts.push(`<mj-divider border-width="1px" border-color="#d5dbe1" padding="8px 24px" /><mj-text color="${MUTED}"><h2 style="font-size:16px;margin:0 0 8px;color:${INK}">${escape(about.heading)}</h2><p style="margin:0">${escape(about.text)}</p>` +
      `${about.website ? `<p style="margin:8px 0 0">${a({ text: about.website, url: about.website })}</p>` : ''}</mj-text>`);
  }
  for (const disclaimer of model.disclaimers) parts.push(`<mj-text font-size="14px" color="${MUTED}">${escape(disclaimer)}</mj-text>`);
  parts.push(`<mj-text padding="16px 24px 24px"><p style="margin:0">${escape(model.page.text)}:<br>${a({ text: model.page.url, url: model.page.url })}</p></mj-text>`);
  return section(parts.join(''));
}

/** Renders `model` as a complete HTML document for e-mail. */
export async function renderEmailHtml(model: EmailModel): Promise<string> {
  const corrections = model.corrections
    ? `<mj-text><div style="background-color:#fff4d6;color:#5c4200;padding:8px 12px"><strong>${escape(model.corrections.heading)}</strong><br>${model.corrections.items.map(escape).join('<br>')}</div></mj-text>`
    : '';
  const source = `<mjml lang="${model.lang}" dir="ltr">
  <mj-head>
    <mj-title>${escape(model.subject)}</mj-title>
    <mj-preview>${escape(model.lede)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="Arial, Helvetica, sans-serif" />
      <mj-text font-size="16px" line-height="1.5" color="${INK}" padding="4px 24px" />
    </mj-attributes>
    <mj-style inline="inline">
      .body p { margin: 0 0 16px; }
      .body h2 { font-size: 20px; line-height: 1.3; margin: 24px 0 8px; }
      .body h3 { font-size: 18px; line-height: 1.3; margin: 20px 0 8px; }
      .body a { color: ${ACCENT}; }
      .body blockquote { margin: 16px 0; padding-left: 12px; border-left: 4px solid ${ACCENT}; }
      .body table { border-collapse: collapse; width: 100%; }
      .body th, .body td { border: 1px solid #d5dbe1; padding: 4px 8px; text-align: left; }
      .body img { max-width: 100%; height: auto; }
    </mj-style>
  </mj-head>
  <mj-body width="600px" background-color="#f4f6f8">
    ${model.embargo ? section(`<mj-text font-size="18px" font-weight="700" color="${ALERT_INK}" padding="8px 24px">${escape(model.embargo)}</mj-text>`, `background-color="${ALERT_BG}"`) : ''}
    ${section(`<mj-text color="${MUTED}" font-size="14px" padding="16px 24px 4px"><strong style="color:${ACCENT};text-transform:uppercase">${escape(model.typeLabel)}</strong>${model.status ? ` · ${escape(model.status)}` : ''}<br>${escape(model.issuedBy)}</mj-text>` +
      `<mj-text><h1 style="font-size:26px;line-height:1.25;margin:8px 0">${escape(model.title)}</h1></mj-text>` +
      `<mj-text font-size="18px"><p style="margin:0 0 8px">${model.dateline ? `<strong>${escape(model.dateline)}</strong>, ` : ''}${escape(model.date)} — ${escape(model.lede)}</p></mj-text>${corrections}`)}
    ${eventBlock(model)}
    ${section(`${photos(model)}<mj-text css-class="body" padding="8px 24px">${model.bodyHtml}</mj-text>`)}
    ${closing(model)}
  </mj-body>
</mjml>`;
  const result = await mjml2html(source, { validationLevel: 'strict', fonts: {}, keepComments: false });
  return result.html;
}
