// Launches the system Chromium through playwright-core, with the flags this project's machines need.
// The Playwright runner (playwright.config.mjs) launches it with the same path and flags.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));

export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** How to get Chromium, when it is not at CHROMIUM_PATH. */
export function chromiumMissingMessage() {
  return `Chromium not found at ${CHROMIUM_PATH}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM=/path/to/chrome).`;
}

/** Returns a launched browser, or explains how to install Chromium (and fails under CI). */
export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    const message = chromiumMissingMessage();
    if (process.env.CI) throw new Error(message);
    console.warn(`SKIPPED browser tests: ${message}`);
    return null;
  }
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
