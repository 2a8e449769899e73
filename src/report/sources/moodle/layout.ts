/**
 * The column layout of Moodle's SCORM interactions report (mod/scorm/report/interactions,
 * classes/report.php), as downloaded:
 *
 *   Name | <identity fields, e.g. Email address> | Attempt | Started on | Last accessed on | Score
 *   | <one column per SCO, headed by its title> | Question 0 | Response 0 | Right answer 0 | Result 0 | Question 1 | …
 *
 * "Question i" holds `cmi.interactions.i.id`, "Response i" its `student_response`, "Right answer
 * i" the correct patterns joined by commas, "Result i" the `result`; each of the four is present
 * only when ticked under the report options (Response alone is ticked by default). Questions are
 * numbered from 0 up to the largest interaction count of any attempt.
 *
 * Moodle writes the rows per SCO: the SCO's cell (score `raw/max`, else its status), then that
 * SCO's interaction cells. With one SCO this matches the header; with several (a whole-course
 * package) each row holds one such block per SCO, one after the other, so a row is longer than
 * the header. Both are read here.
 */

export const INTERACTION_FIELDS = ['question', 'response', 'right', 'result'] as const;
export type InteractionField = (typeof INTERACTION_FIELDS)[number];

const FIELD_HEADERS: Readonly<Record<InteractionField, string>> = {
  question: 'Question',
  response: 'Response',
  right: 'Right answer',
  result: 'Result',
};

/** The main columns' headers in Moodle's English strings (mod_scorm: attempt, started, last, score). */
const MAIN_HEADERS = ['Attempt', 'Started on', 'Last accessed on', 'Score'] as const;

export interface ReportLayout {
  /** Column of the learner's full name (0). */
  readonly name: number;
  /** Columns of the identity fields (e-mail, ID number…) between name and attempt. */
  readonly identity: readonly number[];
  readonly attempt: number;
  readonly started: number;
  readonly last: number;
  readonly score: number;
  /** Titles of the SCOs, in column order. */
  readonly scoTitles: readonly string[];
  /** The interaction fields present for each question, in the order Moodle writes them. */
  readonly fields: readonly InteractionField[];
  /** Number of question slots per SCO. */
  readonly questions: number;
}

export type LayoutResult = { readonly kind: 'layout'; readonly layout: ReportLayout } | { readonly kind: 'problem'; readonly message: string };

export function readLayout(header: readonly string[]): LayoutResult {
  const cells = header.map((cell) => cell.trim());
  const attempt = cells.indexOf(MAIN_HEADERS[0]);
  if (attempt < 1 || MAIN_HEADERS.some((title, i) => cells[attempt + i] !== title)) {
    return problem(`the header has no "${MAIN_HEADERS.join('", "')}" columns in a row`);
  }
  const score = attempt + 3;
  const firstQuestion = cells.findIndex((cell, i) => i > score && fieldOf(cell) !== null);
  if (firstQuestion < 0) return problem('the header has no question columns ("Question 0", "Response 0", …)');
  const fields = questionFields(cells.slice(firstQuestion));
  if (fields.length === 0) return problem('the question columns are not in Moodle\'s order');
  const questionCells = cells.length - firstQuestion;
  if (questionCells % fields.length !== 0) return problem('the question columns do not repeat evenly');
  return {
    kind: 'layout',
    layout: {
      name: 0,
      identity: range(1, attempt),
      attempt,
      started: attempt + 1,
      last: attempt + 2,
      score,
      scoTitles: cells.slice(score + 1, firstQuestion),
      fields,
      questions: questionCells / fields.length,
    },
  };
}

/** The fields of question 0, checked to repeat in the same order for every question number. */
function questionFields(cells: readonly string[]): InteractionField[] {
  const fields: InteractionField[] = [];
  for (const cell of cells) {
    const parsed = fieldOf(cell);
    if (parsed === null || parsed.index !== 0) break;
    fields.push(parsed.field);
  }
  const ordered = fields.every((field, i) => i === 0 || INTERACTION_FIELDS.indexOf(field) > INTERACTION_FIELDS.indexOf(fields[i - 1]));
  if (!ordered || fields.length === 0) return [];
  const repeats = cells.every((cell, i) => {
    const parsed = fieldOf(cell);
    return parsed !== null && parsed.field === fields[i % fields.length] && parsed.index === Math.floor(i / fields.length);
  });
  return repeats ? fields : [];
}

function fieldOf(header: string): { readonly field: InteractionField; readonly index: number } | null {
  for (const field of INTERACTION_FIELDS) {
    const match = new RegExp(`^${FIELD_HEADERS[field]} (\\d+)$`).exec(header);
    if (match) return { field, index: Number(match[1]) };
  }
  return null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function problem(message: string): LayoutResult {
  return { kind: 'problem', message };
}
