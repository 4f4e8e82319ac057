/**
 * Vitest global setup: starts one Nu HTML Checker for the whole test run
 * and hands its address to the test files (`inject('htmlChecker')`). When
 * it cannot start (no Java), test files get the reason instead, and every
 * fixture build fails with it: the check is never skipped silently.
 */
import type { TestProject } from 'vitest/node';
import { startHtmlChecker, type HtmlChecker } from '../helpers/checkHtml.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The checker's address, or why it is not running. */
    htmlChecker: { url: string } | { problem: string };
  }
}

let checker: HtmlChecker | undefined;

export async function setup(project: TestProject): Promise<void> {
  try {
    checker = await startHtmlChecker();
    project.provide('htmlChecker', { url: checker.url });
  } catch (error) {
    project.provide('htmlChecker', { problem: (error as Error).message });
  }
}

export function teardown(): void {
  checker?.stop();
}
