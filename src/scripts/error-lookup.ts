import type { Locale } from '../lib/i18n/locales.ts';
import type { LookupMatch, LookupResult, Range } from '../lib/lookup/types.ts';
import { errorLineQuery } from '../lib/search/error-query.ts';
import type { LookupResponse, MatchExtras, UnnumberedRequest } from './lookup-protocol.ts';

/** Where each guide lives for this page's reader, keyed by slug. */
export type GuideDirectory = Record<string, { title: string; lang: Locale; path: string }>;

/** The UI strings the element uses, in the page's language. */
export type LookupStrings = Record<
  | 'working' | 'found' | 'none' | 'noneHelp' | 'empty' | 'tooLarge' | 'truncated' | 'fileError'
  | 'high' | 'medium' | 'low' | 'line' | 'matchedLines' | 'openGuide' | 'yourFix' | 'permalink' | 'shareCopied'
  | 'guidesPath' | 'errorsPath' | 'guidesLabel' | 'errorsLabel' | 'largeLoaded' | 'searchPath' | 'searchFor',
  string
>;

const DEBOUNCE_MS = 120;

/**
 * Logs longer than this are not put in the textarea whole: laying out 5 MB of text costs the
 * main thread about two seconds (measured in Chromium), so the box shows the tail read-only
 * while the whole log is looked up.
 */
