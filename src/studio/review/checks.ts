/**
 * The automatic checks of one item as the page shows it, run again after every edit: lint's
 * checks of the item (src/quiz/bank/lint-item.ts: id, source line, empty texts, cloze blank,
 * options, answers, pairs), whether its source sentence is still in the lesson
 * (src/quiz/bank/stale.ts), and of the generator's checks (src/quiz/checks) those that need
 * only the item's text: the right option put in the blank gives the source sentence
 * (restores-source), and the right option does not stand out by its length (options-give-away);
 * and, on a cloze item, with the course text analysed once per course (src/quiz/checks/item.ts),
 * checks 2–5 on every wrong option against the whole text (of the key's type and case, fits the
 * sentence, not the key, not true elsewhere).
 */
import { diagnostic } from '../../diagnostics/codes';
import type { Lesson } from '../../model/course';
import type { ChoiceItem, QuizItem } from '../../model/quiz';
import { lintItem } from '../../quiz/bank/lint-item';
import type { BankFile } from '../../quiz/bank/read';
import { isStale } from '../../quiz/bank/stale';
import { placeOfValue } from '../../load/yaml-source';
import { LANGUAGES, type Language } from '../../model/course';
import { CLOZE_BLANK } from '../../quiz/bank/lint-item';
import { lengthGivesAway } from '../../quiz/checks/options';
import { restoreKey } from '../../quiz/checks/restores-source';
import { problem, type Problem } from '../../quiz/checks/types';
import { normaliseStatement } from '../../quiz/rules/shared/statement';
import { clozeItemProblems } from '../../quiz/checks/item';
import type { CourseText } from '../../quiz/text/types';

export interface ItemProblem {
  /** A lint code (`quiz/…`) or the name of a generator check. */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Line in the bank file. */
  readonly line: number;
}

/** The checks named to the reviewer as passed when no problem is found. */
export const ITEM_CHECKS = ['id', 'source line', 'texts', 'options and answers', 'source sentence in the lesson', 'restores-source', 'options-give-away', 'wrong options against the whole text (cloze items)'] as const;

/**
 * Whether the item is checked against the whole course text (a cloze not rejected): only then is
 * the text analysed (Workspace.courseText).
 */
export function checkedAgainstText(item: QuizItem): item is ChoiceItem {
  return item.kind === 'choice' && item.status !== 'rejected';
}

/** `text`: the course text analysed (Workspace.courseText()); without it the whole-text checks are left out. */
export function itemProblems(item: QuizItem, index: number, file: BankFile, lesson: Lesson | undefined, text?: CourseText): ItemProblem[] {
  if (!file.yaml) return [];
  const found = lintItem(item, index, { yaml: file.yaml, lesson, lessonId: file.lessonId });
  if (lesson && item.status !== 'rejected' && isStale(item, lesson)) {
    found.push(diagnostic('quiz/stale-item', `item ${item.id}: its source sentence is no longer in ${lesson.file}`, placeOfValue(file.yaml, ['items', index, 'source', 'text'])));
  }
  const line = placeOfValue(file.yaml, ['items', index, 'stem']).line;
  const whole = text && checkedAgainstText(item) ? clozeItemProblems(item, text) : [];
  const generated = [...generatorProblems(item, file.bank?.language ?? 'en'), ...whole].map((p) => ({ code: p.check, severity: 'warning' as const, message: `item ${item.id}: ${p.message}`, line }));
  return [...found.map((d) => ({ code: d.code, severity: d.severity, message: d.message, line: d.place?.line ?? 0 })), ...generated];
}

function generatorProblems(item: QuizItem, language: string): Problem[] {
  if (item.kind !== 'choice') return [];
  const key = item.options.find((option) => option.id === item.answer)?.text;
  if (key === undefined) return [];
  const found = lengthGivesAway(key, item.options.filter((option) => option.id !== item.answer).map((option) => option.text));
  if (!item.stem.includes(CLOZE_BLANK)) return found;
  const restored = restoreKey(item.stem, key);
  if (typeof restored !== 'string') return [...found, restored];
  // Context sentences the stem shows before its own sentence come first.
  const source = normaliseStatement(item.source.text, (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en');
  if (restored !== source && !restored.endsWith(` ${source}`)) found.push(problem('restores-source', `the right option in the blank gives «${restored}», not the source sentence «${source}»`));
  return found;
}
