/**
 * Looking at a lesson page (docs/page-contract.md) in the browser the way a learner does:
 * what is on screen, where the focus is, and moving through it with the keyboard only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';

export const AXE_SCRIPT = resolve(__dirname, '../../node_modules/axe-core/axe.min.js');
export const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface PlayerConfigSeen {
  readonly lessonId: string;
  readonly lessonTitle: string;
  readonly screenCount: number;
  readonly strings: Readonly<Record<string, string>>;
}

/** What the learner sees of the player, read from the DOM. */
export interface PlayerView {
  /** Indexes of the screens not hidden (the player shows exactly one). */
  readonly shownScreens: readonly number[];
  readonly positionText: string;
  readonly progressNow: string | null;
  readonly progressText: string;
  /** Table-of-contents indexes with class `cp-visited`. */
  readonly visitedLinks: readonly number[];
  /** Table-of-contents index with `aria-current="step"`. */
  readonly currentLink: number | null;
  readonly prevDisabled: boolean;
  readonly nextDisabled: boolean;
  /** Text of `#cp-notice`, or null while it is hidden. */
  readonly notice: string | null;
  /** `data-cp-screen` of the screen whose heading has the focus, or null. */
  readonly focusedHeadingOf: number | null;
}

export function readPlayerConfig(frame: Frame): Promise<PlayerConfigSeen> {
  return frame.evaluate(() => JSON.parse(document.getElementById('cp-config')?.textContent ?? 'null'));
}

export function readPlayerView(frame: Frame): Promise<PlayerView> {
  return frame.evaluate(() => {
    const indexes = (selector: string, attribute: string): number[] =>
      Array.from(document.querySelectorAll(selector)).map((el) => Number(el.getAttribute(attribute)));
    const button = (id: string): boolean => (document.getElementById(id) as HTMLButtonElement | null)?.disabled ?? false;
    const notice = document.getElementById('cp-notice');
    const current = document.querySelector('#cp-toc a[aria-current="step"]');
    const focused = document.activeElement;
    const focusedScreen =
      focused && focused.matches('.cp-screen__title') ? focused.closest('.cp-screen') : null;
    return {
      shownScreens: indexes('section.cp-screen:not([hidden])', 'data-cp-screen'),
      positionText: document.getElementById('cp-position')?.textContent?.trim() ?? '',
      progressNow: document.querySelector('.cp-progress__bar')?.getAttribute('aria-valuenow') ?? null,
      progressText: document.getElementById('cp-progress-text')?.textContent?.trim() ?? '',
      visitedLinks: indexes('#cp-toc a.cp-visited', 'data-cp-goto'),
      currentLink: current ? Number(current.getAttribute('data-cp-goto')) : null,
      prevDisabled: button('cp-prev'),
      nextDisabled: button('cp-next'),
      notice: notice && !notice.hidden ? (notice.textContent ?? '').trim() : null,
      focusedHeadingOf: focusedScreen ? Number(focusedScreen.getAttribute('data-cp-screen')) : null,
    };
  });
}

/** Whether the frame's focused element matches `selector`. */
function focusMatches(frame: Frame, selector: string): Promise<boolean> {
  return frame.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
}

/**
 * Presses Tab until the focus is on `selector` inside `frame`, as a keyboard user does;
 * fails after `maxPresses` (a focus trap or an unreachable control). Returns the presses used.
 */
export async function tabTo(page: Page, frame: Frame, selector: string, maxPresses = 200): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await focusMatches(frame, selector)) return presses;
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of Tab`);
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/** Runs axe-core in the frame with the WCAG 2.1 A/AA rules; returns the violations, compacted. */
export async function runAxe(frame: Frame): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await frame.addScriptTag({ content: readFileSync(AXE_SCRIPT, 'utf8') });
  return frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((node) => JSON.stringify(node.target)),
    }));
  }, [...WCAG21_AA_TAGS]);
}

export function describeAxeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}

/** Page-level overflow at the current viewport, with the elements sticking out (outside table wrappers). */
export interface OverflowReport {
  readonly viewportWidth: number;
  readonly scrollWidth: number;
  readonly offenders: readonly string[];
  /** Table wrappers that are wider than the viewport or cannot scroll sideways. */
  readonly badTableWraps: readonly string[];
}

/** Shows every screen (as the page is without the player) and measures horizontal overflow. */
export function measureOverflow(frame: Frame): Promise<OverflowReport> {
  return frame.evaluate(() => {
    document.querySelectorAll<HTMLElement>('section.cp-screen').forEach((screen) => {
      screen.hidden = false;
    });
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const cls = el.classList.length ? `.${Array.from(el.classList).join('.')}` : '';
      return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const offenders = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => !el.closest('.cp-table-wrap') && el.getBoundingClientRect().right > width + 1)
      .slice(0, 10)
      .map(describe);
    const badTableWraps = Array.from(document.querySelectorAll<HTMLElement>('.cp-table-wrap'))
      .filter((wrap) => {
        const overflowX = getComputedStyle(wrap).overflowX;
        return wrap.getBoundingClientRect().right > width + 1 || !['auto', 'scroll'].includes(overflowX);
      })
      .map(describe);
    return { viewportWidth: width, scrollWidth: root.scrollWidth, offenders, badTableWraps };
  });
}
