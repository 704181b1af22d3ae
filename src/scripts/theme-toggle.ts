/** Key under which the reader's explicit theme choice is stored. */
export const THEME_STORAGE_KEY = 'sapjil-theme';

/** The theme in effect: the explicit choice on `<html data-theme>`, else the system's. */
function effectiveTheme(): 'light' | 'dark' {
  const set = document.documentElement.dataset['theme'];
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Wires every `[data-theme-toggle]` button: pressed means dark; a click stores the choice. */
export function initThemeToggle(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => {
    const dark = effectiveTheme() === 'dark';
    for (const b of buttons) b.setAttribute('aria-pressed', String(dark));
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(THEME_STORAGE_KEY, next);
      } catch {
        // Private modes may refuse storage; the choice then lasts for this page only.
      }
      sync();
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  sync();
}
