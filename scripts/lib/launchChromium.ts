/**
 * Starts the headless Chromium that browser tests and measurements use:
 * Debian's `chromium` at /usr/bin/chromium, or CHROMIUM_PATH. The flags
 * keep it quiet and comparable between runs: no sandbox (CI containers run
 * as root), no GPU, and no background traffic (updates, sync, first-run
 * pages) that would add requests to what a test counts.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
