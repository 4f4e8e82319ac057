/**
 * Orders folder entries by name, code unit by code unit: the same on every
 * machine and locale, so what is read from a folder (and every fingerprint
 * and message made from it) comes in the same order everywhere.
 */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
