import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { lookupPath, type Lang } from './site.ts';

/** Ids of the two known errors (`content/errors/<id>.yaml`). */
export const ERROR_IDS = {
  writePackage: 'ghcr-permission-denied-write-package',
  orgPackage: 'ghcr-installation-not-allowed',
} as const;

/** The guide section each known error sends the reader to. */
export const ERROR_ANCHORS: Record<string, string> = {
  [ERROR_IDS.writePackage]: 'causes',
  [ERROR_IDS.orgPackage]: 'fix-org-package-creation',
};

/** Each known error's usual wording, as the errors list shows it. */
export const ERROR_MESSAGES: Record<string, string> = {
  [ERROR_IDS.writePackage]: 'denied: permission_denied: write_package',
  [ERROR_IDS.orgPackage]: 'denied: installation not allowed to Create organization package',
};

/** The lookup's words, per language, that the tests look for. */
export const LOOKUP_UI = {
  en: {
    title: 'Find the fix for an error',
    label: 'Error message or CI log',
    submit: 'Find the fix',
    openFile: 'Open a log file',
    share: 'Copy a link to this lookup',
    shareCopied: 'Link copied (secrets removed)',
    found: (count: number) => `${count} known error(s) found, most likely first.`,
    none: 'No known error matched. Sapjil does not know this one yet.',
    allGuides: 'All guides',
    knownErrors: 'Known errors',
    high: 'High confidence',
    medium: 'Medium confidence',
    line: (line: number) => `Line ${line}`,
    matchedLines: 'Matched lines',
    largeLoaded: (lines: number) => new RegExp(`^Large log loaded \\([\\d.]+ MB, ${lines.toLocaleString('en')} lines\\): all of it is checked`),
    guideTitle: 'GitHub Actions: denied: permission_denied: write_package when pushing to ghcr.io',
    userPackage: (owner: string, image: string) => `Package settings of ${owner}/${image}, if ${owner} is a personal account`,
    orgCreation: (owner: string) => `Package creation settings of the ${owner} organization (owners only)`,
  },
  ko: {
    title: '오류 해결 방법 찾기',
    label: '오류 메시지 또는 CI 로그',
    submit: '해결 방법 찾기',
    openFile: '로그 파일 열기',
    share: '이 검색 결과 링크 복사',
    shareCopied: '링크를 복사했습니다 (비밀 값 제거됨)',
    found: (count: number) => `알려진 오류 ${count}개를 찾았습니다. 가능성이 높은 순서입니다.`,
    none: '일치하는 알려진 오류가 없습니다. 아직 삽질에 없는 오류입니다.',
    allGuides: '전체 가이드',
    knownErrors: '알려진 오류',
    high: '확신 높음',
    medium: '확신 보통',
    line: (line: number) => `${line}번째 줄`,
    matchedLines: '일치한 줄',
    largeLoaded: (lines: number) => new RegExp(`^큰 로그를 불러왔습니다 \\([\\d.]+ MB, ${lines.toLocaleString('en')}줄\\)\\. 전체를 확인하고`),
    guideTitle: 'GitHub Actions에서 ghcr.io 푸시 시 denied: permission_denied: write_package 오류 해결',
    userPackage: (owner: string, image: string) => `${owner}/${image} 패키지 설정 (${owner}가 개인 계정일 때)`,
    orgCreation: (owner: string) => `${owner} 조직의 패키지 생성 설정 (조직 owner만 열 수 있어요)`,
  },
} as const;

/** Absolute path of a real log under `tests/fixtures/logs/` (e.g. `near-misses/x.log`). */
export const logFixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/logs/${name}`, import.meta.url));

/** The text of a real log under `tests/fixtures/logs/`. */
export const readLog = (name: string) => readFileSync(logFixturePath(name), 'utf8');

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `length` random letters and digits, so secret-shaped test data is made at run time, never committed. */
export const randomAlphanumeric = (length: number) => Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');

/** The `<sapjil-lookup>` box. */
export const lookupBox = (page: Page): Locator => page.locator('sapjil-lookup');

/** The box's text area. */
export const lookupInput = (page: Page): Locator => lookupBox(page).locator('textarea');

/** The box's live status line. */
export const lookupStatus = (page: Page): Locator => lookupBox(page).getByRole('status');

/** The result list's items (cards, or the "no known error" note), not the lists nested inside them. */
export const resultItems = (page: Page): Locator => lookupBox(page).locator('[data-lookup-results] > li');

/** The result card of one known error. */
export const resultCard = (page: Page, id: string): Locator => lookupBox(page).locator(`[data-lookup-results] > li[data-error-id="${id}"]`);

/** The link in a result card's heading: the guide section that fixes the error. */
export const cardGuideLink = (card: Locator): Locator => card.getByRole('heading').getByRole('link');

/** Opens a language's lookup page and waits until the box is live (its custom element defined). */
export async function openLookup(page: Page, lang: Lang): Promise<void> {
  await page.goto(lookupPath(lang));
  await expect(page.locator('sapjil-lookup:defined')).toBeAttached();
}

/** Puts `text` on the clipboard and pastes it into the box with the keyboard, as a reader does (needs clipboard permissions). */
export async function pasteIntoLookup(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await lookupInput(page).focus();
  await page.keyboard.press('ControlOrMeta+V');
}
