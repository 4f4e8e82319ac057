/** The address Pagefind gives a page: "en/releases/x/index.html" → "/en/releases/x/" (the search page adds the base path). */
export function pageUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
