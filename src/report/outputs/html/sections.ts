/** The sections of report.html, each a function from the analysis to escaped HTML. */
import type { Analysis } from '../../analysis/index';
import type { ItemStats } from '../../analysis/items';
import { LESSON_STATUSES, type ProgressCell } from '../../analysis/progress';
import { FLAG_THRESHOLDS } from '../../analysis/flags';
import { STATUS_LABELS, formatDuration, formatNumber, formatScore, formatTime } from '../format';
import { describeSource, type ReportMeta } from '../meta';
import { facilityScatter, optionBar, statusBar } from './charts';
import { STATUS_COLORS, STATUS_TEXT } from './colors';
import { anchorId, escapeHtml } from './escape';

/** Text in the course language, marked so screen readers pronounce it right. */
function inCourseLanguage(text: string, meta: ReportMeta, tag = 'span'): string {
  return `<${tag} lang="${escapeHtml(meta.language)}">${escapeHtml(text)}</${tag}>`;
}

export function headerSection(analysis: Analysis, meta: ReportMeta): string {
  const flagged = analysis.items.filter((stats) => stats.flags.length > 0).length;
  const figures: [string, number][] = [
    ['learners', analysis.progress.rows.length],
    ['lessons', analysis.lessons.length],
    ['questions answered', analysis.items.length],
    ['questions flagged', flagged],
  ];
  return `<header>
<h1>Progress and item analysis: ${inCourseLanguage(meta.courseTitle, meta)}</h1>
<p class="cp-source">${escapeHtml(describeSource(meta.source))}</p>
<div class="cp-figures">${figures.map(([label, value]) => `<p class="cp-figure"><strong>${value}</strong>${escapeHtml(label)}</p>`).join('')}</div>
<nav aria-label="Sections"><ul><li><a href="#lessons">Lessons</a></li><li><a href="#stops">Where learners stop</a></li><li><a href="#items">Questions</a></li><li><a href="#options">Options per question</a></li><li><a href="#learners">Learners</a></li></ul></nav>
</header>`;
}

export function lessonsSection(analysis: Analysis, meta: ReportMeta): string {
  const legend = LESSON_STATUSES.map((status) => `<li><span class="cp-swatch" style="background:${STATUS_COLORS[status]}"></span>${STATUS_LABELS[status]}</li>`).join('');
  const bars = analysis.lessons
    .map((lesson, i) => `<div>${inCourseLanguage(lesson.title, meta)}</div>${statusBar(lesson, `cp-bar-${i + 1}`)}`)
    .join('\n');
  const rows = analysis.lessons
    .map((lesson) => `<tr><th scope="row">${inCourseLanguage(lesson.title, meta)}</th>${LESSON_STATUSES.map((status) => `<td class="cp-num">${lesson.statuses[status]}</td>`).join('')}</tr>`)
    .join('\n');
  return `<section aria-labelledby="lessons">
<h2 id="lessons">Lessons</h2>
<figure>
<figcaption>Learners per lesson by status</figcaption>
<ul class="cp-legend">${legend}</ul>
<div class="cp-lesson-bars">${bars}</div>
</figure>
<div class="cp-table-wrap"><table>
<caption>Learners per lesson by status</caption>
<thead><tr><th scope="col">Lesson</th>${LESSON_STATUSES.map((status) => `<th scope="col" class="cp-num">${STATUS_LABELS[status]}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
}

export function learnersSection(analysis: Analysis, meta: ReportMeta): string {
  const { lessons, rows } = analysis.progress;
  const head = lessons.map((lesson) => `<th scope="col">${inCourseLanguage(lesson.title, meta)}</th>`).join('');
  const body = rows
    .map((row) => {
      const last = row.cells.map((cell) => cell.lastActivity).filter((time): time is string => time !== null).sort().at(-1) ?? null;
      return `<tr><th scope="row">${escapeHtml(row.learner.name)}</th>${row.cells.map(progressCell).join('')}<td>${escapeHtml(formatTime(last))}</td></tr>`;
    })
    .join('\n');
  return `<section aria-labelledby="learners">
<h2 id="learners">Learners</h2>
<p class="cp-note">Per lesson: status, best score, quiz attempts and time spent. progress.csv has the same with each lesson's last activity.</p>
<div class="cp-table-wrap"><table>
<caption>Learners × lessons (${rows.length} learners)</caption>
<thead><tr><th scope="col">Learner</th>${head}<th scope="col">Last activity</th></tr></thead>
<tbody>
${body}
</tbody></table></div>
</section>`;
}

