/**
 * Pages through the statements of a query, following `more` links until the LRS says there are
 * no more. Bounded: at most `maxPages` pages, and a `more` link seen before ends the loop (an
 * LRS that sends the same link again would otherwise be asked forever).
 */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';
import { fetchStatementPage, type Fetch } from './fetch-page';

export interface ReadProgress {
  readonly statements: number;
  readonly pages: number;
}

export interface ReadOptions {
  readonly firstUrl: string;
  readonly authorization: string;
  readonly maxPages?: number;
  readonly fetch?: Fetch;
  /** Called after every page. */
  readonly onPage?: (progress: ReadProgress) => void;
}

export interface ReadResult extends ReadProgress {
  readonly items: readonly unknown[];
}

const DEFAULT_MAX_PAGES = 10_000;

export async function readStatements(options: ReadOptions): Promise<ReadResult> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const items: unknown[] = [];
  const seen = new Set<string>();
  let url: string | null = options.firstUrl;
  let pages = 0;
  while (url !== null) {
    if (pages >= maxPages) throw tooManyPages(maxPages, items.length);
    seen.add(url);
    const page = await fetchStatementPage(url, options.authorization, options.fetch);
    pages += 1;
    items.push(...page.statements);
    options.onPage?.({ statements: items.length, pages });
    url = nextUrl(page.more, url, seen);
  }
  return { items, statements: items.length, pages };
}

/** `more` is relative to the LRS's origin (xAPI 1.0.3, 2.5.2); null at the end or on a repeat. */
function nextUrl(more: string, current: string, seen: ReadonlySet<string>): string | null {
  if (more === '') return null;
  const next = new URL(more, current).toString();
  return seen.has(next) ? null : next;
}

function tooManyPages(maxPages: number, statements: number): UserError {
  return new UserError([
    diagnostic('report/too-many-pages', `Stopped after ${maxPages} pages (${statements} statements) without reaching the last page.`),
  ]);
}
