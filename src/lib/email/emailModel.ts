/**
 * One release translation as an e-mail says it: every part of the release
 * page, in reading order, as plain strings and absolute URLs. The HTML and
 * text renderers only lay this out, so the two parts can never disagree, and
 * the press kit's plain-text copy is the same text.
 */
import type { Locale } from '../../i18n/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import type { OrganizationData, ProjectData } from '../content/schemas.ts';
import { contactTextIn } from '../contactTextIn.ts';
import { releaseDisclaimers } from '../organizations/releaseDisclaimers.ts';
import { absolutizeHtmlUrls } from '../feeds/absolutizeHtmlUrls.ts';
import { formatDate } from '../formatDate.ts';
import { getVisibility, publicationInstant } from '../isPublic.ts';
import { phoneNumberText } from '../phoneNumber.ts';
import { telHref } from '../telHref.ts';
import { absoluteUrl, authorHref, releasePath } from '../urls.ts';
import { embargoNotice, formatEmbargoInstant } from './embargoNotice.ts';
import { emailEvent, type EmailEvent } from './emailEvent.ts';
import type { EmailLink, EmailRelease } from './emailTypes.ts';

export type { EmailLink, EmailRelease };

/** What the model is made from; the same in `npm run email` and the build. */
export interface EmailInput {
  release: EmailRelease;
  /** Sanitized body HTML from renderMarkdown (site paths already carry the base path). */
  bodyHtml: string;
  /** The issuing organisations, in the order the release lists them. */
  organizations: ReadonlyArray<{ id: string; data: OrganizationData }>;
  /** The instant the embargo is judged at (BUILD_NOW or the clock). */
  now: Date;
  /** Projects by id: the release's projects add their donors' disclaimers. */
  projects?: ReadonlyMap<string, ProjectData> | undefined;
}

/** A photo, linked (never attached): the original file's address. */
export interface EmailPhoto { url: string; alt: string; caption?: string | undefined }

export interface EmailModel {
  lang: Locale;
  subject: string;
  /** "EMBARGOED UNTIL …": the first line of both parts while the release is not yet public. */
  embargo?: string | undefined;
  typeLabel: string;
  /** "For immediate release", "Updated …", "Corrected …"; none under embargo, where the embargo line says when. */
  status?: string | undefined;
  issuedBy: string;
  dateline?: string | undefined;
  date: string;
  title: string;
  lede: string;
  corrections: { heading: string; items: string[] } | undefined;
  event?: EmailEvent | undefined;
  /** The lead photo first, then the gallery. */
  photos: EmailPhoto[];
  /** "More photos", the heading of the gallery. */
  galleryHeading: string;
  /** Body HTML with absolute URLs. */
  bodyHtml: string;
  /** The page address, for resolving what the body links to. */
  pageUrl: string;
  attachments: { heading: string; items: EmailLink[] } | undefined;
  contacts: { heading: string; items: Array<{ name: string; role?: string | undefined; email?: EmailLink | undefined; phone?: EmailLink | undefined }> } | undefined;
  about: Array<{ heading: string; text: string; website?: string | undefined }>;
  /**
   * Donor disclaimers ("This publication was produced with the financial
   * support of …") of the release's projects, in its language, after the
   * "About" texts as on the page (lib/organizations/releaseDisclaimers.ts).
   * Text only: mail programs block or drop the SVG logos donors supply.
   */
  disclaimers: string[];
  /** "Read online: <url>", or "Online from <time>: <url>" under embargo. */
  page: { text: string; url: string };
}

/** Builds the model of one release translation (see the module comment). */
export function buildEmailModel({ release, bodyHtml, organizations, now, projects = new Map() }: EmailInput): EmailModel {
  const { lang } = release;
  const t = getTranslator(lang);
  const pageUrl = absoluteUrl(releasePath(lang, release.slug));
  const visibility = getVisibility(release, now);
  const lifts = visibility === 'embargoed' || visibility === 'scheduled' ? publicationInstant(release) : undefined;
  const embargo = lifts ? embargoNotice(lifts, lang) : undefined;
  const latestCorrection = release.corrections.at(-1);
  const contacts = release.contacts ?? organizations.flatMap((organization) => organization.data.contacts);
  const fileUrl = (path: string) => new URL(authorHref(path), pageUrl).href;
  const photos = [release.image, ...(release.images ?? [])].flatMap((photo) => photo ? [{
    url: fileUrl(photo.src),
    alt: photo.alt ?? '',
    caption: [photo.credit && t('release.photoCredit', { credit: photo.credit }), photo.licence && t('release.photoLicence', { licence: photo.licence })].filter(Boolean).join(' · ') || undefined,
  }] : []);
  return {
    lang,
    subject: embargo ? `${embargo} — ${release.title}` : release.title,
    embargo,
    typeLabel: t(`type.${release.type}`),
    status: embargo ? undefined : latestCorrection
      ? t('release.corrected', { date: formatDate(latestCorrection.date, lang) })
      : release.updated ? t('release.updated', { date: formatDate(release.updated, lang) }) : t('release.immediate'),
    issuedBy: `${t('release.organizations')}: ${organizations.map((organization) => organization.data.name[lang]).join(' · ')}`,
    dateline: release.dateline,
    date: formatDate(release.date, lang),
    title: release.title,
    lede: release.summary,
    corrections: release.corrections.length > 0
      ? { heading: t('release.corrections'), items: release.corrections.map((correction) => `${formatDate(correction.date, lang)}: ${correction.note}`) }
      : undefined,
    event: release.event ? withCalendarFrom(emailEvent(release, release.event), lifts, lang) : undefined,
    photos,
    galleryHeading: t('release.gallery'),
    bodyHtml: absolutizeHtmlUrls(bodyHtml, pageUrl),
    pageUrl,
    attachments: release.attachments.length > 0
      ? { heading: t('release.attachments'), items: release.attachments.map((attachment) => ({ text: attachment.title, url: fileUrl(attachment.url) })) }
      : undefined,
    contacts: contacts.length > 0 ? {
      heading: t('release.contacts'),
      items: contacts.map((contact) => ({
        name: contactTextIn(contact.name, lang) ?? '',
        role: contactTextIn(contact.role, lang),
        email: contact.email ? { text: `${t('contact.email')}: ${contact.email}`, url: `mailto:${contact.email}` } : undefined,
        phone: contact.phone ? { text: `${t('contact.phone')}: ${phoneNumberText(contact.phone)}`, url: telHref(contact.phone) } : undefined,
      })),
    } : undefined,
    about: organizations.map((organization) => ({
      heading: t('release.about', { name: organization.data.name[lang] }),
      text: organization.data.about[lang],
      website: organization.data.website,
    })),
    disclaimers: releaseDisclaimers(release.project ?? [], projects, lang).map((disclaimer) => disclaimer.text),
    page: lifts
      ? { text: t('email.onlineFrom', { when: formatEmbargoInstant(lifts, lang) }), url: pageUrl }
      : { text: t('email.readOnline'), url: pageUrl },
  };
}

/**
 * Before the embargo the advisory's .ics file is not online yet (it is built
 * with the page): its link says from when, like the page link. Google
 * Calendar's link carries the event itself and works at once.
 */
function withCalendarFrom(event: EmailEvent, lifts: Date | undefined, lang: Locale): EmailEvent {
  if (!lifts) return event;
  const t = getTranslator(lang);
  const ics = { ...event.calendar.ics, text: `${event.calendar.ics.text}: ${t('email.onlineFrom', { when: formatEmbargoInstant(lifts, lang) })}` };
  return { ...event, calendar: { ...event.calendar, ics } };
}
