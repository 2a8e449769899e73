/**
 * Dated events of a lesson, the material of ordering items: the items of a dated list
 * ("1994 жылы Орталық Азиялық одақ; 2001 жылы …"), the clauses of a sentence that lists dated
 * events between semicolons, and statements dated by one point in time. Each event is shown
 * without its date, so it must read on its own: no pointing back, no cue to its place in time
 * ("first", "next", "келесі"), no other year.
 */
import type { Language } from '../../../model/course';
import { stemHygiene } from '../../text/hygiene';
import { splitSentences } from '../../text/sentences';
import type { CourseSentence, CourseText, IntroducedList } from '../../text/types';
import { anaphoricOpener } from '../../text/openers';
import { capitalised, wordCount } from '../lists/option-text';
import { datedBy } from './time-expression';
import { cleanSentence } from '../../text/sentences';

export interface DatedEvent {
  readonly year: number;
  /** The step as shown: the statement without its date. */
  readonly step: string;
  /** The statement as the text gives it (for the feedback). */
  readonly sentence: string;
  readonly line: number;
  /** Text order within the lesson. */
  readonly order: number;
}

/** Events told together: a dated list or one sentence's clauses, or the lesson's dated statements in text order. */
export interface EventGroup {
  readonly kind: 'list' | 'clauses' | 'statements';
  /** For a list: its intro, which the stem quotes. */
  readonly intro?: string;
  readonly events: readonly DatedEvent[];
  /** Candidates refused, with why (the rule reports them when the group yields no item). */
  readonly refused: readonly { readonly reason: string; readonly sentence: string; readonly line: number }[];
}

export const MIN_STEP_WORDS = 2;
export const MAX_STEP_WORDS = 24;

/** Words that tell a step's place in time without its date. */
const ORDER_CUES: Readonly<Record<Language, RegExp>> = {
  kk: /(?:^|[^\p{L}])(?:алғашқы|бірінші|екінші|үшінші|төртінші|келесі|соңғы|алдыңғы|бұдан|артынан|ендігі|бастапқы|жоғарыда|осылайынша|осылайша)(?![\p{L}])/iu,
  ru: /(?:^|[^\p{L}])(?:перв|втор|трет|четв[её]рт|следующ|последн|затем|после|позже|впервые)\p{L}*/iu,
  en: /\b(?:first|second|third|fourth|next|last|later|then|after|afterwards|subsequent\w*|finally|previous\w*|earlier)\b/iu,
};
/**
 * Openers that only link a statement to the one before ("Ал, 1996 жылы …", "However, in 1996 …"):
 * the event reads on its own once they are taken off. Openers that point back (Бұл, Осы) stay refused.
 */
const LINKING_OPENERS: Readonly<Record<Language, RegExp>> = {
  kk: /^(?:Ал|Бірақ|Алайда|Дегенмен|Сонымен қатар|Сонымен бірге|Сондай-ақ|Әрине|Мәселен|Мысалы|Атап айтқанда|Сонымен)[,\s]+/u,
  ru: /^(?:А|Но|Однако|Кроме того|Также|При этом|Например|Так)[,\s]+/u,
  en: /^(?:However|But|And|Also|Moreover|In addition|For example|For instance|Meanwhile)[,\s]+/u,
};
/** A demonstrative inside the step ("осы келісім", "this agreement"): it names something told before. */
const POINTING_INSIDE: Readonly<Record<Language, RegExp>> = {
  kk: /(?:^|[^\p{L}])(?:осы|бұл|сол|аталған|аталмыш|мұндай|қазіргі|ол|оны|оның|олар|олардың)(?![\p{L}])/iu,
  ru: /(?:^|[^\p{L}])(?:этот|эта|это|эти|этого|этой|этих|данн\p{L}*|указанн\p{L}*|тот|та|те|он|она|оно|они|его|её|ее|их|ему|ей|им)(?![\p{L}])/iu,
  en: /\b(?:this|these|those|the said|the above|it|its|they|them|their)\b/u,
};
const OTHER_YEAR = /(?<![\p{N}])(?:1[5-9]\d\d|20\d\d)(?![\p{N}])/u;