function progressCell(cell: ProgressCell): string {
  const chip = `<span class="cp-status" style="background:${STATUS_COLORS[cell.status]};color:${STATUS_TEXT[cell.status]}">${STATUS_LABELS[cell.status]}</span>`;
  const details = [
    cell.bestScore === null ? '' : `${formatScore(cell.bestScore)} %`,
    cell.attempts === 0 ? '' : `${cell.attempts} att.`,
    formatDuration(cell.timeSpentMs === 0 ? null : cell.timeSpentMs),
  ].filter((part) => part !== '');
  return `<td>${chip}${details.length === 0 ? '' : `<span class="cp-detail">${escapeHtml(details.join(' · '))}</span>`}</td>`;
}

export function itemsSection(analysis: Analysis, meta: ReportMeta): string {
  const rows = analysis.items
    .map((stats) => {
      const flags = stats.flags.map((flag) => flag.kind).join(', ');
      return `<tr><td><a href="#${anchorId('item', stats.item.lesson, stats.item.id)}">${escapeHtml(`${stats.item.lesson}.${stats.item.id}`)}</a></td><td>${inCourseLanguage(stats.item.stem, meta)}</td><td>${escapeHtml(stats.item.kind ?? '')}</td><td class="cp-num">${stats.n}</td><td class="cp-num">${formatNumber(stats.facility, 2)}</td><td class="cp-num">${formatNumber(stats.discrimination, 2)}</td><td class="cp-num">${formatNumber(stats.pointBiserial, 2)}</td><td class="cp-flag">${escapeHtml(flags)}</td></tr>`;
    })
    .join('\n');
  return `<section aria-labelledby="items">
<h2 id="items">Questions</h2>
<p class="cp-note">Over each learner's first answer to each question. Facility: mean credit (0–1). Discrimination: mean credit of the top 27 % of learners (by lesson score) minus the bottom 27 %. Point-biserial: correlation of the credit with the rest of the lesson's score. Flags from ${FLAG_THRESHOLDS.minAnswers} answers on; docs/reports.md explains each.</p>
<figure>
<figcaption>Facility against discrimination: good questions sit high in the middle</figcaption>
${facilityScatter(analysis.items, 'cp-scatter')}
</figure>
<div class="cp-table-wrap"><table>
<caption>Item statistics (${analysis.items.length} questions)</caption>
<thead><tr><th scope="col">Question</th><th scope="col">Text</th><th scope="col">Kind</th><th scope="col" class="cp-num">Answers</th><th scope="col" class="cp-num">Facility</th><th scope="col" class="cp-num">Discrimination</th><th scope="col" class="cp-num">Point-biserial</th><th scope="col">Flags</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
</section>`;
}

export function optionsSection(analysis: Analysis, meta: ReportMeta): string {
  return `<section aria-labelledby="options">
<h2 id="options">Options per question</h2>
${analysis.items.map((stats) => itemDetail(stats, meta)).join('\n')}
</section>`;
}

function itemDetail(stats: ItemStats, meta: ReportMeta): string {
  const id = anchorId('item', stats.item.lesson, stats.item.id);
  const flags = stats.flags.length === 0 ? '' : `<ul class="cp-flags">${stats.flags.map((flag) => `<li><strong>${escapeHtml(flag.kind)}</strong>: ${escapeHtml(flag.message)}</li>`).join('')}</ul>`;
  const meta2 = `${stats.item.kind ?? 'kind unknown'} · ${stats.n} answers · facility ${formatNumber(stats.facility, 2)} · discrimination ${formatNumber(stats.discrimination, 2) || '–'} · point-biserial ${formatNumber(stats.pointBiserial, 2) || '–'}`;
  return `<article class="cp-item" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${escapeHtml(`${stats.item.lesson}.${stats.item.id}`)}: ${inCourseLanguage(stats.item.stem, meta)}</h3>
<p class="cp-item-meta">${escapeHtml(meta2)}</p>
${flags}${stats.options.length === 0 ? '<p class="cp-note">No options to count for this kind of question.</p>' : optionsTable(stats, meta)}
</article>`;
}

function optionsTable(stats: ItemStats, meta: ReportMeta): string {
  const rows = stats.options
    .map((option) => `<tr><th scope="row">${inCourseLanguage(option.text, meta)}${option.isKey ? ' <span class="cp-key">(key)</span>' : ''}</th><td class="cp-num">${option.count}</td><td class="cp-num">${Math.round(option.share * 100)} %</td><td>${optionBar(option)}</td><td class="cp-num">${option.upper}</td><td class="cp-num">${option.lower}</td></tr>`)
    .join('');
  return `<div class="cp-table-wrap"><table>
<caption>Options chosen: ${escapeHtml(`${stats.item.lesson}.${stats.item.id}`)} (upper and lower groups of ${stats.groupSize})</caption>
<thead><tr><th scope="col">Option</th><th scope="col" class="cp-num">Chosen</th><th scope="col" class="cp-num">Share</th><th scope="col"><span class="cp-visually-hidden">Share as a bar</span></th><th scope="col" class="cp-num">Upper group</th><th scope="col" class="cp-num">Lower group</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}
