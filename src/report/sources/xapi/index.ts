/** Source 1: the course's statements in an LRS, read page by page and turned into tracking records. */
import { diagnostic } from '../../../diagnostics/codes';
import { UserError } from '../../../diagnostics/errors';
import type { ItemInfo, LearnerRef, TrackingData, TrackRecord } from '../../model';
import { authorizationHeader } from './auth';
import type { Fetch } from './fetch-page';
import { parseStatement, SKIP_REASONS } from './parse-statement';
import { firstPageUrl, normalizeEndpoint, queryFilters, type StatementQuery } from './query';
import { readStatements, type ReadProgress } from './read-statements';

export interface XapiSourceOptions extends StatementQuery {
  /** `key:secret` or `Basic <token>`. */
  readonly auth: string;
  readonly maxPages?: number;
  readonly fetch?: Fetch;
  readonly onPage?: (progress: ReadProgress) => void;
}

export async function readXapiTracking(options: XapiSourceOptions): Promise<TrackingData> {
  const authorization = authorizationHeader(options.auth);
  const filters = queryFilters(options);
  const read = await readStatements({
    firstUrl: firstPageUrl(options),
    authorization,
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.onPage === undefined ? {} : { onPage: options.onPage }),
  });
  const endpoint = normalizeEndpoint(options.endpoint).toString();
  if (read.items.length === 0) throw noStatements(endpoint, filters);
  return {
    ...trackingFromStatements(read.items, options.activity),
    source: { kind: 'xapi', endpoint, filters, statements: read.statements, pages: read.pages },
  };
}

/** Pure: statements (as the LRS gave them) to learners, records and item definitions. */
export function trackingFromStatements(statements: readonly unknown[], courseIri: string): Omit<TrackingData, 'source'> {
  const learners = new Map<string, LearnerRef>();
  const items = new Map<string, ItemInfo>();
  const records: TrackRecord[] = [];
  const skipped: Record<string, number> = {};
  statements.forEach((statement, sequence) => {
    const parsed = parseStatement(statement, courseIri, sequence);
    if (parsed.kind === 'skipped') {
      const reason = `statements ${SKIP_REASONS[parsed.reason]}`;
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      return;
    }
    if (!learners.has(parsed.learner.key)) learners.set(parsed.learner.key, parsed.learner);
    records.push(...parsed.records);
    if (parsed.item !== null && !items.has(itemKey(parsed.item))) items.set(itemKey(parsed.item), parsed.item);
  });
  return { learners: [...learners.values()], records, items: [...items.values()], skipped };
}

function itemKey(item: ItemInfo): string {
  return `${item.lesson}\u0000${item.id}`;
}

function noStatements(endpoint: string, filters: Readonly<Record<string, string>>): UserError {
  const asked = Object.entries(filters).map(([key, value]) => `${key}=${value}`).join(', ');
  return new UserError([diagnostic('report/no-statements', `The LRS at ${endpoint} has no statements for ${asked}.`)]);
}
