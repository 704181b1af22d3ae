import { expect, test } from '@playwright/test';
import { noisyLog } from '../unit/lookup/fixtures/noisy-log.ts';
import { ERROR_IDS, LOOKUP_UI, lookupBox, lookupInput, openLookup, resultCard } from './support/lookup.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Longest main-thread task allowed while the lookup runs: past this, typing and scrolling visibly stall. */
const MAX_TASK_MS = 200;
const LINES = 56_000;
const BURIED = '#13 ERROR: failed to push ghcr.io/acme-corp/payments-api:sha-4f2c9e1: denied: permission_denied: write_package';

interface LongTask {
  start: number;
  duration: number;
}

/** What one paste of the large log, and one more lookup of it with "Find the fix", measured. */
interface Attempt {
  pasteToResult: number;
  pasteEngine: number;
  /** Long tasks from the paste to the answer, other than the paste event's own task (taking the 5 MB in). */
  afterPaste: LongTask[];
  pasteEvent: LongTask[];
  clickToResult: number;
  engine: number;
  /** Long tasks from the click to the answer. */
  lookup: LongTask[];
}

const tooLong = (tasks: LongTask[]) => tasks.filter((t) => t.duration > MAX_TASK_MS);

test('a pasted 5 MB log with one buried error is answered within 5 s, and apart from taking in the paste the lookup never blocks the page for over 200 ms', async ({ page }) => {
  // A GitHub Actions log of ordinary build noise (npm, webpack, jest, buildkit) with one real ghcr error in it.
  const log = noisyLog({ lines: LINES, buried: [{ at: 31_337, text: BURIED }] });
  expect(Buffer.byteLength(log)).toBeGreaterThan(5_000_000);
  const buriedLine = log.split('\n').findIndex((line) => line.endsWith(BURIED)) + 1;
  expect(buriedLine).toBeGreaterThan(30_000);
  const ui = LOOKUP_UI.en;
  const box = lookupBox(page);
  const card = resultCard(page, ERROR_IDS.writePackage);

  // Main-thread tasks over 50 ms as the browser reports them, and when the paste event came.
  await page.addInitScript(() => {
    const win = window as unknown as { longTasks: LongTask[]; pasteAt: number };
    win.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) win.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    document.addEventListener('paste', () => (win.pasteAt = performance.now()), { capture: true });
  });
  const takeLongTasks = () =>
    page.evaluate(() => {
      const win = window as unknown as { longTasks: LongTask[] };
      const tasks = win.longTasks;
      win.longTasks = [];
      return tasks;
    });

  async function attempt(): Promise<Attempt> {
    await openLookup(page, 'en');
    await page.evaluate((text) => navigator.clipboard.writeText(text), log);
    await takeLongTasks();

    // 1. A real paste: the element times it from the paste event to the rendered answer.
    await lookupInput(page).focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(box).toHaveAttribute('data-paste-to-result-ms', /^\d+$/, { timeout: 10_000 });
    await expect(card.getByRole('list', { name: ui.matchedLines })).toContainText(ui.line(buriedLine));
    await expect(card.locator('mark')).toContainText('denied: permission_denied: write_package');
    const pasteTasks = await takeLongTasks();
    const pasteAt = await page.evaluate(() => (window as unknown as { pasteAt: number }).pasteAt);
    const isPasteEvent = (t: LongTask) => t.start <= pasteAt && pasteAt <= t.start + t.duration;
    // The box keeps only the log's tail on screen (laying out 5 MB of text would freeze the page) and says so.
    await expect(box.getByText(ui.largeLoaded(LINES))).toBeVisible();
    const shown = await lookupInput(page).inputValue();
    expect(shown.length).toBeLessThan(log.length);
    expect(log.endsWith(shown)).toBe(true);
    const measured = {
      pasteToResult: Number(await box.getAttribute('data-paste-to-result-ms')),
      pasteEngine: Number(await box.getAttribute('data-engine-ms')),
      pasteEvent: pasteTasks.filter(isPasteEvent),
      afterPaste: pasteTasks.filter((t) => !isPasteEvent(t)),
    };

    // 2. The same log looked up again with "Find the fix".
    await box.evaluate((el: HTMLElement) => delete el.dataset['engineMs']);
    const clicked = Date.now();
    await page.getByRole('button', { name: ui.submit }).click();
    await expect(box).toHaveAttribute('data-engine-ms', /^\d+$/, { timeout: 10_000 });
    const clickToResult = Date.now() - clicked;
    await expect(card.getByRole('list', { name: ui.matchedLines })).toContainText(ui.line(buriedLine));
    return { ...measured, clickToResult, engine: Number(await box.getAttribute('data-engine-ms')), lookup: await takeLongTasks() };
  }

  // Long tasks are wall-clock time, so a busy machine (other test workers on two cores) can stretch one;
  // a lookup that really blocks the page does so on every attempt, so the best of three is what counts.
  const durations = (tasks: LongTask[]) => JSON.stringify(tasks.map((t) => Math.round(t.duration)));
  let best: Attempt | undefined;
  for (let i = 1; i <= 3 && (best === undefined || tooLong([...best.afterPaste, ...best.lookup]).length > 0); i++) {
    const a = await attempt();
    console.log(
      `Chromium, ${(Buffer.byteLength(log) / 1e6).toFixed(1)} MB / ${LINES.toLocaleString('en')}-line log (attempt ${i}): ` +
        `paste-to-result ${a.pasteToResult} ms (engine ${a.pasteEngine} ms; long tasks: paste event ${durations(a.pasteEvent)}, ` +
        `then ${durations(a.afterPaste)} ms); "Find the fix" click-to-result ${a.clickToResult} ms (engine ${a.engine} ms; long tasks ${durations(a.lookup)} ms)`,
    );
    if (best === undefined || tooLong([...a.afterPaste, ...a.lookup]).length < tooLong([...best.afterPaste, ...best.lookup]).length) best = a;
  }
  expect(best?.pasteToResult).toBeLessThan(5_000);
  expect(tooLong(best?.afterPaste ?? [])).toEqual([]);
  expect(tooLong(best?.lookup ?? [])).toEqual([]);
});
