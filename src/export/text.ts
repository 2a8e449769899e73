/**
 * Texts shared by both formats: HTML for the rich fields (question text, options, feedback),
 * names, and the general feedback with its source reference.
 */
import type { Chapter, Language, Lesson } from '../model/course';
import type { OrderingItem, QuizItem } from '../model/quiz';

/**
 * Bank texts are plain text. Both formats mark their rich fields as HTML, so the text is
 * escaped and shows exactly as written (`<script>` included) and newlines become `<br>`.
 * Only named entities are used: a numeric one (`&#…;`) would put a `#` into GIFT.
 */
export function plainToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, '<br>');
}

/** The lesson as learners know it: "1.1 Title", or the title alone when it has no number. */
export function lessonLabel(lesson: Lesson): string {
  return numbered(lesson.number, lesson.title);
}

export function chapterLabel(chapter: Chapter): string {
  return numbered(chapter.number, chapter.title);
}

function numbered(number: string | undefined, title: string): string {
  return number ? `${number} ${title}` : title;
}

/** Short and unique: the lesson number and the item id, e.g. "1.1 s1-1-cloze-year-42". */
export function questionName(lesson: Lesson, item: QuizItem): string {
  return lesson.number ? `${lesson.number} ${item.id}` : item.id;
}

interface ReferenceWords {
  readonly source: string;
  readonly open: string;
  readonly close: string;
}

/** "Source" in the course language: the feedback is read by the course's learners. */
const REFERENCE_WORDS: Record<Language, ReferenceWords> = {
  kk: { source: 'Дереккөз', open: '«', close: '»' },
  ru: { source: 'Источник', open: '«', close: '»' },
  en: { source: 'Source', open: '“', close: '”' },
};

/**
 * The item's feedback, then a line naming where the answer is taught:
 * `Дереккөз: 1.1 Title — «source sentence»`. The sentence is left out when the feedback
 * already quotes it, as generated feedback usually does.
 */
export function generalFeedback(item: QuizItem, lesson: Lesson, language: Language): string {
  const words = REFERENCE_WORDS[language];
  const quoted = item.feedback.includes(item.source.text);
  const sentence = quoted ? '' : ` — ${words.open}${item.source.text}${words.close}`;
  return `${item.feedback}\n${words.source}: ${lessonLabel(lesson)}${sentence}`;
}

/** Tags that let an instructor filter the question bank: the rule, the kind and the review status. */
export function itemTags(item: QuizItem): string[] {
  return [`rule:${item.rule}`, `kind:${item.kind}`, `status:${item.status}`];
}

/**
 * An ordering item as matching, where the ordering type is missing (GIFT, older Moodle):
 * "1" → the first step, "2" → the second, …
 */
export function positionPairs(item: OrderingItem): Array<[string, string]> {
  return item.steps.map((step, index) => [String(index + 1), step.text]);
}
