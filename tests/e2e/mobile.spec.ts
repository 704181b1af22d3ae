import { expect, test } from '@playwright/test';
import { guidePath, LANGS } from './support/site.ts';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

for (const lang of LANGS) {
  test(`the ${lang} guide fits a 375px-wide phone: only code blocks scroll sideways`, async ({ page }) => {
    await page.goto(guidePath(lang));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(innerWidth).toBe(375);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    // Long log lines stay inside their own scrolling block.
    const scrollingBlocks = await page
      .locator('.expressive-code pre')
      .evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth).length);
    expect(scrollingBlocks).toBeGreaterThan(0);
  });
}
