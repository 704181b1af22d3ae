// On every page: the header button, `/` and Ctrl/Cmd-K open search. The search code and
// Pagefind load on the first opening, never before.

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/** Opens search: focuses the search page's own field, or shows the dialog (loading its code once). */
export async function openSearch(): Promise<void> {
  const pageInput = document.querySelector<HTMLInputElement>('.search-panel-page input[type=search]');
  if (pageInput) {
    pageInput.focus();
    pageInput.select();
    return;
  }
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  if (!dialog) return;
  await import('./search-panel.ts');
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
}

/** Wires the search button, the keyboard shortcuts and the dialog's close controls. */
export function initSearchLauncher(): void {
  const button = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  button?.addEventListener('click', (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void openSearch();
  });
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const commandK = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    void openSearch();
  });
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its box) closes it.
  dialog?.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
