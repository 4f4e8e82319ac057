/**
 * The site's Content-Security-Policy: everything from the site's own
 * address, nothing inline. The build keeps it true: stylesheets are never
 * inlined and small scripts never inlined (astro.config.mjs), pages carry no
 * inline scripts, styles or style attributes (tests/build/brand.test.ts),
 * and the browser test finds no violation on any kind of page.
 *
 * The same policy goes into the `_headers` file (Netlify, Cloudflare Pages)
 * and, for hosts that send no headers of their own (GitHub Pages), into a
 * `<meta http-equiv>` on every page, minus the directives browsers ignore
 * there (frame-ancestors, report-uri, sandbox).
 */

/** Directive → sources. */
const DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['default-src', ["'self'"]],
  // Pagefind's search runs as WebAssembly, which needs wasm-unsafe-eval (not unsafe-eval).
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** Directives a policy delivered in a <meta> element cannot carry (CSP Level 3, 3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy text for an HTTP header or (without the header-only directives) a meta element. */
export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  return DIRECTIVES.filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Browser features the newsroom never uses, switched off for the site and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture', 'encrypted-media', 'fullscreen',
  'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture',
  'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/** Full address to this site, only the origin to others, nothing from https to http. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Every security header, in the order the `_headers` file lists them. */
export function securityHeaders(): Array<[name: string, value: string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy('header')],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', REFERRER_POLICY],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    // For browsers older than frame-ancestors.
    ['X-Frame-Options', 'DENY'],
  ];
}
