import { expect, type Locator, type Page } from '@playwright/test';
import type { Lang } from './site.ts';

/** Site path of the search page, with a query when given. */
export const searchPath = (lang: Lang, query?: string) => `/${lang}/search/${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`;

/** The search's words, per language, that the tests look for. */
export const SEARCH_UI = {
  en: {
    open: 'Search',
    label: 'Search the guides',
    close: 'Close search',
    results: (count: number, query: string) => `${count} guides for “${query}”.`,
    none: (query: string) => `No guide matches “${query}”.`,
    knownFix: 'Known fix',
    platform: 'Platform or tool',
    section: 'Section:',
    pageLink: 'Open these results as a page',
    searchFor: 'Search the guides for the line that failed:',
  },
  ko: {
    open: '검색',
    label: '가이드 검색',
    close: '검색 닫기',
    results: (count: number, query: string) => `“${query}” 검색 결과: 가이드 ${count}개`,
    none: (query: string) => `“${query}”에 맞는 가이드가 없습니다.`,
    knownFix: '알려진 해결 방법',
    platform: '플랫폼·도구',
    section: '섹션:',
    pageLink: '이 결과를 검색 페이지로 열기',
    searchFor: '실패한 줄로 가이드 검색:',
  },
} as const;

/** The search panel in view: the search page's, or the open dialog's. */
export const searchPanel = (page: Page): Locator => page.locator('sapjil-search:visible');

/** The panel's search field. */
export const searchBox = (page: Page, lang: Lang): Locator => searchPanel(page).getByRole('searchbox', { name: SEARCH_UI[lang].label });

/** The panel's live status line. */
export const searchStatus = (page: Page): Locator => searchPanel(page).locator('[data-search-status]');

/** The full-text result cards, best first. */
export const searchResults = (page: Page): Locator => searchPanel(page).locator('[data-search-results] > li');

/** The title link of each full-text result. */
export const resultTitles = (page: Page): Locator => searchResults(page).locator('h3 a');

/** The "Known fix" cards a pasted error gets. */
export const knownFixCards = (page: Page): Locator => searchPanel(page).locator('[data-search-known-list] > li');

/** Opens the search page and waits until its script runs. */
export async function openSearchPage(page: Page, lang: Lang, query?: string): Promise<void> {
  await page.goto(searchPath(lang, query));
  await expect(page.locator('sapjil-search:defined')).toBeAttached();
}