const LARGE_TEXT = 200_000;
/** Lines of a large log the box shows. */
const PREVIEW_LINES = 300;
/** At most this much of a large log goes in the box: one 10 MB line would freeze the layout like 5 MB of lines. */
const PREVIEW_CHARS = 100_000;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** `text` split at the highlight ranges, with the matched parts in `<mark>`. */
function highlighted(text: string, ranges: readonly Range[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at || end <= start) continue;
    fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * `<sapjil-lookup>`: a paste box whose text is matched against the known errors in a Web
 * Worker; results render as cards (most likely first) and are announced to screen readers.
 * Everything stays in the browser: shared links carry the redacted text in the URL fragment.
 */
export class SapjilLookup extends HTMLElement {
  #worker: Worker | undefined;
  #seq = 0;
  #lookupSeq = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending = new Map<number, (response: LookupResponse) => void>();
  #pasteStarted = 0;
  /** The text being looked up: the textarea's, or a large log the textarea only previews. */
  #text = '';

  get #input() { return this.querySelector<HTMLTextAreaElement>('textarea')!; }
  get #status() { return this.querySelector<HTMLElement>('[data-lookup-status]')!; }
  get #results() { return this.querySelector<HTMLElement>('[data-lookup-results]')!; }
  get #lang() { return (this.dataset['lang'] ?? 'en') as Locale; }
  get #strings() { return JSON.parse(this.dataset['strings'] ?? '{}') as LookupStrings; }
  get #guides() { return JSON.parse(this.dataset['guides'] ?? '{}') as GuideDirectory; }
  get #base() { return this.dataset['base'] ?? '/'; }

  connectedCallback() {
    this.#worker = new Worker(new URL('./lookup-worker.ts', import.meta.url), { type: 'module', name: 'sapjil-lookup' });
    this.#worker.addEventListener('message', (event: MessageEvent<LookupResponse>) => {
      const resolve = this.#pending.get(event.data.seq);
      this.#pending.delete(event.data.seq);
      resolve?.(event.data);
    });
    const form = this.querySelector('form');
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.run();
    });
    this.#input.addEventListener('paste', (event) => {
      this.#pasteStarted = performance.now();
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length > LARGE_TEXT) {
        event.preventDefault();
        this.#loadLarge(text);
        void this.run();
      }
    });
    this.#input.addEventListener('input', (event) => {
      this.#text = this.#input.value;
      // A paste or drop is a finished text: answer at once. Typing waits for a pause.
      const type = (event as InputEvent).inputType;
      if (type === 'insertFromPaste' || type === 'insertFromDrop') void this.run();
      else this.#schedule();
    });
    this.querySelector('[data-lookup-clear]')?.addEventListener('click', () => {
      this.#setText('');
      this.#results.replaceChildren();
      this.#status.textContent = '';
      history.replaceState(null, '', location.pathname + location.search);
      this.#input.focus();
    });
    this.querySelector<HTMLInputElement>('input[type=file]')?.addEventListener('change', (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void this.#readFile(file);
    });
    // Files dropped anywhere on the box are read; dropped text goes into the textarea as usual.
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    this.addEventListener('dragover', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      this.classList.add('dragging');
    });
    this.addEventListener('dragleave', () => this.classList.remove('dragging'));
    this.addEventListener('drop', (event) => {
      this.classList.remove('dragging');
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void this.#readFile(file);
    });
    this.querySelector('[data-lookup-share]')?.addEventListener('click', () => void this.#share());
    void this.#openShared();
  }

  disconnectedCallback() {
    this.#worker?.terminate();
  }

  #ask(request: UnnumberedRequest): Promise<LookupResponse> {
    const seq = ++this.#seq;
    return new Promise((resolve) => {
      this.#pending.set(seq, resolve);
      this.#worker?.postMessage({ ...request, seq });
    });
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Shows `text` in the box, or only a read-only tail of it when it is large. */
  #setText(text: string) {
    this.#text = text;
    this.#input.readOnly = false;
    this.querySelector('[data-lookup-large]')?.remove();
    if (text.length > LARGE_TEXT) this.#loadLarge(text);
    else this.#input.value = text;
  }

  #loadLarge(text: string) {
    this.#text = text;
    // Walk back over the last lines instead of splitting 5 MB into an array of lines.
    let start = text.length;
    for (let n = 0; n < PREVIEW_LINES && start > 0; n++) start = text.lastIndexOf('\n', start - 1);
    start = Math.max(start, text.length - PREVIEW_CHARS - 1);
    let lineCount = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCount++;
    this.#input.value = text.slice(start + 1);
    this.#input.readOnly = true;
    const note = el('p', { className: 'notice lookup-large' },
      fill(this.#strings.largeLoaded, { size: `${(text.length / 1e6).toFixed(1)} MB`, lines: lineCount.toLocaleString(), shown: PREVIEW_LINES }));
    note.dataset['lookupLarge'] = '';
    this.querySelector('[data-lookup-large]')?.remove();
    this.#input.after(note);
  }

  async #readFile(file: File) {
    try {
      this.#pasteStarted = performance.now();
      this.#setText(await file.text());
      await this.run();
    } catch {
      this.#status.textContent = this.#strings.fileError;
    }
  }

  async #openShared() {
    const encoded = new URLSearchParams(location.hash.slice(1)).get('log');
    if (!encoded) return;
    const response = await this.#ask({ kind: 'open', encoded });
    if (response.kind === 'open' && response.text) {
      this.#setText(response.text);
      await this.run();
    }
  }

  async #share() {
    const text = this.#text;
    if (!text.trim()) return;
    const response = await this.#ask({ kind: 'share', text });
    if (response.kind !== 'share') return;
    const url = new URL(location.href);
    url.hash = `log=${response.encoded}`;
    history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      // The address bar holds the link as well.
    }
    this.#status.textContent = this.#strings.shareCopied;
  }

  /** Looks up the current text and renders the answer; the newest request wins. */
  async run(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#input.readOnly) this.#text = this.#input.value;
    const text = this.#text;
    const strings = this.#strings;
    if (!text.trim()) {
      this.#results.replaceChildren();
      this.#status.textContent = strings.empty;
      return;
    }
    this.setAttribute('aria-busy', 'true');
    const mine = ++this.#lookupSeq;
    const response = await this.#ask({ kind: 'lookup', text, lang: this.#lang });
    // A newer lookup was asked for meanwhile (typing goes on): its answer is the one to show.
    if (response.kind !== 'lookup' || mine !== this.#lookupSeq) return;
    this.#render(response.result, response.extras);
    this.removeAttribute('aria-busy');
    if (this.#pasteStarted) {
      this.dataset['pasteToResultMs'] = String(Math.round(performance.now() - this.#pasteStarted));
      this.#pasteStarted = 0;
    }
    this.dataset['engineMs'] = String(Math.round(response.ms));
  }

  #render(result: LookupResult, extras: Record<string, MatchExtras>) {
    const s = this.#strings;
    const notes: string[] = [];
    if (result.tooLarge) notes.push(fill(s.tooLarge, { size: '8 MB' }));
    if (result.truncated) notes.push(s.truncated);
    const shown = result.matches;
    if (shown.length === 0) {
      const help = el('p', {}, s.noneHelp, ' ',
        el('a', { href: s.guidesPath }, s.guidesLabel), ' · ', el('a', { href: s.errorsPath }, s.errorsLabel));
      const none = el('li', { className: 'lookup-none' }, el('p', {}, s.none));
      // Nothing known: the line that failed may still be in a guide's text.
      const query = result.failingLine ? errorLineQuery(result.failingLine.text) : '';
      if (query !== '') {
        const href = `${s.searchPath}?q=${encodeURIComponent(result.failingLine?.text ?? query)}`;
        none.append(el('p', { className: 'lookup-search' }, s.searchFor, ' ', el('a', { href }, el('code', {}, result.failingLine?.text ?? query))));
      }
      none.append(help);
      this.#results.replaceChildren(none);
      this.#status.textContent = [s.none, ...notes].join(' ');
      return;
    }
    this.#results.replaceChildren(...shown.map((m) => this.#card(m, extras[m.id])));
    this.#status.textContent = [fill(s.found, { count: shown.length }), ...notes].join(' ');
  }

  #card(match: LookupMatch, extra: MatchExtras | undefined): HTMLElement {
    const s = this.#strings;
    const guide = this.#guides[match.guide];
    const href = guide ? `${guide.path}#${match.anchor}` : `${this.#base}errors/${match.id}/`;
    // One level below the box's own title: h2 under the lookup page's h1, h3 under the home page's h2.
    const level = this.querySelector('.lookup-title')?.tagName === 'H1' ? 'h2' : 'h3';
    const title = el(level, {}, el('a', { href }, guide?.title ?? match.id));
    if (guide && guide.lang !== this.#lang) title.lang = guide.lang;
    const confidence = el('p', { className: `confidence confidence-${match.confidence}` }, s[match.confidence]);
    const message = el('p', { className: 'lookup-message' }, el('code', {}, extra?.message ?? match.id));
    const lines = el('ol', { className: 'lookup-lines', ariaLabel: s.matchedLines });
    for (const hit of match.hits) {
      lines.append(el('li', {}, el('span', { className: 'line-number' }, fill(s.line, { line: hit.line })), el('code', {}, highlighted(hit.text, hit.ranges))));
    }
    const card = el('li', { className: 'lookup-card' }, title, confidence, message, lines);
    card.dataset['errorId'] = match.id;
    card.dataset['confidence'] = match.confidence;
    if (extra?.links.length) {
      card.append(el('p', { className: 'lookup-your-fix' }, s.yourFix),
        el('ul', { className: 'lookup-links' }, ...extra.links.map((l) => el('li', {}, el('a', { href: l.url, rel: 'noopener' }, l.label)))));
    }
    card.append(el('p', { className: 'lookup-actions' },
      el('a', { className: 'button primary', href }, s.openGuide), ' ',
      el('a', { href: `${this.#base}errors/${match.id}/` }, s.permalink)));
    return card;
  }
}

customElements.define('sapjil-lookup', SapjilLookup);
