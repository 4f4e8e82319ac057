/**
 * The `.eml` file of a release e-mail: a UTF-8 multipart/alternative message
 * (plain text first, HTML second, as RFC 2046 orders them) built by
 * nodemailer's MailComposer, which encodes the subject (Kyrgyz Ө Ү Ң
 * included) as RFC 2047 words and each part in the shorter of base64 and
 * quoted-printable. It has no
 * recipient, and `X-Unsent: 1` makes Outlook, Thunderbird and Apple Mail
 * open it as a draft ready to address and send.
 */
import MailComposer from 'nodemailer/lib/mail-composer';

/** What goes into the message. */
export interface EmlParts {
  subject: string;
  text: string;
  html: string;
  /** The Date header: when the file was made. */
  date: Date;
}

/** Builds the message bytes. */
export function composeEml(parts: EmlParts): Promise<Buffer> {
  const composer = new MailComposer({
    subject: parts.subject,
    text: parts.text,
    html: parts.html,
    date: parts.date,
    headers: { 'X-Unsent': '1' },
  });
  return composer.compile().build();
}
