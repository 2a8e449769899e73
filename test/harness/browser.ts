/**
 * Debian's Chromium driven by playwright-core, the only browser that starts on these machines
 * (see /work/shared/docs/test-harness.md), plus a collector that turns page errors and
 * console errors from every frame into test failures.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingTool } from './tools';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep Chromium quiet, offline and runnable as root in a container. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  readonly context: BrowserContext;
  /** Opens a new tab; `viewport` defaults to 1280×800. */
  newPage(viewport?: { readonly width: number; readonly height: number }): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile in a temp dir (one per test file: starts cost ~1 s). */
export async function launchBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw missingTool('chromium');
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'coursepack-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 800 },
    timeout: 30_000,
  });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  return {
    context,
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export interface PageErrors {
  /** Page errors and console errors seen so far, each prefixed with where it came from. */
  readonly messages: readonly string[];
  /** Throws with every collected message when there is any. */
  assertNone(): void;
}

/**
 * Starts collecting uncaught exceptions (`pageerror`) and `console.error` messages of the
 * page and all its frames. Call before navigating so nothing is missed.
 */
export function collectPageErrors(page: Page): PageErrors {
  const messages: string[] = [];
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    const where = message.location().url || 'unknown source';
    messages.push(`console.error (${where}): ${message.text()}`);
  });
  return {
    messages,
    assertNone() {
      if (messages.length > 0) {
        throw new Error(`The page reported ${messages.length} error(s):\n${messages.join('\n')}`);
      }
    },
  };
}
