/**
 * `cause-effect`: where the text marks a cause or an effect (себебі, сондықтан; потому что,
 * поэтому; because, therefore), the part after the marker is blanked and offered among parts of
 * the same role from other sentences of the course (other causes for a cause, other effects for
 * an effect): a learner who understood the lesson's argument knows which reason it gives.
 * A sentence that opens with the marker ("Себебі, …") is shown after the sentence before it,
 * which is what it explains. Distractors come from the same lesson only (a cause from another
 * chapter is off-topic at a glance: blind reviewers saw through them), never share most words
 * with the answer (they could say the same), and lengths give nothing away.
 */
import type { Language } from '../../../model/course';
import type { ChoiceItem, Option } from '../../../model/quiz';
import { sentenceProblems } from '../../checks';
import { CLOZE_BLANK } from '../../bank/lint-item';
import type { CourseSentence, CourseText } from '../../text/types';
import type { DroppedCandidate, QuizRule, QuizRuleContext, RuleOutput } from '../registry';
import { generatedItemId, seededOrder } from '../lists/item-id';
import { lengthGivesAway } from '../statements/lengths';
import { stemsOf } from '../../salience/words';
import { courseSpelling, suspectWords } from '../../salience/spelling';
import { INNER_MARKERS, OPENING_MARKERS, type Role } from './markers';
import { CAUSE_EFFECT_PHRASES } from './phrases';

export const CAUSE_EFFECT = 'cause-effect';
const SHORT = 'cause';
const DISTRACTORS = 3;
/** The asked part: a clause, not a word, not a paragraph. */
const MIN_PART_WORDS = 3;
const MAX_PART_WORDS = 20;
/** The part kept in the stem must say something. */
const MIN_GIVEN_WORDS = 4;
/** A distractor sharing this share of the answer's content words may say the same. */
const MAX_SHARED = 0.5;
const MAX_WORDS = 45;

export interface CausalPart {
  readonly sentence: CourseSentence;
  readonly role: Role;
  /** What the stem shows before the blank (the previous sentence and the marker, or the sentence's first part). */
  readonly given: string;
  /** The part after the marker, without its final stop: the answer. */
  readonly asked: string;
  /** The sentence before, when the marker opens the sentence. */
  readonly context?: CourseSentence;
}

export function causeEffectRule(): QuizRule {
  return { id: CAUSE_EFFECT, kinds: ['choice'], languages: 'all', generate };
}

const partsCache = new WeakMap<CourseText, CausalPart[]>();

/** Every marked cause and effect of the course, in text order (computed once per course). */
export function causalParts(text: CourseText): CausalPart[] {
  let parts = partsCache.get(text);
  if (!parts) {
    const spelling = courseSpelling(text);
    // a part with a misspelt word would be the one option a careful reader doubts, or the answer shown wrong
    parts = text.sentences.filter((sentence) => suspectWords(sentence.sentence.clean, spelling).length === 0).flatMap((sentence) => partOf(sentence, text) ?? []);
    partsCache.set(text, parts);
  }
  return parts;
}

function generate(context: QuizRuleContext): RuleOutput {
  const language = context.text.language;
  const all = causalParts(context.text);
  const items: ChoiceItem[] = [];
  const dropped: DroppedCandidate[] = [];
  for (const part of all.filter((found) => found.sentence.lesson === context.lesson.id)) {
    const distractors = distractorsFor(part, all, context.lesson.id);
    if (distractors.length < DISTRACTORS) {
      dropped.push({ rule: CAUSE_EFFECT, reason: 'too-few-distractors', sentence: part.sentence.sentence.clean, line: part.sentence.line });
      continue;
    }
    items.push(itemOf(part, distractors, language));
  }
  return { items, dropped };
}

