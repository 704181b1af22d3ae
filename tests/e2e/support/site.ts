import { expect, type Locator, type Page } from '@playwright/test';

/** The two reader languages, in the order the site offers them. */
export const LANGS = ['en', 'ko'] as const;

/** A reader language. */
export type Lang = (typeof LANGS)[number];

/** The language that is not `lang`. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'ko' : 'en');

/** The public origin the site is built for (`site` in astro.config.mjs); head tags and feeds use it. */
export const PUBLIC_ORIGIN = 'https://sapjil.dev';

/** Slug of the real guide every site test reads. */
export const GUIDE_SLUG = 'ghcr-write-package-permission';

/** Site path of a language's home page. */
export const homePath = (lang: Lang) => `/${lang}/`;

/** Site path of a guide page (the real guide unless another slug is given). */
export const guidePath = (lang: Lang, slug: string = GUIDE_SLUG) => `/${lang}/guides/${slug}/`;

/** Site path of the all-guides list. */
export const guidesPath = (lang: Lang) => `/${lang}/guides/`;

/** Site path of the tag index. */
export const tagsPath = (lang: Lang) => `/${lang}/tags/`;

/** Site path of one tag page. */
export const tagPath = (lang: Lang, tagSlug: string) => `/${lang}/tags/${tagSlug}/`;

/** Site path of the error lookup page. */
export const lookupPath = (lang: Lang) => `/${lang}/lookup/`;

/** Site path of the list of known errors. */
export const errorsPath = (lang: Lang) => `/${lang}/errors/`;

/** Site path of an error's language-neutral permanent link. */
export const errorPermalinkPath = (id: string) => `/errors/${id}/`;

/** The public, absolute URL of a site path, as head tags, feeds and the sitemap write it. */
export const publicUrl = (path: string) => new URL(path, PUBLIC_ORIGIN).href;

/** The words a reader sees, per language, that the tests look for. */
export const UI = {
  en: {
    languageNav: 'Language',
    languageName: 'English',
    toc: 'Contents',
    themeToggle: 'Dark theme',
    linkCopied: 'Link copied',
    headingLink: (heading: string) => `Copy link to section “${heading}”`,
    copyPageLink: 'Copy link to this page',
    report: 'Report a problem with this guide',
    popular: 'Start here',
    notFound: 'Page not found',
    notFoundHome: 'Go to the English home page',
  },
  ko: {
    languageNav: '언어',
    languageName: '한국어',
    toc: '목차',
    themeToggle: '다크 테마',
    linkCopied: '링크를 복사했습니다',
    headingLink: (heading: string) => `“${heading}” 섹션 링크 복사`,
    copyPageLink: '이 페이지 링크 복사',
    report: '이 가이드의 문제 알리기',
    popular: '먼저 읽어 볼 가이드',
    notFound: '페이지를 찾을 수 없습니다',
    notFoundHome: '한국어 홈으로 가기',
  },
} as const;

/** Computed background colours of the two themes' `--bg`. */
export const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' } as const;

/** The guide's body (the rendered MDX), where section headings and code blocks live. */
export const guideBody = (page: Page): Locator => page.locator('.guide-body');

/** Ids of the h2/h3 section headings in the guide body, in document order. */
export async function sectionIds(page: Page): Promise<string[]> {
  return guideBody(page).locator('h2, h3').evaluateAll((els) => els.map((el) => el.id));
}

/** The language switch link to `to`, as a reader on a `from` page sees it. */
export function languageLink(page: Page, from: Lang, to: Lang): Locator {
  return page.getByRole('navigation', { name: UI[from].languageNav }).getByRole('link', { name: UI[to].languageName });
}

/** Text on the clipboard (the context must have been granted `clipboard-read`). */
export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Asserts the page was scrolled down to show `target` (not merely showing it at the top). */
export async function expectScrolledTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
}

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` as numbers; junk gives black. */
function parseRgb(css: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}

/** WCAG contrast ratio of `fg` drawn at `opacity` over the opaque `bg` (both CSS `rgb()` strings). */
export function contrastRatio(fg: string, bg: string, opacity = 1): number {
  const back = parseRgb(bg);
  const front = parseRgb(fg).map((c, i) => c * opacity + (back[i] ?? 0) * (1 - opacity));
  const luminance = (rgb: readonly number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(front), luminance(back)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
