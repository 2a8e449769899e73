/**
 * Pages through the statements of a query, following `more` links until the LRS says there are
 * no more, handing each page to `consume` and keeping none (2 million statements must not sit in
 * memory at once). Bounded: at most `maxPages` pages, and a `more` link seen before ends the loop
 * (an LRS that sends the same link again would otherwise be asked forever).
 *
 * The query asks for `ascending=true`: each page must start no earlier (by `stored`) than the
 * previous one ended. A page that starts earlier is counted: the LRS's paging is then unreliable
 * (xapi-statements' `more` cursor repeats and drops statements once they span minutes,
 * ../shared/harness/cmi5/README.md), and the report warns that statements may be missing.
 */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';
import { collectEvery } from './collect';
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
  /** Each page's statements, in order, as they arrive. */
  readonly consume: (statements: readonly unknown[]) => void;
  /** Called after every page. */
  readonly onPage?: (progress: ReadProgress) => void;
}

export interface ReadResult extends ReadProgress {
  /** Pages that started earlier (by `stored`) than the previous page ended. */
  readonly pagesOutOfOrder: number;
}

const DEFAULT_MAX_PAGES = 10_000;

export async function readStatements(options: ReadOptions): Promise<ReadResult> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const seen = new Set<string>();
  let url: string | null = options.firstUrl;
  let pages = 0;
  let statements = 0;
  let lastStored: number | null = null;
  let pagesOutOfOrder = 0;
  const collect = collectEvery();
  while (url !== null) {
    if (pages >= maxPages) throw tooManyPages(maxPages, statements);
    seen.add(url);
    const page = await fetchStatementPage(url, options.authorization, options.fetch);
    pages += 1;
    statements += page.statements.length;
    const [first, last] = [storedOf(page.statements[0]), storedOf(page.statements[page.statements.length - 1])];
    if (first !== null && lastStored !== null && first < lastStored) pagesOutOfOrder += 1;
    if (last !== null) lastStored = last;
    options.consume(page.statements);
    options.onPage?.({ statements, pages });
    collect(statements); // the pages read so far are garbage now (./collect.ts)
    url = nextUrl(page.more, url, seen);
  }
  return { statements, pages, pagesOutOfOrder };
}

function storedOf(statement: unknown): number | null {
  const stored = typeof statement === 'object' && statement !== null ? (statement as { stored?: unknown }).stored : undefined;
  const time = typeof stored === 'string' ? Date.parse(stored) : Number.NaN;
  return Number.isNaN(time) ? null : time;
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
