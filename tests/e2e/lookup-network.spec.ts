import { expect, test, type Page } from '@playwright/test';
import { ERROR_IDS, LOOKUP_UI, lookupInput, openLookup, pasteIntoLookup, readLog, resultCard } from './support/lookup.ts';
import { errorsPath, guidePath, homePath, LANGS, lookupPath, tagsPath } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Every URL the page's context requests from now on (the page, its frames and its workers). */
function recordRequests(page: Page): string[] {
  const requested: string[] = [];
  page.context().on('request', (request) => requested.push(request.url()));
  return requested;
}

/** The lookup's engine: the worker bundle and the element's script, as Astro names them. */
const isLookupCode = (url: string) => /lookup-worker|ErrorLookup/.test(url);

test('once the lookup page has loaded, pasting a log and getting the answer makes no request at all', async ({ page }) => {
  const worker = page.waitForEvent('worker');
  await page.goto(lookupPath('en'), { waitUntil: 'networkidle' });
  expect((await worker).url()).toMatch(/lookup-worker/);
  await page.waitForLoadState('networkidle');

  const requested = recordRequests(page);
  await pasteIntoLookup(page, readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log'));
  await expect(resultCard(page, ERROR_IDS.writePackage)).toBeVisible();
  await page.getByRole('button', { name: LOOKUP_UI.en.submit }).click();
  await expect(resultCard(page, ERROR_IDS.writePackage)).toBeVisible();
  expect(requested).toEqual([]);
});

test('the lookup page requests nothing from another origin, from loading through a lookup to sharing it', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requested = recordRequests(page);
  await openLookup(page, 'ko');
  await lookupInput(page).fill(readLog('ghcr-installation-not-allowed/buildx-write-organization-package.log'));
  await expect(resultCard(page, ERROR_IDS.orgPackage)).toBeVisible();
  await page.getByRole('button', { name: LOOKUP_UI.ko.share }).click();
  await expect(page).toHaveURL(/#log=/);
  await page.reload({ waitUntil: 'networkidle' });
  await expect(resultCard(page, ERROR_IDS.orgPackage)).toBeVisible();

  expect(requested.some(isLookupCode)).toBe(true);
  const elsewhere = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('pressing "Find the fix" sends none of the pasted text to the server', async ({ page }) => {
    const requested = recordRequests(page);
    await page.goto(lookupPath('en'));
    await lookupInput(page).fill('Error: buildx failed with: ERROR: failed to push ghcr.io/octo-org/web-app:1.4.2: denied: permission_denied: write_package');
    await page.getByRole('button', { name: LOOKUP_UI.en.submit }).click();
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /octo-org|write_package/.test(decodeURIComponent(url)))).toEqual([]);
  });
});

test.describe('the lookup engine ships only with the lookup box', () => {
  for (const lang of LANGS) {
    for (const [name, path] of [['guide page', guidePath(lang)], ['tag index', tagsPath(lang)], ['known errors list', errorsPath(lang)]] as const) {
      test(`the ${lang} ${name} loads neither the lookup script nor its worker`, async ({ page }) => {
        const requested = recordRequests(page);
        await page.goto(path, { waitUntil: 'networkidle' });
        expect(requested.length).toBeGreaterThan(1);
        expect(requested.filter(isLookupCode)).toEqual([]);
        expect(page.workers()).toEqual([]);
      });
    }
    for (const [name, path] of [['home page', homePath(lang)], ['lookup page', lookupPath(lang)]] as const) {
      test(`the ${lang} ${name} loads the lookup script and starts its worker`, async ({ page }) => {
        const requested = recordRequests(page);
        await page.goto(path, { waitUntil: 'networkidle' });
        expect(requested.filter((url) => url.includes('ErrorLookup'))).toHaveLength(1);
        expect(requested.filter((url) => url.includes('lookup-worker'))).toHaveLength(1);
        expect(page.workers().map((w) => w.url())).toEqual([expect.stringContaining('lookup-worker')]);
      });
    }
  }
});
