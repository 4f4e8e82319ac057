/**
 * The content contract: zod schemas for everything authors write under
 * `content/`. Types used across the site are inferred from these schemas.
 *
 * Kept free of `astro:*` imports so that `npm run validate` (plain Node) and
 * the Astro content loaders check content with exactly the same rules.
 */
import { z } from 'zod';
import { locales, type Locale } from '../../i18n/locales.ts';
import { isSiteDateError, parseSiteDate } from '../parseSiteDate.ts';

/** Release types, in the order indexes and validation messages list them. */
export const releaseTypes = ['press-release', 'media-advisory', 'statement', 'news'] as const;
export type ReleaseType = (typeof releaseTypes)[number];

/** Event states; `scheduled` is implied when an advisory says nothing. */
export const eventStatuses = ['scheduled', 'postponed', 'cancelled'] as const;

const languageNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** True for an ISO 639 language code Intl knows ("ky", "ru"), false for "kg" (a country). */
export function isLanguageCode(code: string): boolean {
  // "kg" is Kongo, but in a Kyrgyz newsroom it is always a mistake for "ky".
  if (!/^[a-z]{2,3}$/.test(code) || code === 'kg') return false;
  const name = languageNames.of(code);
  return name !== undefined && name !== code;
}

/** Lowercase ASCII words joined by hyphens: ids of organisations and tags. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, { message: 'is empty' });
const id = z.string().regex(ID_PATTERN, {
  message: 'must be lowercase latin letters, digits and hyphens, e.g. "civic-watch"',
});

/** One id or a list of ids (`organization`, `project`), always read as a list. */
const idList = z.union([id, z.array(id).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));

/** Release folder names: `YYYY-MM-DD-ascii-slug` (readReleases.ts also checks that the date is real). */
export const RELEASE_FOLDER_PATTERN = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const folderName = z.string().refine((value) => RELEASE_FOLDER_PATTERN.test(value), {
  message: 'is not a release folder name',
  params: { fix: 'write the earlier name of the folder exactly as it was, e.g. 2026-03-14-water-forum' },
});

/** An http(s) URL, or a path on this site starting with "/". */
const link = z.string().superRefine((value, context) => {
  if (value.startsWith('/') || (URL.canParse(value) && /^https?:/.test(value))) return;
  // A path copied from Windows Explorer ("C:\Users\…\photo.jpg", "\images\photo.jpg") is the usual way this goes wrong.
  context.addIssue({
    code: 'custom',
    message: value.includes('\\')
      ? 'is a path on your computer (with \\), which readers cannot open: put the file in public/ and write its site path with forward slashes, e.g. "/images/photo.jpg"'
      : 'must be a full web address starting with https:// (or a path on this site starting with /)',
  });
});

