/** The rows of the interactions report, cut into per-SCO blocks along the layout (./layout.ts). */
import type { InteractionField, ReportLayout } from './layout';

export interface ReportInteraction {
  /** 0-based slot (`cmi.interactions.n`). */
  readonly slot: number;
  /** `cmi.interactions.n.id`; '' when the slot is empty. */
  readonly id: string;
  readonly response: string | null;
  readonly right: string | null;
  readonly result: string | null;
}

export interface ScoBlock {
  readonly title: string;
  /** Score `raw/max` or `raw`, else the status in words (Passed, Incomplete, Not attempted…). */
  readonly cell: string;
  readonly interactions: readonly ReportInteraction[];
}

export interface ReportRow {
  readonly name: string;
  readonly identity: readonly string[];
  /** Moodle's attempt number; null for a learner without attempts (shown as "-"). */
  readonly attempt: number | null;
  /** `YYYY-MM-DDTHH:MM` in the time zone Moodle printed (the downloader's); null when unreadable. */
  readonly started: string | null;
  readonly last: string | null;
  readonly blocks: readonly ScoBlock[];
}

export function readRow(cells: readonly string[], layout: ReportLayout): ReportRow {
  const cell = (i: number) => (cells[i] ?? '').trim();
  const attemptText = cell(layout.attempt);
  const attempt = /^\d+$/.test(attemptText) ? Number(attemptText) : null;
  return {
    name: cell(layout.name),
    identity: layout.identity.map(cell),
    attempt,
    started: moodleDate(cell(layout.started)),
    last: moodleDate(cell(layout.last)),
    blocks: attempt === null ? [] : blocks(cells, layout),
  };
}

/** Row length tells the layout: one block per SCO, each its cell and its interaction cells. */
function blocks(cells: readonly string[], layout: ReportLayout): ScoBlock[] {
  const start = layout.score + 1;
  const perQuestion = layout.fields.length;
  const blockSize = 1 + layout.questions * perQuestion;
  const interleaved = layout.scoTitles.length > 1 && cells.length >= start + layout.scoTitles.length * blockSize;
  return layout.scoTitles.map((title, sco) => {
    // One SCO: its cell is under its title and the questions follow, exactly as the header says.
    const cellAt = interleaved ? start + sco * blockSize : start + sco;
    const firstQuestion = interleaved ? cellAt + 1 : start + layout.scoTitles.length;
    const interactions = interleaved || sco === 0 ? slots(cells, firstQuestion, layout) : [];
    return { title, cell: (cells[cellAt] ?? '').trim(), interactions };
  });
}

function slots(cells: readonly string[], from: number, layout: ReportLayout): ReportInteraction[] {
  const found: ReportInteraction[] = [];
  for (let slot = 0; slot < layout.questions; slot += 1) {
    const value = (field: InteractionField): string | null => {
      const offset = layout.fields.indexOf(field);
      return offset < 0 ? null : (cells[from + slot * layout.fields.length + offset] ?? '').trim();
    };
    const id = value('question') ?? '';
    if (id !== '') found.push({ slot, id, response: value('response'), right: value('right'), result: value('result') });
  }
  return found;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Moodle's userdate in English: "Tuesday, 4 March 2025, 10:15 AM" (strftimedaydatetime) or
 * "4 March 2025, 10:15 AM" (strftimedatetime, the spreadsheet downloads).
 */
export function moodleDate(text: string): string | null {
  const match = /(\d{1,2}) ([A-Za-z]+) (\d{4}), (\d{1,2}):(\d{2})\s*(AM|PM|am|pm)?/.exec(text);
  if (match === null) return null;
  const month = MONTHS.indexOf(match[2].toLowerCase());
  if (month < 0) return null;
  let hour = Number(match[4]) % (match[6] ? 12 : 24);
  if (match[6] && match[6].toUpperCase() === 'PM') hour += 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${match[3]}-${pad(month + 1)}-${pad(Number(match[1]))}T${pad(hour)}:${match[5]}`;
}
