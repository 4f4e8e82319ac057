/**
 * Serializes structured data for a `<script type="application/ld+json">`
 * block. `<`, `>` and `&` are written as \u escapes, so a title containing
 * "</script>" can never end the script element early; JSON parsers read the
 * escapes back as the original characters.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
