/** The short summary printed after a report: statuses per lesson, flagged items, where the files are. */
import type { Analysis } from '../analysis/index';
import { LESSON_STATUSES } from '../analysis/progress';
import { STATUS_LABELS } from './format';
import { describeSource, type ReportMeta } from './meta';

const TITLE_WIDTH = 36;

export function terminalSummary(analysis: Analysis, meta: ReportMeta, files: readonly string[]): string {
  const flagged = analysis.items.filter((stats) => stats.flags.length > 0);
  const lines = [
    `${meta.courseTitle}: ${analysis.progress.rows.length} learners, ${analysis.lessons.length} lessons, ${analysis.items.length} questions answered`,
    describeSource(meta.source),
    '',
    ...statusTable(analysis),
    '',
    ...stuckLines(analysis),
    '',
    flagged.length === 0 ? 'No question flagged.' : `Questions flagged (${flagged.length} of ${analysis.items.length}):`,
    ...flagged.flatMap((stats) => [
      `  ${stats.item.lesson}.${stats.item.id}  n ${stats.n}, facility ${stats.facility.toFixed(2)}, discrimination ${stats.discrimination?.toFixed(2) ?? '–'}`,
      ...stats.flags.map((flag) => `    ${flag.kind}: ${flag.message}`),
    ]),
    '',
    `Written: ${files.join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}

function statusTable(analysis: Analysis): string[] {
  const headers = ['Lesson', ...LESSON_STATUSES.map((status) => STATUS_LABELS[status])];
  const rows = analysis.lessons.map((lesson) => [shorten(lesson.title), ...LESSON_STATUSES.map((status) => String(lesson.statuses[status]))]);
  const widths = headers.map((header, i) => Math.max(width(header), ...rows.map((row) => width(row[i]))));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 ? padEnd(cell, widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd();
  return [line(headers), ...rows.map(line)];
}

const STUCK_SHOWN = 20;

/** Who to write to: started, unfinished, idle for the threshold or longer (progress.csv has all). */
function stuckLines(analysis: Analysis): string[] {
  const { stuck, stuckDays } = analysis.engagement;
  if (stuck.length === 0) return [`No learner stuck (started, no progress for ${stuckDays} days or more).`];
  const titles = new Map(analysis.lessons.map((lesson) => [lesson.lesson, lesson.title]));
  const shown = stuck.slice(0, STUCK_SHOWN).map((entry) => `  ${entry.name}: ${shorten(titles.get(entry.lesson) ?? entry.lesson)} (${STATUS_LABELS[entry.status]}, ${entry.daysIdle} days)`);
  const more = stuck.length > STUCK_SHOWN ? [`  … and ${stuck.length - STUCK_SHOWN} more (progress.csv, column stuck)`] : [];
  return [`Stuck (started, no progress for ${stuckDays} days or more): ${stuck.length}`, ...shown, ...more];
}

function shorten(title: string): string {
  const characters = Array.from(title);
  return characters.length <= TITLE_WIDTH ? title : `${characters.slice(0, TITLE_WIDTH - 1).join('')}…`;
}

/** Code points, so Kazakh letters count as one column each. */
function width(text: string): number {
  return Array.from(text).length;
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}
