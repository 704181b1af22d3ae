import { expect, test } from '@playwright/test';
import { guidePath, publicUrl, type Lang } from '../support/site.ts';

const aliases: Record<Lang, string> = { en: '/posts/paired-guide/', ko: '/ko/posts/paired-guide/' };

for (const [lang, alias] of Object.entries(aliases) as [Lang, string][]) {
  test(`the old ${lang} URL ${alias} sends readers to the ${lang} guide and names it as canonical`, async ({ page, request }) => {
    const html = await (await request.get(alias)).text();
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0;url=${guidePath(lang, 'paired-guide')}"`));
    expect(html).toContain(`<link rel="canonical" href="${publicUrl(guidePath(lang, 'paired-guide'))}"`);
    expect(html).toContain('<meta name="robots" content="noindex"');

    await page.goto(alias);
    await expect(page).toHaveURL(guidePath(lang, 'paired-guide'));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}
