/**
 * progress.csv, items.csv and options.csv: UTF-8 with a byte order mark (without it Excel reads
 * the file in the computer's ANSI code page and Kazakh letters come out garbled), comma-separated,
 * CRLF line ends, RFC 4180 quoting. Numbers use a decimal point. Text cells that a spreadsheet
 * would run as a formula (starting with = + - @) get a leading apostrophe.
 */
import type { Analysis } from '../analysis/index';
import { daysIdle } from '../analysis/engagement';
import { STATUS_LABELS, formatDuration, formatNumber, formatScore } from './format';

export const CSV_BOM = '\uFEFF';

export interface CsvFiles {
  readonly 'progress.csv': string;
  readonly 'items.csv': string;
  readonly 'options.csv': string;
  readonly 'funnel.csv': string;
}

type Cell = string | number | null;
/** Text comes from learners and item writers; numbers are ours. */
const text = (value: string) => ({ text: value });
type Value = Cell | { readonly text: string };

export function csvFiles(analysis: Analysis): CsvFiles {
  return {
    'progress.csv': csv(
      ['learner', 'learner_id', 'lesson', 'lesson_title', 'status', 'best_score', 'attempts', 'time_spent', 'time_spent_seconds', 'last_activity', 'days_idle', 'stuck'],
      progressRows(analysis),
    ),
    'items.csv': csv(
      ['lesson', 'item', 'kind', 'question', 'answers', 'facility', 'discrimination', 'point_biserial', 'flags'],
      analysis.items.map((stats) => [
        stats.item.lesson,
        stats.item.id,
        stats.item.kind ?? '',
        text(stats.item.stem),
        stats.n,
        formatNumber(stats.facility, 4),
        formatNumber(stats.discrimination, 4),
        formatNumber(stats.pointBiserial, 4),
        stats.flags.map((flag) => flag.kind).join(' '),
      ]),
    ),
    'options.csv': csv(
      ['lesson', 'item', 'option', 'text', 'key', 'chosen', 'share', 'upper_group', 'lower_group'],
      analysis.items.flatMap((stats) =>
        stats.options.map((option) => [
          stats.item.lesson,
          stats.item.id,
          option.id,
          text(option.text),
          option.isKey ? 'yes' : 'no',
          option.count,
          formatNumber(option.share, 4),
          option.upper,
          option.lower,
        ]),
      ),
    ),
    // One row per lesson and step; `screen N` rows only where the source knows the screens seen.
    'funnel.csv': csv(
      ['lesson', 'lesson_title', 'step', 'learners', 'share'],
      analysis.engagement.funnel.flatMap((funnel) => {
        const share = (count: number, of: number) => (of === 0 ? '' : formatNumber(count / of, 4));
        const steps: [string, number, number][] = [
          ['enrolled', funnel.learners, funnel.learners],
          ['started', funnel.started, funnel.learners],
          ['completed', funnel.completed, funnel.learners],
          ['passed', funnel.passed, funnel.learners],
          ...funnel.screens.map((count, screen): [string, number, number] => [`screen ${screen + 1}`, count, funnel.screenLearners]),
        ];
        return steps.map(([step, count, of]) => [funnel.lesson, text(funnel.title), step, count, share(count, of)]);
      }),
    ),
  };
}

/** One row of learner × lesson at a time (a hundred thousand of them with 10,000 learners): each made into its line and dropped. */
function* progressRows(analysis: Analysis): Generator<readonly Value[]> {
  const now = new Date(analysis.engagement.now);
  for (const row of analysis.progress.rows) {
    for (const [i, cell] of row.cells.entries()) {
      const idle = daysIdle(cell.status, cell.lastActivity, now);
      yield [
        text(row.learner.name),
        text(row.learner.key),
        cell.lesson,
        text(analysis.progress.lessons[i].title),
        STATUS_LABELS[cell.status],
        formatScore(cell.bestScore),
        cell.attempts,
        formatDuration(cell.timeSpentMs),
        cell.timeSpentMs === null ? null : Math.round(cell.timeSpentMs / 1000),
        cell.lastActivity ?? '',
        idle,
        idle !== null && idle >= analysis.engagement.stuckDays ? 'yes' : '',
      ];
    }
  }
}

/** Rows come one at a time and only their lines are kept. */
function csv(header: readonly string[], rows: Iterable<readonly Value[]>): string {
  const lines = [header.map((cell) => quote(cell)).join(',')];
  for (const row of rows) lines.push(row.map(cellText).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

function cellText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return quote(value);
  return quote(/^[=+\-@\t\r]/.test(value.text) ? `'${value.text}` : value.text);
}

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
