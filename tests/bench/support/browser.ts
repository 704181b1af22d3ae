import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/** Launches the system Chromium (CHROMIUM_PATH, else /usr/bin/chromium when present) with no background traffic. */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
