// Debian's Chromium, driven by playwright-core, for tests that render pages (worksheets, and later
// the quiz-taking pages). Playwright's own browser download is unreachable here; the system one is not.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * `npm test`'s pretest step installs it here (scripts/install-system-deps.sh). NEWSQUIZ_CHROMIUM
 * points elsewhere: at another build, or at a missing file to check that a suite whose browser
 * never starts still fails cleanly and lets Jest exit.
 */
export const CHROMIUM_PATH = process.env.NEWSQUIZ_CHROMIUM || '/usr/bin/chromium';

/** One browser per test file: launching costs about a second, a new page a few milliseconds. */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    return Promise.reject(new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run the tests with \`npm test\` (it installs it, as root), or run scripts/install-system-deps.sh chromium`));
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}
