/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no network), English UI
 * with the course's texts marked in the course language, printable. The learners' table, the
 * longest part, comes last.
 */
import type { Analysis } from '../../analysis/index';
import type { ReportMeta } from '../meta';
import { engagementSection } from './engagement';
import { escapeHtml } from './escape';
import { headerSection, itemsSection, learnersSection, lessonsSection, optionsSection } from './sections';
import { REPORT_CSS } from './styles';

export function reportHtml(analysis: Analysis, meta: ReportMeta): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report: ${escapeHtml(meta.courseTitle)}</title>
<style>${REPORT_CSS}.cp-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }</style>
</head>
<body>
<main>
${headerSection(analysis, meta)}
${lessonsSection(analysis, meta)}
${engagementSection(analysis, meta)}
${itemsSection(analysis, meta)}
${optionsSection(analysis, meta)}
${learnersSection(analysis, meta)}
</main>
</body>
</html>
`;
}
