/**
 * Table and figure captions: `Кесте 1 – …`, `Сурет 2- …`, `Рисунок 3. …`, `Figure 4: …`.
 * The dash after the number is written " – " in the course, whatever the source used.
 */

export interface Caption {
  readonly kind: 'table' | 'figure';
  /** The caption as it will be shown, e.g. `Сурет 1 – Бір жол- Бір белдеу …`. */
  readonly text: string;
}

const LABELS: Readonly<Record<string, Caption['kind']>> = {
  кесте: 'table', таблица: 'table', table: 'table',
  сурет: 'figure', рисунок: 'figure', 'рис.': 'figure', figure: 'figure', 'fig.': 'figure',
};

const CAPTION = /^(Кесте|Таблица|Table|Сурет|Рисунок|Рис\.|Figure|Fig\.)\s*(\d+(?:\.\d+)*)(?:\s*([-–—.:])\s*|\s+|$)(.*)$/iu;
const MAX_CAPTION_LENGTH = 300;
const MAX_UNMARKED_WORDS = 15;

/** The caption on this (whitespace-collapsed) line, or undefined when it is ordinary text. */
export function matchCaption(text: string): Caption | undefined {
  const match = CAPTION.exec(text);
  if (!match || text.length > MAX_CAPTION_LENGTH) return undefined;
  const [, label = '', number = '', separator, rest = ''] = match;
  const kind = LABELS[label.toLowerCase()];
  if (!kind) return undefined;
  // Without a dash after the number, "Сурет 2 бойынша …" is a sentence, not a caption.
  const unmarkedSentence = !separator && (rest.split(' ').length > MAX_UNMARKED_WORDS || /[.!?]$/.test(rest) || /^\p{Ll}/u.test(rest));
  if (unmarkedSentence) return undefined;
  return { kind, text: rest ? `${label} ${number} – ${rest}` : `${label} ${number}` };
}