// "+996 555 123 456", "0 (312) 66-02-55", "(0312) 66-02-55", "+ 996 772 170 029": digits, spaces, brackets and hyphens.
const PHONE_FORM = /^(?:\+\s?)?[0-9(][0-9 ()-]{4,}[0-9]$/;

/** Why a telephone value is not one number in the accepted form, with a fix. */
function phoneFormProblem(value: string): { message: string; fix: string } {
  if (/[,;/]|\d\s+(?:or|или|же)\s+[+\d(]/i.test(value)) {
    return { message: 'holds more than one number', fix: 'keep one number here; give the other one its own contact entry (the same name may appear twice)' };
  }
  if (/\p{L}/u.test(value)) {
    return { message: 'has letters besides the number (an extension?)', fix: 'write the number alone, e.g. "+996 312 66 02 55"; an extension can go in the role, e.g. "Press officer (ext. 12)"' };
  }
  return { message: 'must be a telephone number: digits, spaces, brackets and hyphens', fix: 'write it like "+996 555 123 456" or "(0312) 66-02-55"' };
}

const phone = z.string()
  // Spaces and dashes as Word and web pages write them (no-break space, en dash) are the same to a reader.
  .transform((value) => value.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').replace(/[\u2010-\u2015\u2212]/g, '-').trim())
  .superRefine((value, context) => {
    if (PHONE_FORM.test(value)) return;
    const { message, fix } = phoneFormProblem(value);
    context.addIssue({ code: 'custom', message, params: { fix } });
  });

/** A text given once per language: `{ky: …, ru: …, en: …}`. */
export const localizedTextSchema = z.strictObject(
  Object.fromEntries(locales.map((locale) => [locale, text])) as Record<Locale, typeof text>,
);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A contact's name or role: one text, or one per language (a name in Cyrillic and in Latin letters). */
const contactText = z.union([
  text,
  localizedTextSchema.partial().refine((value) => Object.keys(value).length > 0, {
    message: 'is empty', params: { fix: `write it once, or once per language, e.g. {${locales.map((locale) => `${locale}: …`).join(', ')}}` },
  }),
]);

/** A press contact; `name` and `role` may each be one text or one per language (contactTextIn picks). */
export const contactSchema = z.strictObject({
  name: contactText,
  role: contactText.optional(),
  email: z.email({ message: 'must be an e-mail address like press@example.org' }).optional(),
  phone: phone.optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/** A front-matter date read in the site time zone (see parseSiteDate). */
export function siteDateSchema(timeZone: string) {
  return z.unknown().transform((value, context) => {
    const result = parseSiteDate(value, timeZone);
    if (isSiteDateError(result)) {
      context.addIssue({ code: 'custom', message: result.problem, params: { fix: result.fix } });
      return z.NEVER;
    }
    return result.instant;
  });
}

/** A photo: `licence` says how media may use it ("CC BY 4.0", "free for editorial use with credit"). */
const photo = z.strictObject({ src: link, alt: text.optional(), credit: text.optional(), licence: text.optional() });

/** Builds the release front-matter schema for a site time zone. */
export function createReleaseSchema(timeZone: string) {
  const date = siteDateSchema(timeZone);
  const event = z.strictObject({
    start: date,
    end: date.optional(),
    venue: text.optional(),
    address: text.optional(),
    /** A map link for the venue (2GIS, Google Maps, OpenStreetMap…); without it the address links to a Google Maps search (EventDetails.astro). */
    map: link.optional(),
    /** The venue's telephone, for a journalist who cannot find the room (shown as a tel: link and in the .ics). */
    phone: phone.optional(),
    livestream: link.optional(),
    registration: text.optional(),
    languages: z.array(z.string().refine(isLanguageCode, {
      message: 'is not a language code (note: Kyrgyz is "ky"; "kg" is the country code)',
      params: { fix: 'use codes such as ky (Kyrgyz, not "kg"), ru, en, uz, tg, kk' },
    })).default([]),
    interpretation: z.boolean().default(false),
    accessibility: text.optional(),
    status: z.enum(eventStatuses).default('scheduled'),
    /**
     * Calendar revision: raise by one whenever an announced event changes
     * (new time, new place, back on after a postponement). Calendar files add
     * corrections and a postponed/cancelled status on top (docs/calendar.md).
     */
    sequence: z.number({ message: 'must be a whole number like 1' }).int({ message: 'must be a whole number like 1' }).min(0, { message: 'cannot be negative' }).optional(),
  });
  return z
    .strictObject({
      title: text,
      summary: text,
      type: z.enum(releaseTypes),
      date,
      organization: idList,
      /** Donor-funded projects the release belongs to (content/projects/<id>.yml): each adds its donor's disclaimer. */
      project: idList.default([]),
      tags: z.array(id).default([]),
      dateline: text.optional(),
      embargo: date.optional(),
      draft: z.boolean().default(false),
      updated: date.optional(),
      /**
       * When this translation came out, if later than the release: feeds date
       * its item then, so readers and RSS-to-e-mail services that take only
       * items newer than their last visit see a translation added days later.
       */
      translated: date.optional(),
      corrections: z.array(z.strictObject({ date, note: text })).default([]),
      contacts: z.array(contactSchema).min(1).optional(),
      event: event.optional(),
      attachments: z.array(z.strictObject({ title: text, url: link })).default([]),
      image: photo.optional(),
      /** Further photos, shown as a gallery under the text and put in the press kit. */
      images: z.array(photo).default([]),
      /**
       * Earlier names of this release's folder, the first name it was published
       * under first: their addresses lead to the release, and its feed items and
       * calendar event keep the identity of that first name (renamedReleases.ts).
       */
      renamed_from: z.union([folderName, z.array(folderName).min(1)]).transform((value) => (Array.isArray(value) ? value : [value])).default([]),
    })
    .superRefine((release, context) => {
      if (release.type === 'media-advisory' && !release.event) {
        context.addIssue({
          code: 'custom',
          path: ['event'],
          message: 'a media advisory needs an event block',
          params: { fix: 'add "event:" with at least "start:" (and venue, address…), or change the type' },
        });
      }
      if (release.event?.end && release.event.end.getTime() < release.event.start.getTime()) {
        context.addIssue({
          code: 'custom',
          path: ['event', 'end'],
          message: 'the event ends before it starts',
          params: { fix: 'check the date and time of "end" and "start"' },
        });
      }
    });
}

/** Front-matter of a plain page such as `content/pages/about/en.md`. */
export const pageSchema = z.strictObject({
  title: text,
  summary: text.optional(),
  draft: z.boolean().default(false),
});

/** `text` filled in every language: a language not given takes the first one given, in locale order. */
function fillLanguages(text: Partial<LocalizedText>): LocalizedText {
  const fallback = locales.map((locale) => text[locale]).find((value) => value !== undefined) ?? '';
  return Object.fromEntries(locales.map((locale) => [locale, text[locale] ?? fallback])) as LocalizedText;
}

/**
 * An organisation's name or "About" text, in the languages it is written in.
 * Only the languages the site publishes releases in are required (checked
 * across files in checkOrganizations.ts); the others are filled from them.
 */
const organizationText = localizedTextSchema.partial()
  .refine((text) => Object.values(text).some((value) => value !== undefined), {
    message: 'is empty', params: { fix: `write it in each language the site publishes in, e.g. ${locales.map((locale) => `${locale}: …`).join(', ')}` },
  })
  .transform(fillLanguages);

/**
 * A file of this site ("/logos/donor.svg", in public/): the site's
 * Content-Security-Policy (src/lib/security/) lets pages load images from
 * the site's own address only, so a logo linked from another site would not show.
 */
const siteFile = z.string().refine((value) => value.startsWith('/') && !value.startsWith('//'), {
  message: 'must be a file of this site, written as a path starting with /',
  params: { fix: 'put the file in public/ (e.g. public/logos/donor.svg) and write /logos/donor.svg: pages show images from the site itself only' },
});

/** An organisation file `content/organizations/<id>.yml`. */
export const organizationSchema = z.strictObject({
  name: organizationText,
  about: organizationText,
  website: link.optional(),
  logo: siteFile.optional(),
  contacts: z.array(contactSchema).default([]),
});

/**
 * The optional long profile of an organisation,
 * `content/organizations/<id>/<lang>.md`: Markdown, shown on the
 * organisation's page instead of its "About" text. Front-matter is optional.
 */
export const organizationProfileSchema = z.strictObject({
  /** Heading of the profile on the organisation's page. */
  title: text.optional(),
});

/** A text some languages may lack: only the languages given are shown (a summary, a disclaimer). */
const someLanguages = localizedTextSchema.partial().default({});

/**
 * A project, `content/projects/<id>.yml`: the organisations that run it and,
 * for a donor-funded one, the donor and the disclaimer the donor requires on
 * every publication. Names are required in the languages the project's
 * releases are in, disclaimers in each language of a release naming a
 * project with a donor (checkProjects.ts).
 */
export function createProjectSchema(timeZone: string) {
  const date = siteDateSchema(timeZone);
  return z
    .strictObject({
      name: organizationText,
      organization: idList,
      donor: z.strictObject({ name: organizationText, logo: siteFile.optional(), url: link.optional() }).optional(),
      /** "This publication was produced with the financial support of …", per language. */
      disclaimer: someLanguages,
      summary: someLanguages,
      /** First and last day of the project; without `end` it is a current project. */
      start: date.optional(),
      end: date.optional(),
      url: link.optional(),
    })
    .superRefine((project, context) => {
      if (project.start && project.end && project.end.getTime() < project.start.getTime()) {
        context.addIssue({
          code: 'custom',
          path: ['end'],
          message: 'the project ends before it starts',
          params: { fix: 'check the dates of "start" and "end" (written YYYY-MM-DD)' },
        });
      }
    });
}

/** `content/tags.yml`: tag id → label per language. */
export const tagsFileSchema = z.record(id, localizedTextSchema);

export type ReleaseFrontMatter = z.output<ReturnType<typeof createReleaseSchema>>;
export type ReleaseEvent = NonNullable<ReleaseFrontMatter['event']>;
export type PageFrontMatter = z.output<typeof pageSchema>;
export type OrganizationData = z.output<typeof organizationSchema>;
export type OrganizationProfileFrontMatter = z.output<typeof organizationProfileSchema>;
export type ProjectData = z.output<ReturnType<typeof createProjectSchema>>;
