/** Types shared by the e-mail model and its parts. */
import type { Locale } from '../../i18n/locales.ts';
import type { ReleaseFrontMatter } from '../content/schemas.ts';

/** A release translation with its folder name and language. */
export type EmailRelease = ReleaseFrontMatter & { slug: string; lang: Locale };

/** A link as both parts show it: words, and the absolute address they lead to. */
export interface EmailLink { text: string; url: string }
