/**
 * One learner session in the browser: the strict LMS host page with the SCO in its iframe,
 * plus what tests need to look at it (the SCO frame, the host's records, the errors).
 */
import type { Frame, Page } from 'playwright-core';
import { collectPageErrors, type BrowserSession, type PageErrors } from './browser';
import { describeViolations, type HostRecords } from './lms12';
import type { Launch, LaunchOptions, LmsServer } from './server';

export interface ScoSession {
  readonly page: Page;
  readonly launch: Launch;
  readonly errors: PageErrors;
  /** The SCO's frame (the iframe named `sco`). */
  sco(): Frame;
  /** A copy of what the host recorded so far (calls, violations, state). */
  records(): Promise<HostRecords>;
  /** Fails, naming each broken rule, if the SCO broke a SCORM 1.2 limit (in the page or while unloading). */
  assertNoViolations(): Promise<void>;
  /** Leaves the page as a learner closing the window does (unload handlers run), then closes the tab. */
  leave(): Promise<void>;
}

/** Opens the host page for a new launch and waits until the page and the SCO frame have loaded. */
export async function openSco(
  browser: BrowserSession,
  server: LmsServer,
  options: LaunchOptions,
  viewport?: { readonly width: number; readonly height: number },
): Promise<ScoSession> {
  const page = await browser.newPage(viewport);
  const errors = collectPageErrors(page);
  const launch = server.launch(options);
  await page.goto(launch.url, { waitUntil: 'load' });
  let left = false;
  const records = async (): Promise<HostRecords> =>
    page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { lmsHarness: HostRecords }).lmsHarness)));
  return {
    page,
    launch,
    errors,
    sco() {
      const frame = page.frame({ name: 'sco' });
      if (!frame) throw new Error('The host page has no SCO frame');
      return frame;
    },
    records,
    async assertNoViolations() {
      const seen = left ? server.violations(launch.session) : (await records()).violations;
      if (seen.length > 0) {
        throw new Error(`The SCO broke SCORM 1.2 limits:\n${describeViolations(seen)}`);
      }
    },
    async leave() {
      await page.goto('about:blank');
      left = true;
      await page.close();
    },
  };
}
