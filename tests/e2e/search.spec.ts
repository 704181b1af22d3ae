import { expect, test } from '@playwright/test';
import { ERROR_IDS, LOOKUP_UI, lookupInput, openLookup, readLog } from './support/lookup.ts';
import {
  knownFixCards,
  openSearchPage,
  resultTitles,
  SEARCH_UI,
  searchBox,
  searchPanel,
  searchPath,
  searchResults,
  searchStatus,
} from './support/search.ts';
import { guidePath, LANGS, lookupPath } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const GHCR_TITLE = { en: LOOKUP_UI.en.guideTitle, ko: LOOKUP_UI.ko.guideTitle } as const;
// A real buildx failure (tests/fixtures/logs), several lines as copied from a job log.
const WRITE_PACKAGE_LOG = readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log');

for (const lang of LANGS) {
  const ui = SEARCH_UI[lang];

  test(`typing on the ${lang} search page shows results as you type, with highlighted excerpt, section and tags, and the URL follows`, async ({ page }) => {
    await openSearchPage(page, lang);
    await searchBox(page, lang).pressSequentially('write_package', { delay: 20 });
    await expect(page).toHaveURL(new RegExp(`/${lang}/search/\\?q=write_package$`));
    await expect(resultTitles(page).first()).toHaveText(GHCR_TITLE[lang]);
    const first = searchResults(page).first();
    await expect(first.locator('.search-result-excerpt mark').first()).toHaveText(/write_package/i);
    await expect(first.getByText(ui.section)).toBeVisible();
    await expect(first.locator('.search-result-tags li', { hasText: 'GitHub Actions' })).toBeVisible();
    // The status counts every match; the list shows the first five, and "more" the rest.
    const total = Number((await searchStatus(page).textContent())?.match(/\d+/)?.[0]);
    await expect(searchStatus(page)).toContainText(ui.results(total, 'write_package'));
    await expect(searchResults(page)).toHaveCount(Math.min(total, 5));
  });

  test(`a ${lang} ?q= link runs the search on load`, async ({ page }) => {
    await openSearchPage(page, lang, 'write_package');
    await expect(searchBox(page, lang)).toHaveValue('write_package');
    await expect(resultTitles(page).first()).toHaveText(GHCR_TITLE[lang]);
  });

  test(`/ and Ctrl+K open the ${lang} search dialog from a guide page; Escape closes it; / typed into a field stays text`, async ({ page }) => {
    await page.goto(guidePath(lang));
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await expect(searchBox(page, lang)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.keyboard.press('Control+K');
    await expect(dialog).toBeVisible();
    await page.getByRole('button', { name: ui.close }).click();
    await expect(dialog).toBeHidden();

    await openLookup(page, lang);
    await lookupInput(page).focus();
    await page.keyboard.type('a/b');
    await expect(lookupInput(page)).toHaveValue('a/b');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test(`from the ${lang} header button: results by keyboard, Enter opens the guide with the searched words highlighted`, async ({ page }) => {
    await page.goto(guidePath(lang, 'npm-install-failures'));
    await page.getByRole('link', { name: ui.open, exact: true }).click();
    await searchBox(page, lang).fill('write_package');
    await expect(resultTitles(page).first()).toHaveText(GHCR_TITLE[lang]);
    await page.keyboard.press('ArrowDown');
    await expect(resultTitles(page).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${guidePath(lang)}\\?highlight=write_package`));
    await expect(page.locator('.guide mark.search-highlight').first()).toHaveText(/write_package/);
  });

  test(`pasting a multi-line error log into the ${lang} search shows the lookup's known fix first, then guides for the failing line`, async ({ page }) => {
    await openSearchPage(page, lang);
    await page.evaluate((text) => navigator.clipboard.writeText(text), WRITE_PACKAGE_LOG);
    await searchBox(page, lang).focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(searchPanel(page).getByRole('heading', { name: ui.knownFix })).toBeVisible();
    const known = knownFixCards(page).first().getByRole('link');
    await expect(known).toHaveText(GHCR_TITLE[lang]);
    await expect(known).toHaveAttribute('href', `${guidePath(lang)}#causes`);
    await expect(resultTitles(page).first()).toBeVisible();
    // The search page's URL holds the query, so the pasted error can be linked too.
    await expect(page).toHaveURL(/\?q=.*write_package/);
  });
}

test('Korean particles and verb endings find what the bare word finds (권한을, 푸시했는데)', async ({ page }) => {
  await openSearchPage(page, 'ko', '권한을');
  await expect(resultTitles(page).filter({ hasText: GHCR_TITLE.ko })).toHaveCount(1);
  await expect(searchResults(page).first().locator('.search-result-excerpt mark').first()).toHaveText('권한');

  await searchBox(page, 'ko').fill('레지스트리에 푸시했는데');
  await expect(searchStatus(page)).toContainText('“레지스트리에 푸시했는데” 검색 결과');
  expect(await searchResults(page).count()).toBeGreaterThan(0);
});

test('a Korean typo in the last syllable and a Hangul tool name still find the guide (레지스트라, 도커)', async ({ page }) => {
  await openSearchPage(page, 'ko', 'ghcr 레지스트라 권한');
  await expect(resultTitles(page).filter({ hasText: GHCR_TITLE.ko })).toHaveCount(1);
  await searchBox(page, 'ko').fill('도커 데몬 연결');
  await expect(resultTitles(page).first()).toBeVisible();
});

test('on the search page, / and Ctrl+K focus its own field instead of opening a dialog', async ({ page }) => {
  await openSearchPage(page, 'en', 'docker');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+K');
  await expect(searchBox(page, 'en')).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('results come five at a time; "Show more results" adds the next five and moves focus to them', async ({ page }) => {
  await openSearchPage(page, 'en', 'docker');
  await expect(searchResults(page)).toHaveCount(5);
  await searchPanel(page).getByRole('button', { name: 'Show more results' }).click();
  await expect(searchResults(page)).toHaveCount(10);
  await expect(resultTitles(page).nth(5)).toBeFocused();
});

test('filters narrow the results by platform and are kept in the URL', async ({ page }) => {
  await openSearchPage(page, 'en', 'denied');
  await expect(resultTitles(page).first()).toBeVisible();
  const before = await searchResults(page).count();
  await searchPanel(page).getByText('Filters', { exact: true }).click();
  const npm = searchPanel(page).getByRole('group', { name: SEARCH_UI.en.platform }).getByRole('checkbox', { name: /^npm \(/ });
  await npm.check();
  await expect(page).toHaveURL(/platform=npm/);
  await expect.poll(() => searchResults(page).count()).toBeLessThan(before);
  for (const card of await searchResults(page).all()) await expect(card.locator('.search-result-tags li', { hasText: /^npm$/ })).toHaveCount(1);

  await page.reload();
  await expect(searchPanel(page).getByRole('checkbox', { name: /^npm \(/ })).toBeChecked();
});

test('a query nothing matches says so plainly', async ({ page }) => {
  // Pagefind falls back to the longest prefix it knows, so the query must share no prefix at all.
  await openSearchPage(page, 'en', 'ㅋㅋㅋㅋ');
  await expect(searchStatus(page)).toContainText(SEARCH_UI.en.none('ㅋㅋㅋㅋ'));
  await expect(searchResults(page)).toHaveCount(0);
});

test('nothing of the search loads until it is first opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(guidePath('en'));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.includes('/pagefind/') || path.includes('search-panel'))).toEqual([]);
  await page.keyboard.press('/');
  await searchBox(page, 'en').fill('docker');
  await expect(resultTitles(page).first()).toBeVisible();
  expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('the dialog links the same search as a page', async ({ page }) => {
  await page.goto(guidePath('en'));
  await page.keyboard.press('/');
  await searchBox(page, 'en').fill('write_package');
  await expect(resultTitles(page).first()).toBeVisible();
  await page.getByRole('link', { name: SEARCH_UI.en.pageLink }).click();
  await expect(page).toHaveURL(`${searchPath('en')}?q=write_package`);
  await expect(resultTitles(page).first()).toHaveText(GHCR_TITLE.en);
});

test('the lookup offers a full-text search for the failing line when it knows no error', async ({ page }) => {
  await page.goto(lookupPath('en'));
  await expect(page.locator('sapjil-lookup:defined')).toBeAttached();
  const line = "src/index.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.";
  await lookupInput(page).fill(`> tsc\n${line}\nError: Process completed with exit code 2.`);
  await expect(page.locator('.lookup-none')).toBeVisible();
  const link = page.locator('.lookup-none').getByRole('link', { name: line });
  await expect(page.locator('.lookup-none')).toContainText(SEARCH_UI.en.searchFor);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${searchPath('en')}\\?q=`));
  await expect(searchBox(page, 'en')).toHaveValue(line);
  await expect(searchStatus(page)).not.toBeEmpty();
});

test('guide pages index the guide only: the error ids are filters and the search-only block stays hidden', async ({ page }) => {
  await page.goto(guidePath('en'));
  const extras = page.locator('[data-search-extras]');
  await expect(extras).toBeHidden();
  await expect(extras.locator(`[data-pagefind-filter="error:${ERROR_IDS.writePackage}"]`)).toHaveCount(1);
});
