/**
 * "Share" links as plain addresses of each service's own share page: no
 * script, no button widget, no tracker loads until the reader taps one. The
 * platforms show the release's social card (og:image) for the address.
 */

export interface ShareLink {
  /** Stable id, for CSS and tests. */
  id: 'telegram' | 'whatsapp' | 'facebook' | 'x' | 'email';
  /** The service's name as its users know it (not translated), or undefined for e-mail (a UI string). */
  name?: string;
  href: string;
}

/** Share links for the page at `url` titled `title`. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    { id: 'telegram', name: 'Telegram', href: `https://t.me/share/url?${query({ url, text: title })}` },
    { id: 'whatsapp', name: 'WhatsApp', href: `https://wa.me/?${query({ text: `${title} ${url}` })}` },
    { id: 'facebook', name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
    { id: 'x', name: 'X', href: `https://x.com/intent/post?${query({ text: title, url })}` },
    // mailto: wants %20 for spaces, not "+" (RFC 6068).
    { id: 'email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}` },
  ];
}
