import { expect, test } from '@playwright/test';
import { clipboardText, contrastRatio, expectScrolledTo, guideBody, guidePath, LANGS, sectionIds, UI } from './support/site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('section ids are the same ASCII ids in the English and Korean guide', async ({ page }) => {
  await page.goto(guidePath('en'));
  const en = await sectionIds(page);
  await page.goto(guidePath('ko'));
  const ko = await sectionIds(page);
  expect(en.length).toBeGreaterThan(5);
  for (const id of en) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  expect(ko).toEqual(en);
});

for (const lang of LANGS) {
  test(`every ${lang} section heading has a visible "#" control named after its section`, async ({ page }) => {
    await page.goto(guidePath(lang));
    const headings = guideBody(page).locator('h2, h3');
    const count = await headings.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i += 1) {
      const heading = headings.nth(i);
      const text = (await heading.textContent()) ?? '';
      const id = (await heading.getAttribute('id')) ?? '';
      const control = guideBody(page).getByRole('link', { name: UI[lang].headingLink(text), exact: true });
      await expect(control).toBeVisible();
      await expect(control).toHaveText(/^#/);
      await expect(control).toHaveAttribute('href', `#${id}`);
    }
  });

  test(`clicking a ${lang} section's "#" copies the section URL, announces it, and the URL opens at that section`, async ({ page, context, baseURL }) => {
    await page.goto(guidePath(lang));
    const heading = page.locator('#fix-actions-access');
    const text = (await heading.textContent()) ?? '';
    const status = page.getByRole('status');
    await expect(status).toBeEmpty();

    await guideBody(page).getByRole('link', { name: UI[lang].headingLink(text) }).click();
    const sectionUrl = new URL(`${guidePath(lang)}#fix-actions-access`, baseURL).href;
    await expect.poll(() => clipboardText(page)).toBe(sectionUrl);
    await expect(status).toHaveText(UI[lang].linkCopied);

    const fresh = await context.newPage();
    await fresh.goto(sectionUrl);
    await expectScrolledTo(fresh, fresh.locator('#fix-actions-access'));
  });
}

test('the Korean guide opened straight at #fix-actions-access shows that section', async ({ page }) => {
  await page.goto(`${guidePath('ko')}#fix-actions-access`);
  await expectScrolledTo(page, page.getByRole('heading', { name: '패키지는 있는데 이 리포지토리에 접근 권한이 없어요' }));
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    // axe skips the "#" glyph (it is aria-hidden), yet it is the only visible sign of the control.
    test(`the "#" of a section heading is readable text: contrast at least 4.5:1 (${scheme})`, async ({ page }) => {
      await page.goto(guidePath('en'));
      const glyph = guideBody(page).locator('a[data-heading-link] > [aria-hidden="true"]').first();
      await expect(glyph).toHaveText('#');
      const { color, opacity, background } = await glyph.evaluate((el) => {
        let alpha = 1;
        for (let node: Element | null = el; node; node = node.parentElement) alpha *= Number(getComputedStyle(node).opacity);
        return { color: getComputedStyle(el).color, opacity: alpha, background: getComputedStyle(document.body).backgroundColor };
      });
      expect(contrastRatio(color, background, opacity)).toBeGreaterThanOrEqual(4.5);
    });
  });
}
