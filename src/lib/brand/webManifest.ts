/**
 * The web app manifest: what a phone shows when a journalist adds the
 * newsroom to the home screen (name, icon, colour) and what it opens. One
 * per language, so the name is in the reader's language and the icon opens
 * that language's home page; the root one (language chooser, 404 page) is in
 * the default language and opens the chooser.
 */
import { ICON_PATHS } from './faviconSet.ts';

export interface ManifestInput {
  name: string;
  /** BCP 47 tag of `name`. */
  lang: string;
  /** Description (the tagline). */
  description: string;
  /** Address the icon opens, with the base path: "/newsroom/ky/". */
  startUrl: string;
  /** The base path ("/newsroom/"): every page belongs to the same site. */
  scope: string;
  themeColor: string;
}

/** The manifest's JSON text. */
export function webManifest(input: ManifestInput): string {
  const icon = (path: string, size: number) => ({ src: `${input.scope}${path.slice(1)}`, sizes: `${size}x${size}`, type: 'image/png' });
  const manifest = {
    name: input.name,
    lang: input.lang,
    dir: 'ltr',
    description: input.description,
    start_url: input.startUrl,
    scope: input.scope,
    // A website, not an app: the address bar stays, so a link can be copied and shared.
    display: 'browser',
    theme_color: input.themeColor,
    background_color: '#ffffff',
    icons: [icon(ICON_PATHS.manifest192, 192), icon(ICON_PATHS.manifest512, 512)],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