function partOf(sentence: CourseSentence, text: CourseText): CausalPart | undefined {
  const language = text.language;
  const clean = sentence.sentence.clean;
  if (sentence.sentence.words > MAX_WORDS || !/[.!]$/u.test(clean)) return undefined;
  for (const marker of OPENING_MARKERS[language]) {
    const match = marker.pattern.exec(clean);
    if (!match) continue;
    const before = text.sentences[sentence.index - 1];
    if (!before || before.lesson !== sentence.lesson || before.line !== sentence.line) return undefined;
    if (sentenceProblems(before.sentence, language).length > 0) return undefined;
    const asked = trimPart(clean.slice(match[0].length));
    return fitPart(asked) ? { sentence, role: marker.role, given: `${before.sentence.clean} ${clean.slice(0, match[0].length)}`, asked, context: before } : undefined;
  }
  if (sentenceProblems(sentence.sentence, language).some((problem) => problem !== 'too-long')) return undefined;
  for (const marker of INNER_MARKERS[language]) {
    const match = marker.pattern.exec(clean);
    if (!match) continue;
    const given = clean.slice(0, match.index + match[0].length);
    const asked = trimPart(clean.slice(match.index + match[0].length));
    if (given.split(/\s+/u).length - 1 < MIN_GIVEN_WORDS || !fitPart(asked)) return undefined;
    return { sentence, role: marker.after, given, asked };
  }
  return undefined;
}

function trimPart(part: string): string {
  return part.replace(/[.!]+$/u, '').trim();
}

/** A clause of a readable length that does not point elsewhere. */
function fitPart(asked: string): boolean {
  const words = asked.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
  return words >= MIN_PART_WORDS && words <= MAX_PART_WORDS && !/[«»()[\]";:]/u.test(asked);
}

/** Parts of the same role from other sentences of this lesson; not paraphrases of the answer. */
function distractorsFor(part: CausalPart, all: readonly CausalPart[], lesson: string): string[] {
  const answer = new Set(stemsOf(part.asked));
  const candidates = all.filter((other) => other.role === part.role && other.sentence.index !== part.sentence.index && other.asked.toLowerCase() !== part.asked.toLowerCase()
    && shared(answer, stemsOf(other.asked)) <= MAX_SHARED && !part.given.toLowerCase().includes(other.asked.toLowerCase()));
  const seed = part.sentence.sentence.clean;
  const ordered = seededOrder(seed, candidates.filter((other) => other.sentence.lesson === lesson), (other) => other.asked);
  const chosen: string[] = [];
  for (const other of ordered) {
    if (chosen.length >= DISTRACTORS) break;
    const text = other.asked;
    if (chosen.includes(text)) continue;
    if (lengthGivesAway([part.asked, ...chosen, text].map((one) => [...one].length))) continue;
    chosen.push(text);
  }
  return chosen;
}

function shared(answer: ReadonlySet<string>, other: readonly string[]): number {
  if (answer.size === 0) return 1;
  return [...new Set(other)].filter((stem) => answer.has(stem)).length / answer.size;
}

function itemOf(part: CausalPart, distractors: readonly string[], language: Language): ChoiceItem {
  const phrases = CAUSE_EFFECT_PHRASES[language];
  const seed = `${part.sentence.sentence.clean}\u0000${part.asked}`;
  const shown = seededOrder(seed, [part.asked, ...distractors], (one) => one);
  const options: Option[] = shown.map((text, index) => ({ id: String.fromCharCode(97 + index), text }));
  const source = part.context ? `${part.context.sentence.clean} ${part.sentence.sentence.clean}` : part.sentence.sentence.clean;
  return {
    id: generatedItemId(part.sentence.lesson, SHORT, seed),
    kind: 'choice',
    status: 'draft',
    rule: CAUSE_EFFECT,
    stem: `${phrases.lead[part.role]} ${part.given.trimEnd()} ${CLOZE_BLANK}.`,
    options,
    answer: options.find((option) => option.text === part.asked)!.id,
    feedback: phrases.feedback(part.asked, source),
    source: { lesson: part.sentence.lesson, line: part.sentence.line, text: part.sentence.sentence.clean },
    fingerprint: '',
  };
}
