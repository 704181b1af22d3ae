import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  cardGuideLink,
  ERROR_ANCHORS,
  ERROR_IDS,
  logFixturePath,
  LOOKUP_UI,
  lookupBox,
  lookupInput,
  lookupStatus,
  openLookup,
  pasteIntoLookup,
  randomAlphanumeric,
  readLog,
  resultCard,
  resultItems,
} from './support/lookup.ts';
import { errorsPath, guidePath, guidesPath, homePath, LANGS, lookupPath, type Lang } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Site path of the guide section a known error sends a reader of `lang` to. */
const sectionHref = (lang: Lang, id: string) => `${guidePath(lang)}#${ERROR_ANCHORS[id]}`;

/** Puts text into the box the way `how` says: Playwright's fill, or a real clipboard paste. */
async function enter(page: Page, how: 'fill' | 'paste', text: string) {
  if (how === 'fill') await lookupInput(page).fill(text);
  else await pasteIntoLookup(page, text);
}

// Two real logs of the write_package error whose failing line names the image, so the fix links can be filled in.
const WRITE_PACKAGE_LOGS = [
  { how: 'fill', file: 'build-push-action-failed-to-push.log', line: 1, owner: 'matrixinfer-ai', image: 'registry-webhook' },
  { how: 'paste', file: 'buildah-podman-writing-blob.log', line: 1, owner: 'tuna-os', image: 'flounder-sid' },
] as const;

for (const lang of LANGS) {
  const ui = LOOKUP_UI[lang];
  test.describe(`on ${lookupPath(lang)}`, () => {
    for (const { how, file, line, owner, image } of WRITE_PACKAGE_LOGS) {
      test(`a ${how === 'fill' ? 'filled-in' : 'clipboard-pasted'} write_package log (${file}) shows a ${lang} card: guide link to #causes, confidence, numbered highlighted line, fix links for ${owner}/${image}`, async ({ page }) => {
        await openLookup(page, lang);
        await enter(page, how, readLog(`ghcr-permission-denied-write-package/${file}`));

        await expect(lookupStatus(page)).toHaveText(ui.found(1));
        await expect(resultItems(page)).toHaveCount(1);
        const card = resultCard(page, ERROR_IDS.writePackage);
        await expect(cardGuideLink(card)).toHaveText(ui.guideTitle);
        await expect(cardGuideLink(card)).toHaveAttribute('href', sectionHref(lang, ERROR_IDS.writePackage));
        await expect(card.getByText(ui.high, { exact: true })).toBeVisible();

        const lines = card.getByRole('list', { name: ui.matchedLines }).getByRole('listitem');
        await expect(lines).toHaveCount(1);
        await expect(lines).toContainText(ui.line(line));
        await expect(lines.locator('mark')).toContainText('denied: permission_denied: write_package');

        const userSettings = card.getByRole('link', { name: ui.userPackage(owner, image) });
        await expect(userSettings).toHaveAttribute('href', `https://github.com/users/${owner}/packages/container/${image}/settings`);
        await expect(card.getByRole('link', { name: new RegExp(`${owner}/${image}`) })).toHaveCount(2);
        await expect(card.locator(`a[href="https://github.com/orgs/${owner}/packages/container/${image}/settings"]`)).toHaveCount(1);

        if (how === 'paste') {
          // The element times a real paste to its answer (used by the 5 MB test); a paste must set it.
          await expect(lookupBox(page)).toHaveAttribute('data-paste-to-result-ms', /^\d+$/);
        }
      });
    }

    test(`an organization package log (buildx) shows a ${lang} card that links to #fix-org-package-creation and the organization's settings`, async ({ page }) => {
      await openLookup(page, lang);
      await pasteIntoLookup(page, readLog('ghcr-installation-not-allowed/buildx-write-organization-package.log'));

      await expect(resultItems(page)).toHaveCount(1);
      const card = resultCard(page, ERROR_IDS.orgPackage);
      await expect(cardGuideLink(card)).toHaveAttribute('href', sectionHref(lang, ERROR_IDS.orgPackage));
      await expect(card.getByText(ui.high, { exact: true })).toBeVisible();
      // The three lines that name the push (of 13), each numbered as in the pasted log.
      const lines = card.getByRole('list', { name: ui.matchedLines }).getByRole('listitem');
      await expect(lines).toHaveCount(3);
      await expect(lines.nth(0)).toContainText(ui.line(6));
      await expect(lines.nth(2)).toContainText(ui.line(13));
      await expect(lines.nth(0).locator('mark')).toContainText('installation not allowed to Write organization package');
      await expect(card.getByRole('link', { name: ui.orgCreation('eth-act') })).toHaveAttribute('href', 'https://github.com/organizations/eth-act/settings/packages');
      await expect(card.locator('a[href="https://github.com/orgs/eth-act/packages/container/ere%2Fere-base/settings"]')).toHaveCount(1);
    });
  });
}

