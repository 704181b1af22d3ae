import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// A system Chromium (Debian's, or any through CHROMIUM_PATH) when there is one; otherwise
// Playwright's own browser, for people who ran `npx playwright install`.
const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // No background traffic: the tests record every request a page makes, and CI has no network.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

const SITE_PORT = 4321;
const FIXTURE_PORT = 4322;
const SUBPATH_PORT = 4323;
const fixtureEnv = 'SAPJIL_CONTENT_DIR=tests/fixtures/site SAPJIL_OUT_DIR=dist-fixtures';
// The real site built for a sub-path deploy (`npm run build:subpath`).
const subpathEnv = 'SAPJIL_BASE=/sapjil/ SAPJIL_OUT_DIR=dist-subpath';
// Astro 7's `preview` refuses to start while another preview of the same project holds its lock
// file (and backgrounds itself when it detects an agent), so the second server would never come up;
// `--ignore-lock` keeps each server in the foreground, where Playwright can wait for and stop it.
const preview = (port: number) => `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: /(fixture-site|subpath)\//, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    { name: 'fixture-site', testMatch: /fixture-site\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
    { name: 'subpath', testMatch: /subpath\/.*\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}` } },
  ],
  webServer: [
    {
      command: preview(SITE_PORT),
      url: `http://127.0.0.1:${SITE_PORT}/en/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `${fixtureEnv} ${preview(FIXTURE_PORT)}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/en/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `${subpathEnv} ${preview(SUBPATH_PORT)}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/sapjil/en/`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
