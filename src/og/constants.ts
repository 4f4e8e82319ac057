/**
 * Facts about social cards that pages, the renderer and the cache share.
 * Kept free of imports so Astro pages can use it without loading satori.
 */

/** Card width in pixels (the size Facebook, X, Telegram and WhatsApp expect). */
export const CARD_WIDTH = 1200;

/** Card height in pixels. */
export const CARD_HEIGHT = 630;

/**
 * Bump whenever the card template or the encoder settings change the pixels:
 * it is part of every cache key, so all cards re-render once.
 */
export const TEMPLATE_VERSION = 3;