test.describe('several errors in one paste', () => {
  const dockerOrg = readLog('ghcr-installation-not-allowed/docker-cli-write-organization-package.log');
  const buildxWrite = readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log');
  const dockerWrite = readLog('ghcr-permission-denied-write-package/docker-cli-push.log');
  const buildxOrg = readLog('ghcr-installation-not-allowed/buildx-write-organization-package.log');
  // In each paste the error a failing `buildx` step reports is the likelier one, whichever comes first.
  const cases = [
    { name: 'docker push (org package) then buildx (write_package)', text: dockerOrg + buildxWrite, order: [ERROR_IDS.writePackage, ERROR_IDS.orgPackage] },
    { name: 'docker push (write_package) then buildx (org package)', text: dockerWrite + buildxOrg, order: [ERROR_IDS.orgPackage, ERROR_IDS.writePackage] },
  ];
  for (const { name, text, order } of cases) {
    test(`${name}: one card per error, the most likely first`, async ({ page }) => {
      await openLookup(page, 'en');
      await lookupInput(page).fill(text);
      await expect(lookupStatus(page)).toHaveText(LOOKUP_UI.en.found(2));
      await expect(resultItems(page)).toHaveCount(2);
      expect(await resultItems(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['errorId']))).toEqual(order);
      const rank = { high: 2, medium: 1, low: 0 } as Record<string, number>;
      const confidences = await resultItems(page).evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['confidence'] ?? ''));
      expect(rank[confidences[0] ?? ''] ?? -1).toBeGreaterThanOrEqual(rank[confidences[1] ?? ''] ?? -1);
    });
  }
});

test.describe('failures Sapjil does not know', () => {
  const unrelated = {
    'a TypeScript compiler error': [
      '> web@1.0.0 typecheck',
      '> tsc --noEmit',
      '',
      "src/api/client.ts(42,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "src/api/client.ts(57,19): error TS2339: Property 'retries' does not exist on type 'Options'.",
      '',
      'Found 2 errors in the same file, starting at: src/api/client.ts:42',
      '',
      'Error: Process completed with exit code 2.',
    ].join('\n'),
    'a failing jest test': [
      'FAIL src/math/sum.test.ts',
      '  ● sum › adds 1 + 2 to equal 3',
      '',
      '    expect(received).toBe(expected) // Object.is equality',
      '',
      '    Expected: 3',
      '    Received: 4',
      '',
      'Tests:       1 failed, 11 passed, 12 total',
      'npm ERR! Test failed.  See above for more details.',
      'Error: Process completed with exit code 1.',
    ].join('\n'),
    // A real Rust compile failure (held-out evaluation set).
    'a Rust compile error': readLog('../eval/other/cargo-install-e0308-could-not-compile.log'),
  };
  for (const lang of LANGS) {
    const ui = LOOKUP_UI[lang];
    for (const [name, text] of Object.entries(unrelated)) {
      test(`${lang}: ${name} gives the "no known error" answer with links to all guides and known errors, and no high or medium card`, async ({ page }) => {
        await openLookup(page, lang);
        await lookupInput(page).fill(text);
        await expect(lookupStatus(page)).toHaveText(ui.none);
        const answer = resultItems(page).filter({ hasText: ui.none });
        await expect(answer).toHaveCount(1);
        await expect(answer.getByRole('link', { name: ui.allGuides })).toHaveAttribute('href', guidesPath(lang));
        await expect(answer.getByRole('link', { name: ui.knownErrors })).toHaveAttribute('href', errorsPath(lang));
        await expect(lookupBox(page).locator('[data-confidence="high"], [data-confidence="medium"]')).toHaveCount(0);
      });
    }
  }
});