export function lessonEventGroups(text: CourseText, lesson: string): EventGroup[] {
  const language = text.language;
  const groups: EventGroup[] = [];
  const used = new Set<number>();
  const sentences = text.sentences.filter((s) => s.lesson === lesson);
  for (const list of text.prose.get(lesson)?.lists ?? []) {
    const group = listGroup(list, language);
    if (!group) continue;
    groups.push(group);
    for (const s of sentences) if (list.items.some((item) => item.line === s.line)) used.add(s.index);
  }
  const statements: DatedEvent[] = [];
  const refused: EventGroup['refused'][number][] = [];
  for (const s of sentences) {
    if (used.has(s.index) || s.paragraphKind !== 'paragraph') continue;
    const clauses = clauseGroup(s, language);
    if (clauses) {
      groups.push(clauses);
      continue;
    }
    const event = statementEvent(s, language);
    if (typeof event === 'string') {
      if (event !== 'no-year') refused.push({ reason: event, sentence: s.sentence.clean, line: s.line });
    } else statements.push(event);
  }
  groups.push({ kind: 'statements', events: statements, refused });
  return groups;
}

/** A list whose items are dated events (three or more of them dated). */
function listGroup(list: IntroducedList, language: Language): EventGroup | undefined {
  const events: DatedEvent[] = [];
  const refused: EventGroup['refused'][number][] = [];
  list.items.forEach((item, index) => {
    const clean = cleanSentence(item.text);
    const event = eventOf(clean, clean, item.line, index, language);
    if (typeof event === 'string') refused.push({ reason: event, sentence: clean, line: item.line });
    else events.push(event);
  });
  const datedItems = events.length + refused.filter((r) => r.reason !== 'no-year').length;
  if (datedItems < 3 || datedItems * 2 < list.items.length) return undefined;
  const intro = splitSentences(list.intro.text, language).pop()?.clean;
  return { kind: 'list', ...(intro ? { intro } : {}), events, refused: refused.filter((r) => r.reason !== 'no-year') };
}

/** "1994 жылы …; 2001 жылы …; 2002 жылы …": three or more dated clauses in one sentence. */
function clauseGroup(s: CourseSentence, language: Language): EventGroup | undefined {
  const clauses = s.sentence.clean.split(/\s*;\s*/u).filter((clause) => clause.trim() !== '');
  if (clauses.length < 3) return undefined;
  const events: DatedEvent[] = [];
  const refused: EventGroup['refused'][number][] = [];
  clauses.forEach((clause, index) => {
    const event = eventOf(clause, s.sentence.clean, s.line, s.index * 100 + index, language);
    if (typeof event === 'string') refused.push({ reason: event, sentence: clause, line: s.line });
    else events.push(event);
  });
  if (events.length + refused.filter((r) => r.reason !== 'no-year').length < 3) return undefined;
  return { kind: 'clauses', events, refused: refused.filter((r) => r.reason !== 'no-year') };
}

function statementEvent(s: CourseSentence, language: Language): DatedEvent | string {
  if (!s.quantities.some((q) => q.kind === 'year' || (q.kind === 'date' && q.year !== undefined))) return 'no-year';
  const unlinked = s.sentence.clean.replace(LINKING_OPENERS[language], '');
  if (unlinked !== s.sentence.clean) return eventOf(unlinked, s.sentence.clean, s.line, s.index * 100, language);
  if (s.sentence.anaphoric) return 'event-needs-context';
  const problems = stemHygiene(s.sentence).filter((p) => p !== 'too-short' && p !== 'too-long');
  if (problems.length > 0) return 'event-unfit';
  return eventOf(s.sentence.clean, s.sentence.clean, s.line, s.index * 100, language);
}

function eventOf(textValue: string, sentence: string, line: number, order: number, language: Language): DatedEvent | string {
  const dated = datedBy(textValue, language);
  if (typeof dated === 'string') return dated;
  const step = capitalised(dated.rest.replace(/[\s;,.:]+$/u, ''));
  const words = wordCount(step);
  if (words < MIN_STEP_WORDS || words > MAX_STEP_WORDS) return 'event-length';
  if (OTHER_YEAR.test(step)) return 'several-years';
  if (ORDER_CUES[language].test(step)) return 'order-cue';
  if (anaphoricOpener(step, language) !== undefined || POINTING_INSIDE[language].test(step)) return 'event-needs-context';
  if (/[[\]]/u.test(step)) return 'event-unfit';
  return { year: dated.year, step, sentence, line, order };
}
