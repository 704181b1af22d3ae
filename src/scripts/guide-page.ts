/** Messages the page script shows; the page passes them in its language. */
export interface GuidePageMessages {
  copied: string;
  copyFailed: string;
}

/** Copies text, falling back to a hidden textarea where the async clipboard is refused. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/**
 * Heading "#" links copy the section's URL (and still move to it), the page's copy-link
 * button copies the page URL, and the share button appears only where `navigator.share` exists.
 * Results are announced through a polite live region.
 */
export function initGuidePage(status: HTMLElement, messages: GuidePageMessages): void {
  let clear: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    status.textContent = text;
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ''), 4000);
  };
  const copyAndAnnounce = async (url: string) => announce((await copyText(url)) ? messages.copied : messages.copyFailed);

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const headingLink = target?.closest<HTMLAnchorElement>('a[data-heading-link]');
    if (headingLink) {
      void copyAndAnnounce(new URL(headingLink.getAttribute('href') ?? '', location.href).href);
      return;
    }
    const copyButton = target?.closest<HTMLButtonElement>('[data-copy-url]');
    if (copyButton) void copyAndAnnounce(copyButton.dataset['copyUrl'] ?? location.href);
  });

  if (typeof navigator.share === 'function') {
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share-url]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        navigator.share({ url: button.dataset['shareUrl'] ?? location.href, title: button.dataset['shareTitle'] ?? document.title })
          .catch(() => {
            // The reader closed the share sheet: nothing to report.
          });
      });
    }
  }
}
