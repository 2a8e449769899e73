/** What every output says about where the report comes from. */
import type { SourceInfo } from '../model';

export interface ReportMeta {
  readonly courseTitle: string;
  /** The course language: names, questions and options are in it. */
  readonly language: string;
  readonly source: SourceInfo;
}

/** One line: which source, what was read. */
export function describeSource(source: SourceInfo): string {
  switch (source.kind) {
    case 'xapi': {
      const filters = Object.entries(source.filters)
        .filter(([key]) => key !== 'activity' && key !== 'related_activities')
        .map(([key, value]) => `${key} ${value}`);
      const filtered = filters.length === 0 ? '' : `, ${filters.join(', ')}`;
      return `xAPI: ${source.statements} statements in ${source.pages} pages from ${source.endpoint} (activity ${source.filters['activity']}${filtered})`;
    }
    case 'moodle-csv':
      return `Moodle interactions report: ${source.rows} rows of ${source.file}`;
    case 'moodle': {
      const reused = source.reused === 0 ? '' : `, ${source.reused} attempts from the local store`;
      return `Moodle web services: course ${source.course} on ${source.site}, ${source.activities} coursepack activities, ${source.learners} students, ${source.attempts} attempts (${source.requests} requests${reused})`;
    }
  }
}
