/** One learner session against the strict SCORM 2004 host (like ./sco-session.ts for 1.2). */
import type { Frame, Page } from 'playwright-core';
import { collectPageErrors, type BrowserSession, type PageErrors } from './browser';
import { describe2004Violations, type Host2004Records } from './lms2004';
import type { Launch2004Options, Lms2004Server } from './lms2004-server';
import type { Launch } from './server';

export interface Sco2004Session {
  readonly page: Page;
  readonly launch: Launch;
  readonly errors: PageErrors;
  sco(): Frame;
  records(): Promise<Host2004Records>;
  /** Fails, naming each broken rule, if the SCO broke a SCORM 2004 rule (in the page or while unloading). */
  assertNoViolations(): Promise<void>;
  /** Leaves the page as a learner closing the window does (unload handlers run), then closes the tab. */
  leave(): Promise<void>;
}

export async function openSco2004(
  browser: BrowserSession,
  server: Lms2004Server,
  options: Launch2004Options,
): Promise<Sco2004Session> {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  const launch = server.launch(options);
  await page.goto(launch.url, { waitUntil: 'load' });
  let left = false;
  const records = async (): Promise<Host2004Records> =>
    page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { lmsHarness: Host2004Records }).lmsHarness)));
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
      if (seen.length > 0) throw new Error(`The SCO broke SCORM 2004 rules:\n${describe2004Violations(seen)}`);
    },
    async leave() {
      await page.goto('about:blank');
      left = true;
      await page.close();
    },
  };
}
