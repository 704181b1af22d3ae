import type { Locale } from '../lib/i18n/locales.ts';
import type { LookupMatch, LookupResult } from '../lib/lookup/types.ts';
import { redactSecrets } from '../lib/lookup/redact-secrets.ts';
import { fullTextQuery, looksLikeErrorText, worthLookingUp } from '../lib/search/error-query.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { queryTerms } from '../lib/search/query-terms.ts';
import { relaxedSearch, type RankedHit } from '../lib/search/relaxed-search.ts';
import type { LookupRequest, LookupResponse } from './lookup-protocol.ts';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-api.ts';

/** Messages the search shows; the component passes them in the page's language. */
export interface SearchStrings {
  loading: string;
  results: string;
  partial: string;
  none: string;
  noneHelp: string;
  filtered: string;
  unavailable: string;
  platform: string;
  tag: string;
  clearFilters: string;
  section: string;
  knownFix: string;
  knownFixHelp: string;
  fullTextFor: string;
  resultsHeading: string;
  more: string;
  high: string;
  medium: string;
  low: string;
  guidesLabel: string;
}

/** A guide's title and page, from `/<lang>/guides.json`. */
type GuideDirectory = Record<string, { title: string; path: string }>;

/** The filters the search offers, in the order they are shown. */
const FILTER_KEYS = ['platform', 'tag'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
/** Results shown at first and added by "more": each costs a fragment (the page's text) to fetch. */
const PAGE_SIZE = 5;
/** Queries longer than this stay out of the search page's URL (the failing line goes there instead). */
const MAX_URL_QUERY = 2000;

const format = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Adds `?highlight=` (the terms to mark on the page) before a URL's `#fragment`. */
function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const [path = '', fragment] = url.split('#', 2);
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}highlight=${encodeURIComponent(terms.join(' '))}${fragment === undefined ? '' : `#${fragment}`}`;
}

let pagefindLoad: Promise<PagefindApi> | undefined;

/** Loads the Pagefind bundle the build wrote, once per page. */
function loadPagefind(bundle: string, base: string): Promise<PagefindApi> {
  pagefindLoad ??= (async () => {
    const api = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    await api.options({ baseUrl: base });
    await api.init();
    return api;
  })();
  return pagefindLoad;
}

/**
 * `<sapjil-search>`: full-text search over the guides with Pagefind, tuned for Korean and
 * English (see src/lib/search), filters by platform and topic, and pasted errors answered by
 * the lookup engine first. On the search page the URL follows the query, so searches link.
 */
export class SapjilSearch extends HTMLElement {
  #seq = 0;
  /** The search being run; input meanwhile waits for it and then runs once, with the latest text. */
  #running: Promise<void> | undefined;
  #queued = false;
  /** A multi-line paste, kept whole (the one-line field shows it flattened). */
  #pasted: string | undefined;
  #hits: RankedHit<PagefindResult>[] = [];
  #terms: string[] = [];
  #shown = 0;
  #worker: Worker | undefined;
  #lookupSeq = 0;
  #directory: Promise<GuideDirectory> | undefined;
  #filtersShown = false;

  get #input() { return this.querySelector<HTMLInputElement>('input[type=search]')!; }
  get #status() { return this.querySelector<HTMLElement>('[data-search-status]')!; }
  get #results() { return this.querySelector<HTMLOListElement>('[data-search-results]')!; }
  get #more() { return this.querySelector<HTMLButtonElement>('[data-search-more]')!; }
  get #strings() { return JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings; }
  get #lang() { return (this.dataset['lang'] ?? 'en') as Locale; }
  get #isPage() { return this.dataset['mode'] === 'page'; }

  connectedCallback() {
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      // Enter goes to the first result once there is one, as in any quick-open box.
      const first = this.#results.querySelector<HTMLAnchorElement>('a[data-result-link]');
      if (first && !this.#running && !this.#queued) first.click();
      else this.#request();
    });
    this.#input.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!/[\r\n]/.test(text.trim())) return;
      // An <input> drops line breaks, and lines matter to the lookup: keep the paste whole.
      event.preventDefault();
      this.#pasted = text;
      this.#input.value = text.replace(/\s*[\r\n]+\s*/g, ' ').trim().slice(0, 500);
      this.#request();
    });
    this.#input.addEventListener('input', () => {
      this.#pasted = undefined;
      this.#preload();
      this.#request();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.#more.addEventListener('click', () => void this.#renderMore());
    this.querySelector('[data-search-filter-groups]')?.addEventListener('change', () => this.#request());
    void this.#start();
  }

  disconnectedCallback() {
    this.#worker?.terminate();
  }

  async #start() {
    this.#status.textContent = this.#strings.loading;
    if (this.#isPage) this.#readUrl();
    const details = this.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
    details.hidden = false;
    // Filter counts are an index of their own: fetched when the filters are first opened.
    details.addEventListener('toggle', () => {
      if (details.open) void this.#pagefind().then((pagefind) => this.#renderFilters(pagefind));
    });
    try {
      const pagefind = await this.#pagefind();
      if (Object.keys(this.#isPage ? this.#urlFilters() : {}).length > 0) await this.#renderFilters(pagefind);
      this.#status.textContent = '';
      if (this.#input.value !== '' || this.#activeFilters() !== undefined) this.#request();
    } catch {
      this.#status.textContent = this.#strings.unavailable;
    }
  }

  #pagefind(): Promise<PagefindApi> {
    return loadPagefind(this.dataset['bundle'] ?? '/pagefind/pagefind.js', this.dataset['base'] ?? '/');
  }

  // No fixed typing delay: a search after warm-up takes tens of milliseconds, so the first
  // keystroke searches at once and later ones wait only for the search in flight.
  #request() {
    if (this.#running) {
      this.#queued = true;
      return;
    }
    this.#running = this.run().finally(() => {
      this.#running = undefined;
      if (this.#queued) {
        this.#queued = false;
        this.#request();
      }
    });
  }

  /** Fetches the index chunks for every word typed so far, while a search may still be running. */
  #preload() {
    const terms = queryTerms(this.#input.value);
    void this.#pagefind().then((api) => Promise.all(terms.map((term) => api.preload(term)))).catch(() => {});
  }

  /** Runs the search for what the field (or the last multi-line paste) holds. */
  async run(): Promise<void> {
    const seq = ++this.#seq;
    const text = this.#pasted ?? this.#input.value;
    const filters = this.#activeFilters();
    let pagefind: PagefindApi;
    try {
      pagefind = await this.#pagefind();
    } catch {
      this.#status.textContent = this.#strings.unavailable;
      return;
    }

    const looked = worthLookingUp(text) ? await this.#lookup(text) : undefined;
    if (seq !== this.#seq) return;
    // Error-like text is answered by the lookup either way; other long input only when it knew the error.
    const knew = looked?.matches.some((match) => match.confidence !== 'low') ?? false;
    const lookup = looksLikeErrorText(text) || knew ? looked : undefined;
    const errorLine = lookup ? (lookup.matches[0]?.hits[0]?.text ?? lookup.failingLine?.text) : undefined;
    const fullText = fullTextQuery(text, lookup);
    const terms = queryTerms(fullText);

    const search = async (query: string | null) =>
      ((await pagefind.search(query, filters ? { filters } : {}))?.results ?? []).map((item) => ({ id: item.id, score: item.score, item }));
    let hits: RankedHit<PagefindResult>[];
    let used: string[] = [];
    if (terms.length > 0) {
      const relaxed = await relaxedSearch(terms, search);
      hits = relaxed.hits;
      used = relaxed.terms;
    } else if (filters !== undefined && text.trim() === '') {
      hits = (await search(null)).map((hit) => ({ id: hit.id, item: hit.item, matchedTerms: 0 }));
    } else hits = [];
    if (seq !== this.#seq) return;

    // A search that finishes after the reader arrowed into the results (typing fast, then ↓)
    // must not drop their focus with the old lists: hold it in the field, then put it back on the
    // result at the same place.
    const focusedAt = this.#resultLinks().indexOf(document.activeElement as HTMLAnchorElement);
    if (focusedAt !== -1) this.#input.focus();
    await this.#renderKnown(lookup);
    if (seq !== this.#seq) return;
    this.#hits = hits;
    this.#terms = used;
    this.#shown = 0;
    this.#results.replaceChildren();
    const title = this.querySelector<HTMLElement>('[data-search-fulltext-title]')!;
    // The results always sit under an h2 (the cards are h3); it is visible when it says more
    // than "Results": after known fixes, for the words of the failing line.
    const explained = lookup !== undefined && fullText !== '';
    title.hidden = hits.length === 0 && !explained;
    title.classList.toggle('sr-only', !explained);
    title.textContent = explained ? format(this.#strings.fullTextFor, { query: fullText }) : this.#strings.resultsHeading;
    await this.#renderMore();
    if (seq !== this.#seq) return;
    if (focusedAt !== -1 && document.activeElement === this.#input) {
      const links = this.#resultLinks();
      links[Math.min(focusedAt, links.length - 1)]?.focus();
    }
    this.#announce(text, fullText, hits, used, filters);
    if (this.#isPage) this.#writeUrl(text, errorLine);
    this.#updatePageLink(text);
  }

  #announce(text: string, fullText: string, hits: RankedHit<PagefindResult>[], used: string[], filters: Record<string, string[]> | undefined) {
    const s = this.#strings;
    const query = (fullText || text).trim();
    if (query === '' && filters === undefined) this.#status.textContent = '';
    else if (query === '') this.#status.textContent = format(s.filtered, { count: hits.length });
    else if (hits.length === 0) this.#status.textContent = `${format(s.none, { query })} ${s.noneHelp}`;
    else {
      const partial = used.length > 1 && (hits[0]?.matchedTerms ?? 0) < used.length;
      this.#status.textContent = [format(s.results, { count: hits.length, query }), partial ? s.partial : ''].join(' ').trim();
    }
  }

  async #renderMore() {
    const batch = this.#hits.slice(this.#shown, this.#shown + PAGE_SIZE);
    const seq = this.#seq;
    // All fetches start together; each card shows as soon as it and those before it are in.
    const pending = batch.map((hit) => hit.item.data());
    let firstNew: HTMLLIElement | undefined;
    for (const data of pending) {
      const card = this.#card(await data);
      if (seq !== this.#seq) return;
      this.#results.append(card);
      firstNew ??= card;
    }
    this.#shown += batch.length;
    this.#more.hidden = this.#shown >= this.#hits.length;
    // "More" moves focus to the first new result so keyboard users keep their place.
    if (this.#shown > PAGE_SIZE && document.activeElement === this.#more) firstNew?.querySelector('a')?.focus();
  }

  #card(result: PagefindResultData): HTMLLIElement {
    const s = this.#strings;
    const title = result.meta['title'] ?? result.url;
    const link = el('a', { href: withHighlight(result.url, this.#terms), textContent: title, className: 'search-result-title' });
    link.dataset['resultLink'] = '';
    const card = el('li', { className: 'search-result' }, el('h3', {}, link));

    // The section with the most hits, when the hits are in a section rather than the intro.
    const sections = result.sub_results.filter((sub) => sub.url.includes('#') && (sub.locations?.length ?? 0) > 0);
    const best = sections.sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
    if (best && this.#terms.length > 0) {
      card.append(el('p', { className: 'search-result-section' }, `${s.section} `,
        el('a', { href: withHighlight(best.url, this.#terms), textContent: best.title })));
    }
    const excerpt = el('p', { className: 'search-result-excerpt' });
    for (const part of buildExcerpt(result.content, this.#terms)) excerpt.append(part.mark ? el('mark', { textContent: part.text }) : part.text);
    card.append(excerpt);
    const tags = [...(result.filters['platform'] ?? []), ...(result.filters['tag'] ?? [])];
    if (tags.length > 0) {
      card.append(el('ul', { className: 'search-result-tags' }, ...tags.map((tag) => el('li', { textContent: tag }))));
    }
    return card;
  }

  async #renderFilters(pagefind: PagefindApi) {
    if (this.#filtersShown) return;
    this.#filtersShown = true;
    const counts = await pagefind.filters();
    const groups = this.querySelector<HTMLElement>('[data-search-filter-groups]')!;
    const wanted = this.#isPage ? this.#urlFilters() : {};
    const id = this.dataset['mode'] ?? 'search';
    for (const key of FILTER_KEYS) {
      const values = Object.entries(counts[key] ?? {}).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      if (values.length === 0) continue;
      const fieldset = el('fieldset', { className: 'search-filter' }, el('legend', { textContent: this.#strings[key] }));
      values.forEach(([value, count], i) => {
        const box = document.createElement('input');
        Object.assign(box, { type: 'checkbox', name: key, value, id: `${id}-${key}-${i}`, checked: wanted[key]?.includes(value) ?? false });
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.append(value, el('span', { className: 'search-filter-count', textContent: ` (${count})` }));
        const option = el('div', { className: 'search-filter-option' });
        option.append(box, label);
        fieldset.append(option);
      });
      groups.append(fieldset);
    }
    const clear = el('button', { type: 'button', className: 'button', textContent: this.#strings.clearFilters });
    clear.addEventListener('click', () => {
      for (const box of groups.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
      this.#request();
    });
    groups.append(clear);
    const details = this.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
    details.hidden = groups.querySelector('fieldset') === null;
    if (Object.keys(wanted).length > 0 && !details.open) details.open = true;
  }

  #activeFilters(): Record<string, string[]> | undefined {
    const filters: Record<string, string[]> = {};
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-search-filter-groups] input:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    if (this.#isPage && Object.keys(filters).length === 0 && this.querySelector('[data-search-filter-groups] input') === null) {
      const fromUrl = this.#urlFilters();
      return Object.keys(fromUrl).length > 0 ? fromUrl : undefined;
    }
    return Object.keys(filters).length > 0 ? filters : undefined;
  }

  #urlFilters(): Partial<Record<FilterKey, string[]>> {
    const params = new URLSearchParams(location.search);
    const filters: Partial<Record<FilterKey, string[]>> = {};
    for (const key of FILTER_KEYS) {
      const values = params.getAll(key);
      if (values.length > 0) filters[key] = values;
    }
    return filters;
  }

  #readUrl() {
    const q = new URLSearchParams(location.search).get('q') ?? '';
    if (/[\r\n]/.test(q.trim())) {
      this.#pasted = q;
      this.#input.value = q.replace(/\s*[\r\n]+\s*/g, ' ').trim().slice(0, 500);
    } else this.#input.value = q;
  }

  /** Keeps the search page's URL equal to the query and filters (secrets never go in it). */
  #writeUrl(text: string, errorLine: string | undefined) {
    const params = new URLSearchParams();
    const query = text.length > MAX_URL_QUERY && errorLine !== undefined ? errorLine : text;
    if (query.trim() !== '') params.set('q', redactSecrets(query.slice(0, MAX_URL_QUERY)));
    for (const [key, values] of Object.entries(this.#activeFilters() ?? {})) for (const value of values) params.append(key, value);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  #updatePageLink(text: string) {
    const link = this.querySelector<HTMLAnchorElement>('[data-search-page-link]');
    if (!link) return;
    const params = new URLSearchParams();
    if (text.trim() !== '') params.set('q', redactSecrets(text.slice(0, MAX_URL_QUERY)));
    for (const [key, values] of Object.entries(this.#activeFilters() ?? {})) for (const value of values) params.append(key, value);
    const search = params.toString();
    link.href = `${this.dataset['searchPath'] ?? ''}${search ? `?${search}` : ''}`;
  }

  /** Asks the lookup worker (the same engine as the lookup page) about pasted error text. */
  #lookup(text: string): Promise<LookupResult | undefined> {
    this.#worker ??= new Worker(new URL('./lookup-worker.ts', import.meta.url), { type: 'module', name: 'sapjil-lookup' });
    const worker = this.#worker;
    const seq = ++this.#lookupSeq;
    return new Promise((resolve) => {
      const onMessage = (event: MessageEvent<LookupResponse>) => {
        if (event.data.seq !== seq || event.data.kind !== 'lookup') return;
        worker.removeEventListener('message', onMessage);
        resolve(event.data.result);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', () => resolve(undefined), { once: true });
      const request: LookupRequest = { kind: 'lookup', seq, text, lang: this.#lang };
      worker.postMessage(request);
    });
  }

  async #renderKnown(lookup: LookupResult | undefined) {
    const section = this.querySelector<HTMLElement>('[data-search-known]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-known-list]')!;
    const help = this.querySelector<HTMLElement>('[data-search-known-help]')!;
    list.replaceChildren();
    section.hidden = lookup === undefined;
    if (lookup === undefined) return;
    // Only answers worth showing: a `low` guess is no "known fix", and no answer needs no section.
    const matches = lookup.matches.filter((match) => match.confidence !== 'low');
    section.hidden = matches.length === 0;
    if (matches.length === 0) return;
    help.textContent = this.#strings.knownFixHelp;
    const directory = await this.#guideDirectory();
    list.append(...matches.map((match) => this.#knownCard(match, directory)));
  }

  #knownCard(match: LookupMatch, directory: GuideDirectory): HTMLLIElement {
    const s = this.#strings;
    const guide = directory[match.guide];
    const href = `${guide?.path ?? this.dataset['guidesPath'] ?? ''}#${match.anchor}`;
    const link = el('a', { href, textContent: guide?.title ?? match.guide, className: 'search-result-title' });
    link.dataset['resultLink'] = '';
    const line = match.hits[0];
    return el('li', { className: 'search-result search-known-card' },
      el('h3', {}, link),
      el('p', { className: `confidence confidence-${match.confidence}`, textContent: s[match.confidence] }),
      ...(line ? [el('p', { className: 'search-known-line' }, el('code', { textContent: line.text }))] : []));
  }

  #guideDirectory(): Promise<GuideDirectory> {
    this.#directory ??= fetch(this.dataset['directory'] ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<GuideDirectory>) : {}))
      .catch(() => ({}));
    return this.#directory;
  }

  /** The result links shown (known fixes, then full-text results), in order. */
  #resultLinks(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  }

  /** Arrow keys move between the field and the result links; Enter follows the link as usual. */
  #onKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [this.#input, ...this.#resultLinks()];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1) return;
    const next = stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }
}

if (!customElements.get('sapjil-search')) customElements.define('sapjil-search', SapjilSearch);
