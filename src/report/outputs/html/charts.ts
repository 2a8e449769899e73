/**
 * The report's charts as inline SVG strings: no script, no network, scale with the page, print.
 * Each chart has a title and a description for screen readers; the numbers behind it are also
 * in a table next to it.
 */
import type { LessonSummary } from '../../analysis/index';
import { FLAG_THRESHOLDS } from '../../analysis/flags';
import type { ItemStats } from '../../analysis/items';
import type { OptionStats } from '../../analysis/options';
import { LESSON_STATUSES } from '../../analysis/progress';
import { STATUS_LABELS } from '../format';
import { DISTRACTOR_COLOR, FLAG_COLOR, KEY_COLOR, PLAIN_COLOR, STATUS_COLORS } from './colors';
import { escapeHtml } from './escape';

/** One stacked bar of a lesson's learners by status (the lesson's title is written beside it in HTML). */
export function statusBar(lesson: LessonSummary, id: string): string {
  const total = LESSON_STATUSES.reduce((sum, status) => sum + lesson.statuses[status], 0);
  let x = 0;
  const parts = LESSON_STATUSES.flatMap((status) => {
    const count = lesson.statuses[status];
    if (count === 0 || total === 0) return [];
    const width = (count / total) * 100;
    const rect = `<rect x="${fixed(x)}" y="0" width="${fixed(width)}" height="10" fill="${STATUS_COLORS[status]}"><title>${escapeHtml(`${STATUS_LABELS[status]}: ${count}`)}</title></rect>`;
    x += width;
    return [rect];
  });
  const words = LESSON_STATUSES.map((status) => `${STATUS_LABELS[status]} ${lesson.statuses[status]}`).join(', ');
  return svg('0 0 100 10', id, `Learners of ${lesson.title} by status`, words, parts.join(''), 'cp-bar', 'none');
}

const PLOT = { width: 640, height: 400, left: 56, right: 20, top: 20, bottom: 48 } as const;
const Y_MIN = -0.6;
const Y_MAX = 1;

/** Facility (x) against upper − lower discrimination (y), one dot per item; flagged items red and labelled. */
export function facilityScatter(items: readonly ItemStats[], id: string): string {
  const x = (facility: number) => PLOT.left + facility * (PLOT.width - PLOT.left - PLOT.right);
  const y = (d: number) => PLOT.top + ((Y_MAX - Math.max(Y_MIN, Math.min(Y_MAX, d))) / (Y_MAX - Y_MIN)) * (PLOT.height - PLOT.top - PLOT.bottom);
  const grid = [
    ...[0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => `<line class="cp-grid" x1="${x(t)}" y1="${y(Y_MAX)}" x2="${x(t)}" y2="${y(Y_MIN)}"/><text class="cp-tick" x="${x(t)}" y="${y(Y_MIN) + 16}" text-anchor="middle">${t.toFixed(1)}</text>`),
    ...[-0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => `<line class="${t === 0 ? 'cp-axis' : 'cp-grid'}" x1="${x(0)}" y1="${fixed(y(t))}" x2="${x(1)}" y2="${fixed(y(t))}"/><text class="cp-tick" x="${x(0) - 6}" y="${fixed(y(t) + 4)}" text-anchor="end">${t.toFixed(1)}</text>`),
    `<line class="cp-threshold" x1="${x(FLAG_THRESHOLDS.everyoneFailsBelow)}" y1="${y(Y_MAX)}" x2="${x(FLAG_THRESHOLDS.everyoneFailsBelow)}" y2="${y(Y_MIN)}"/>`,
    `<line class="cp-threshold" x1="${x(FLAG_THRESHOLDS.tooEasyAbove)}" y1="${y(Y_MAX)}" x2="${x(FLAG_THRESHOLDS.tooEasyAbove)}" y2="${y(Y_MIN)}"/>`,
    `<text class="cp-label" x="${(x(0) + x(1)) / 2}" y="${PLOT.height - 8}" text-anchor="middle">facility (mean credit)</text>`,
    `<text class="cp-label" transform="translate(14 ${(y(Y_MAX) + y(Y_MIN)) / 2}) rotate(-90)" text-anchor="middle">discrimination (upper − lower)</text>`,
  ];
  const dots = items
    .filter((stats) => stats.discrimination !== null)
    .map((stats) => {
      const flagged = stats.flags.length > 0;
      const cx = fixed(x(stats.facility));
      const cy = fixed(y(stats.discrimination as number));
      const tip = `${stats.item.lesson}.${stats.item.id}: facility ${stats.facility.toFixed(2)}, discrimination ${(stats.discrimination as number).toFixed(2)}${flagged ? `, ${stats.flags.map((flag) => flag.kind).join(', ')}` : ''}`;
      const label = flagged ? `<text class="cp-dot-label" x="${fixed(Number(cx) + 7)}" y="${fixed(Number(cy) - 6)}">${escapeHtml(stats.item.id)}</text>` : '';
      // No links on the dots: a chart is one image to assistive technology (the table below links each item).
      return `<circle cx="${cx}" cy="${cy}" r="${flagged ? 5.5 : 4}" fill="${flagged ? FLAG_COLOR : PLAIN_COLOR}" fill-opacity="0.8"><title>${escapeHtml(tip)}</title></circle>${label}`;
    });
  const flaggedCount = items.filter((stats) => stats.flags.length > 0).length;
  const description = `${dots.length} questions; ${flaggedCount} flagged, shown in red. Dashed lines at facility ${FLAG_THRESHOLDS.everyoneFailsBelow} and ${FLAG_THRESHOLDS.tooEasyAbove}.`;
  return svg(`0 0 ${PLOT.width} ${PLOT.height}`, id, 'Facility against discrimination', description, grid.join('') + dots.join(''), 'cp-scatter');
}

/** A bar for one option's share (the numbers are in the same table row, so the bar is decoration for readers). */
export function optionBar(option: OptionStats): string {
  const width = Math.max(0, Math.min(100, option.share * 100));
  const fill = option.isKey ? KEY_COLOR : DISTRACTOR_COLOR;
  return `<svg class="cp-option-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect x="0" y="0" width="100" height="8" fill="#eef0f3"/><rect x="0" y="0" width="${fixed(width)}" height="8" fill="${fill}"/></svg>`;
}

function svg(viewBox: string, id: string, title: string, description: string, body: string, className: string, aspect?: string): string {
  const ratio = aspect === undefined ? '' : ` preserveAspectRatio="${aspect}"`;
  return (
    `<svg class="${className}" viewBox="${viewBox}"${ratio} role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${body}</svg>`
  );
}

function fixed(value: number): string {
  return String(Math.round(value * 100) / 100);
}