test('a shared lookup link carries no secret, not even encoded, and re-runs the lookup when opened', async ({ page, context }) => {
  // Secret-shaped values are made here at run time, so no token-like string sits in the repository.
  const token = `ghp_${randomAlphanumeric(36)}`;
  const bearer = randomAlphanumeric(48);
  const log = [
    'Run docker/login-action@v3',
    `+ echo ${token} | docker login ghcr.io -u octo-bot --password-stdin`,
    'Login Succeeded',
    `+ curl -sS -H "Authorization: Bearer ${bearer}" https://ghcr.io/v2/octo-org/web-app/tags/list`,
    '#13 exporting to image',
    '#13 pushing layers 0.7s done',
    '#13 ERROR: failed to push ghcr.io/octo-org/web-app:1.4.2: denied: permission_denied: write_package',
    'Error: buildx failed with: ERROR: failed to build: failed to solve: failed to push ghcr.io/octo-org/web-app:1.4.2: denied: permission_denied: write_package',
  ].join('\n');

  await openLookup(page, 'en');
  await lookupInput(page).fill(log);
  const card = resultCard(page, ERROR_IDS.writePackage);
  const fixLink = card.getByRole('link', { name: LOOKUP_UI.en.userPackage('octo-org', 'web-app') });
  await expect(fixLink).toBeVisible();
  const titleHref = await cardGuideLink(card).getAttribute('href');
  const fixHref = await fixLink.getAttribute('href');

  await page.getByRole('button', { name: LOOKUP_UI.en.share }).click();
  await expect(lookupStatus(page)).toHaveText(LOOKUP_UI.en.shareCopied);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toBe(lookupPath('en'));
  expect(new URL(link).hash).toMatch(/^#log=[\w-]+$/);
  for (const text of [link, decodeURIComponent(link)]) {
    expect(text).not.toContain(token);
    expect(text).not.toContain(bearer);
  }

  const opened = await context.newPage();
  await opened.goto(link);
  await expect(resultCard(opened, ERROR_IDS.writePackage)).toBeVisible();
  const shared = await lookupInput(opened).inputValue();
  expect(shared).not.toContain(token);
  expect(shared).not.toContain(bearer);
  expect(shared).toContain('[redacted:github-token]');
  expect(shared).toContain('[redacted:authorization]');
  expect(shared).toContain('failed to push ghcr.io/octo-org/web-app:1.4.2: denied: permission_denied: write_package');
  await expect(resultItems(opened)).toHaveCount(1);
  const openedCard = resultCard(opened, ERROR_IDS.writePackage);
  await expect(cardGuideLink(openedCard)).toHaveAttribute('href', titleHref ?? '');
  await expect(openedCard.getByRole('link', { name: LOOKUP_UI.en.userPackage('octo-org', 'web-app') })).toHaveAttribute('href', fixHref ?? '');
  await expect(openedCard.getByText(LOOKUP_UI.en.high, { exact: true })).toBeVisible();
  await expect(opened.locator('body')).not.toContainText(token);
});

test.describe('log files', () => {
  const file = 'ghcr-permission-denied-write-package/buildah-podman-writing-blob.log';

  test('dropping a .log file on the box looks it up', async ({ page }) => {
    await openLookup(page, 'en');
    const text = readLog(file);
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'job-42.log', { type: 'text/plain' }));
      return transfer;
    }, text);
    await lookupInput(page).dispatchEvent('dragenter', { dataTransfer });
    await lookupInput(page).dispatchEvent('dragover', { dataTransfer });
    await lookupInput(page).dispatchEvent('drop', { dataTransfer });

    await expect(lookupInput(page)).toHaveValue(text);
    await expect(resultCard(page, ERROR_IDS.writePackage)).toBeVisible();
    await expect(lookupStatus(page)).toHaveText(LOOKUP_UI.en.found(1));
    await expect(page).toHaveURL(lookupPath('en'));
  });

  for (const lang of LANGS) {
    test(`choosing a file with "${LOOKUP_UI[lang].openFile}" looks it up (${lang})`, async ({ page }) => {
      await openLookup(page, lang);
      await page.getByLabel(LOOKUP_UI[lang].openFile).setInputFiles(logFixturePath(file));
      await expect(lookupInput(page)).toHaveValue(readLog(file));
      await expect(resultCard(page, ERROR_IDS.writePackage)).toBeVisible();
      await expect(lookupStatus(page)).toHaveText(LOOKUP_UI[lang].found(1));
    });
  }
});

test('with the keyboard alone: Tab reaches the box, "Find the fix" answers on Enter, the status announces it and the results are next in Tab order', async ({ page }) => {
  const ui = LOOKUP_UI.en;
  await openLookup(page, 'en');
  // The status region is in the accessibility tree, empty, before anything happens: a screen reader hears only changes to a region it already knows.
  await expect(lookupStatus(page)).toBeAttached();
  await expect(lookupStatus(page)).toBeEmpty();
  const input = lookupInput(page);
  const isFocused = async (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

  let presses = 0;
  for (; presses < 30 && !(await isFocused(input)); presses++) await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  expect(presses).toBeGreaterThan(0);

  await page.keyboard.insertText(readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log'));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: ui.submit })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lookupStatus(page)).toHaveText(ui.found(1));
  await expect(page).toHaveURL(lookupPath('en'));

  const guideLink = cardGuideLink(resultCard(page, ERROR_IDS.writePackage));
  for (presses = 0; presses < 10 && !(await isFocused(guideLink)); presses++) await page.keyboard.press('Tab');
  await expect(guideLink).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(resultCard(page, ERROR_IDS.writePackage).getByRole('link', { name: ui.userPackage('matrixinfer-ai', 'registry-webhook') })).toBeFocused();
});

test.describe('result headings', () => {
  const log = readLog('ghcr-permission-denied-write-package/build-push-action-failed-to-push.log');
  for (const [name, path, box, card] of [['lookup page', lookupPath('en'), 1, 2], ['home page', homePath('en'), 2, 3]] as const) {
    test(`on the ${name} the box is an h${box} and each result card an h${card}, so the outline skips no level`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('sapjil-lookup:defined')).toBeAttached();
      await expect(lookupBox(page).getByRole('heading', { level: box, name: LOOKUP_UI.en.title })).toBeVisible();
      await lookupInput(page).fill(log);
      await expect(resultCard(page, ERROR_IDS.writePackage).getByRole('heading', { level: card, name: LOOKUP_UI.en.guideTitle })).toBeVisible();
    });
  }
});
