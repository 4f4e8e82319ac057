/**
 * Text helpers of the search page, used in the browser: the result excerpt
 * split into plain and highlighted parts (so it can be shown without
 * innerHTML), facet values in display order, and the result count sentence
 * in the page language's plural form.
 */

/** A piece of an excerpt; `marked` pieces are the words that matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/**
 * Splits Pagefind's excerpt ("… the <mark>water</mark> tariff …") into
 * parts. Pagefind escapes `<` and `>` of the page text, so the only tags in
 * an excerpt are its own `<mark>` pairs; the parts are set as text, never
 * parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: piece.replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]!), marked });
  }
  return parts;
}

/** One checkbox of a facet. */
export interface FacetOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * A facet's checkboxes: values that match at least one result, plus the
 * selected ones (so they can be unchecked even when nothing matches).
 * Years newest first; other values in the language's alphabetical order.
 */
export function facetOptions(counts: Record<string, number> | undefined, selected: readonly string[], numericDescending: boolean, collator: Intl.Collator): FacetOption[] {
  const values = new Set([...Object.keys(counts ?? {}).filter((value) => (counts?.[value] ?? 0) > 0), ...selected]);
  const options = [...values].map((value) => ({ value, count: counts?.[value] ?? 0, checked: selected.includes(value) }));
  return options.sort((a, b) => (numericDescending ? Number(b.value) - Number(a.value) : collator.compare(a.value, b.value)));
}

/** Plural forms of one UI string, by CLDR category ("one", "few", "many", "other"). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fills `{{name}}` placeholders. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form of `forms` for `count` in `locale`, filled with `count` and `values`. */
export function pluralText(forms: PluralForms, count: number, locale: string, values: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fillTemplate(forms[category] ?? forms.other, { ...values, count });
}
