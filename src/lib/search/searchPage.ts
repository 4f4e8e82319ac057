/**
 * The search page in the browser: reads the search from the address, asks
 * Pagefind (the language's index, loaded from /pagefind/), and shows the
 * result count (announced), facets with counts, and results with the
 * matched words highlighted. Typing, ticking a facet or changing the order
 * updates the address (history.replaceState), so every state can be shared.
 */
import { FILTER_KEYS, hasFilters, pagefindOptions, readSearchState, writeSearchState, type FilterKey, type SearchState } from './searchState.ts';
import { searchQueryText } from './searchQueryText.ts';
import { excerptParts, facetOptions, fillTemplate, pluralText } from './searchText.ts';
import type { SearchPageConfig } from './searchPageConfig.ts';
import type { Pagefind, PagefindResult } from './pagefindApi.ts';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

/** Wires the page up; call once from the search page's script. */
export function startSearchPage(): void {
  const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchPageConfig;
  const find = <T extends Element>(name: string) => document.querySelector<T>(`[data-search-${name}]`)!;
  const [form, input, status, facets, clear, sort, list, more, filtersBox] = [
    find<HTMLFormElement>('form'), find<HTMLInputElement>('input'), find<HTMLElement>('status'), find<HTMLElement>('facets'),
    find<HTMLButtonElement>('clear'), find<HTMLSelectElement>('sort'), find<HTMLOListElement>('results'), find<HTMLButtonElement>('more'),
    find<HTMLDetailsElement>('filters-box'),
  ];
  find('no-js').remove();
  find<HTMLElement>('app').hidden = false;
  let state: SearchState = readSearchState(new URLSearchParams(window.location.search));
  // Open on wide screens, and on a phone when the address holds filters: a shared link must show what it narrows.
  filtersBox.open = window.matchMedia('(min-width: 50rem)').matches || hasFilters(state);
  input.value = state.query;
  sort.value = state.sort;
  const collator = new Intl.Collator(config.locale);
  const pagefind = loadPagefind(config);
  let results: PagefindResult[] = [];
  let shown = 0;
  let sequence = 0;

  const update = (change: Partial<SearchState>) => {
    state = { ...state, ...change };
    window.history.replaceState(null, '', `${window.location.pathname}${writeSearchState(state)}`);
    void run();
  };

  async function run(): Promise<void> {
    const mine = ++sequence;
    try {
      const api = await pagefind;
      const active = state.query !== '' || hasFilters(state);
      // Spelled as the index spells it (ѳ → ө…); the box and the address keep what the reader typed.
      const query = searchQueryText(state.query, config.locale) || null;
      const search = active ? await api.search(query, pagefindOptions(state)) : undefined;
      const counts: Partial<Record<FilterKey, Record<string, number>>> = search ? { ...search.filters } : await api.filters();
      // A ticked facet counts what ticking one more of its values would add (values of one facet are alternatives).
      for (const key of FILTER_KEYS) {
        if (!search || state.filters[key].length === 0) continue;
        counts[key] = (await api.search(query, pagefindOptions(state, key)))?.filters[key] ?? {};
      }
      if (mine !== sequence) return;
      renderFacets(counts);
      results = search?.results ?? [];
      shown = 0;
      list.replaceChildren();
      if (search) await showMore(false);
      if (mine !== sequence) return;
      status.textContent = !search ? ''
        : results.length === 0 && state.query !== '' ? fillTemplate(config.strings.noResults, { query: state.query })
          : pluralText(state.query === '' ? config.strings.filtered : config.strings.results, results.length, config.locale, { query: state.query });
    } catch {
      if (mine === sequence) status.textContent = config.strings.error;
    }
  }

  async function showMore(moveFocus: boolean): Promise<void> {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    const items = batch.map((data) => resultItem(data.url, data.meta, data.excerpt));
    list.append(...items);
    shown += batch.length;
    more.hidden = shown >= results.length;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  function renderFacets(counts: Partial<Record<FilterKey, Record<string, number>>>): void {
    // Ticking a box re-draws the facets: keep the keyboard focus on the same box.
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && active.type === 'checkbox' ? { name: active.name, value: active.value } : undefined;
    facets.replaceChildren(...FILTER_KEYS.flatMap((key) => {
      const options = facetOptions(counts[key], state.filters[key], key === 'year', collator);
      return options.length === 0 ? [] : [facetFieldset(key, config.filterLegends[key], options)];
    }));
    clear.hidden = !hasFilters(state);
    if (focused) [...facets.querySelectorAll('input')].find((box) => box.name === focused.name && box.value === focused.value)?.focus();
  }

  facets.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.name as FilterKey;
    const values = state.filters[key].filter((value) => value !== box.value);
    update({ filters: { ...state.filters, [key]: box.checked ? [...values, box.value] : values } });
  });
  clear.addEventListener('click', () => {
    update({ filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as SearchState['filters'] });
    input.focus();
  });
  sort.addEventListener('change', () => update({ sort: sort.value === 'newest' ? 'newest' : 'relevance' }));
  more.addEventListener('click', () => void showMore(true));
  let typing: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => update({ query: input.value.trim() }), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    update({ query: input.value.trim() });
  });
  if (state.query !== '' || hasFilters(state)) status.textContent = config.strings.loading;
  void run();
}

async function loadPagefind(config: SearchPageConfig): Promise<Pagefind> {
  const api = (await import(/* @vite-ignore */ `${config.bundlePath}pagefind.js`)) as Pagefind;
  // No web worker: one script less to download on a slow phone; searching a newsroom's index takes milliseconds.
  // (Pagefind 1.6 warns that options() does not know noWorker, but honours it when it starts.)
  await api.options({ baseUrl: config.basePath, noWorker: true, excerptLength: 30 });
  // Loads every facet's filter file once (a few small files): searches count only facets whose files are loaded.
  await api.filters();
  return api;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function resultItem(url: string, meta: Record<string, string | undefined>, excerpt: string): HTMLLIElement {
  const item = element('li');
  if (meta.type || meta.date) {
    const line = element('p', 'meta');
    if (meta.type) line.append(element('span', 'badge', meta.type));
    if (meta.date) line.append(element('span', '', meta.date));
    item.append(line);
  }
  const link = element('a', '', meta.title ?? url);
  link.href = url;
  const heading = element('h2');
  heading.append(link);
  const text = element('p', 'search-excerpt');
  text.append(...excerptParts(excerpt).map((part) => (part.marked ? element('mark', '', part.text) : document.createTextNode(part.text))));
  item.append(heading, text);
  return item;
}

function facetFieldset(key: FilterKey, legend: string, options: ReturnType<typeof facetOptions>): HTMLFieldSetElement {
  const fieldset = element('fieldset', 'search-facet');
  const list = element('ul');
  options.forEach((option, index) => {
    const box = element('input');
    Object.assign(box, { type: 'checkbox', name: key, value: option.value, checked: option.checked, id: `facet-${key}-${index}` });
    const label = element('label', '', `${option.value} `);
    label.htmlFor = box.id;
    label.append(element('span', 'search-facet-count', `(${option.count})`));
    const item = element('li');
    item.append(box, label);
    list.append(item);
  });
  fieldset.append(element('legend', '', legend), list);
  return fieldset;
}
