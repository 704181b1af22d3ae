import { expect, test, type Page } from '@playwright/test';
import { ERROR_IDS, lookupInput, openLookup, readLog, resultCard } from './support/lookup.ts';
import { resultTitles, searchBox } from './support/search.ts';
import { errorPermalinkPath, errorsPath, guidePath, homePath, LANGS, tagsPath } from './support/site.ts';

/** Starts recording the page's Content-Security-Policy violations (before any of its scripts run). */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...refused];
}

/** The page's policy, from its `<meta http-equiv>`. */
const policyOf = (page: Page) => page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

test('every page type carries a policy that allows no inline code without a hash and no other origin', async ({ page }) => {
  for (const path of ['/', homePath('ko'), guidePath('en'), tagsPath('ko'), errorsPath('en'), '/en/search/', '/ko/no-such-page/']) {
    await page.goto(path);
    const policy = (await policyOf(page)) ?? '';
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(policy, path).not.toMatch(/https?:\/\//);
  }
});

for (const lang of LANGS) {
  test(`the ${lang} pages run under the policy without a single violation: guide, theme switch, lookup with its worker, search with Pagefind`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(guidePath(lang));
    await page.locator('[data-theme-toggle]').first().click();
    await expect(page.locator('.expressive-code').first()).toBeVisible();

    await openLookup(page, lang);
    await lookupInput(page).fill(readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log'));
    await expect(resultCard(page, ERROR_IDS.writePackage)).toBeVisible();

    await page.goto(guidePath(lang));
    await page.keyboard.press('/');
    await searchBox(page, lang).fill('docker');
    await expect(resultTitles(page).first()).toBeVisible();
    await resultTitles(page).first().click();
    await expect(page.locator('.guide mark.search-highlight').first()).toBeVisible();

    await page.goto(errorPermalinkPath(ERROR_IDS.writePackage));
    await expect(page).toHaveURL(/\/guides\/ghcr-write-package-permission\/#causes$/);
    expect(await violations()).toEqual([]);
  });
}

test('code blocks keep their colours under the policy: token styles come from a stylesheet, not style attributes', async ({ page }) => {
  await page.goto(guidePath('en'));
  expect(await page.locator('[style]').count()).toBe(0);
  const token = page.locator('.expressive-code [data-sj-style]').first();
  await expect(token).toBeVisible();
  // Expressive Code colours tokens with var(--0) (light) and var(--1) (dark).
  expect(await token.evaluate((el) => getComputedStyle(el).getPropertyValue('--0').trim())).toMatch(/^#[0-9a-f]{6}$/i);
});
