/** The report page's stylesheet, inlined: screen first, then what changes on paper. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #5a6470; --line: #d8dde3; --paper: #ffffff; --band: #f5f7f9; --flag: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: var(--paper); }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.25rem; margin: 32px 0 12px; padding-top: 8px; border-top: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 20px 0 6px; }
.cp-source { color: var(--muted); margin: 0 0 12px; overflow-wrap: anywhere; }
nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; list-style: none; }
.cp-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 12px; margin: 16px 0; }
.cp-figure { background: var(--band); border-radius: 6px; padding: 10px 12px; }
.cp-figure strong { display: block; font-size: 1.5rem; }
.cp-legend { display: flex; flex-wrap: wrap; gap: 6px 16px; padding: 0; margin: 8px 0 12px; list-style: none; }
.cp-swatch { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border: 1px solid #0003; vertical-align: -1px; }
.cp-lesson-bars { display: grid; grid-template-columns: minmax(160px, 2fr) 5fr; gap: 6px 12px; align-items: center; }
.cp-bar { width: 100%; height: 22px; display: block; border: 1px solid var(--line); }
.cp-funnel { width: 100%; height: 44px; display: block; }
.cp-screens { width: 100%; max-width: 640px; height: 120px; display: block; border-bottom: 1px solid var(--line); }
.cp-scatter { width: 100%; max-width: 720px; height: auto; display: block; }
.cp-scatter .cp-grid { stroke: #e3e7eb; stroke-width: 1; }
.cp-scatter .cp-axis { stroke: #7a8591; stroke-width: 1.2; }
.cp-scatter .cp-threshold { stroke: var(--flag); stroke-width: 1; stroke-dasharray: 4 4; }
.cp-scatter text { font-size: 12px; fill: var(--muted); }
.cp-scatter .cp-label { font-size: 13px; fill: var(--ink); }
.cp-scatter .cp-dot-label { font-size: 11px; fill: var(--flag); }
.cp-table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--band); position: sticky; top: 0; }
td.cp-num, th.cp-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.cp-status { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 0.8rem; white-space: nowrap; }
.cp-detail { display: block; color: var(--muted); font-size: 0.78rem; white-space: nowrap; }
.cp-flag { color: var(--flag); font-weight: 600; }
.cp-flags { margin: 4px 0 8px; padding-left: 20px; }
.cp-flags li { color: var(--flag); }
.cp-item { border-top: 1px solid var(--line); padding-top: 4px; }
.cp-item-meta { color: var(--muted); margin: 0 0 6px; }
.cp-option-bar { width: 160px; height: 12px; display: block; }
.cp-key { color: #1f7a4d; font-weight: 600; white-space: nowrap; }
.cp-note { color: var(--muted); font-size: 0.9rem; }
a { color: #1d5fa0; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #1d5fa0; outline-offset: 2px; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-after: avoid; }
  .cp-item, figure, .cp-figures { break-inside: avoid; }
  thead th { position: static; }
  .cp-table-wrap { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
