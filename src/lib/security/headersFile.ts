/**
 * The `_headers` file Netlify and Cloudflare Pages read from the output
 * folder: one rule for every address of the site. A `_headers` file the
 * newsroom already keeps in public/ is kept after the generated rule (both
 * hosts apply every matching rule).
 */
import { securityHeaders } from './contentSecurityPolicy.ts';

/** The file's text; `ownRules` is the text of public/_headers, if there is one. */
export function headersFile(ownRules?: string): string {
  const lines = [
    '# Security headers for Netlify and Cloudflare Pages, written by the build',
    '# (src/lib/security/). GitHub Pages ignores this file: pages carry the',
    '# same Content-Security-Policy in a <meta> element instead.',
    '/*',
    ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`),
    '',
  ];
  const own = ownRules?.trim();
  return own ? `${lines.join('\n')}\n# From public/_headers\n${own}\n` : `${lines.join('\n')}`;
}

/**
 * Reads a `_headers` file into rules (path pattern → headers), as the
 * hosts do: a line without indentation starts a rule, indented
 * "Name: value" lines belong to it, "#" lines are comments.
 */
export function parseHeadersFile(text: string): Array<{ path: string; headers: Array<[string, string]> }> {
  const rules: Array<{ path: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}
