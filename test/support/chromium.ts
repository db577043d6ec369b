// Debian's Chromium, driven by playwright-core, for tests that render pages (worksheets, and later
// the quiz-taking pages). Playwright's own browser download is unreachable here; the system one is not.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** One browser per test file: launching costs about a second, a new page a few milliseconds. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}
