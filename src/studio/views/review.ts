/**
 * One lesson's review queue as the page shows it: every item with the automatic checks run on
 * it as it stands, where its source sentence is in the lesson text, and the bank's version (the
 * page sends it back with every change, so that a bank changed on disk meanwhile is noticed).
 */
import * as path from 'node:path';
import { displayPath } from '../../diagnostics/format';
import type { QuizItem } from '../../model/quiz';
import { isEdited } from '../../quiz/bank/fingerprint';
import { checkedAgainstText, itemProblems, ITEM_CHECKS, type ItemProblem } from '../review/checks';
import { highlightOf, paragraphsOf, type Highlight, type Paragraph } from '../review/source-text';
import { versionOf } from '../review/store';
import type { Workspace } from '../workspace';
import { diagnosticView, type DiagnosticView } from './map';
import { reviewProgress, type Progress } from './progress';

export interface ReviewItemView {
  readonly item: QuizItem;
  readonly problems: readonly ItemProblem[];
  readonly highlight: Highlight | null;
  /** Changed since generation: `quiz generate` keeps it as it is. */
  readonly edited: boolean;
}

export interface ReviewView {
  readonly lesson: { readonly id: string; readonly title: string; readonly file: string };
  readonly lessons: readonly { readonly id: string; readonly title: string }[];
  readonly bank: { readonly file: string; readonly version: string; readonly problems: readonly DiagnosticView[] };
  readonly items: readonly ReviewItemView[];
  readonly paragraphs: readonly Paragraph[];
  readonly progress: Progress;
  readonly checks: readonly string[];
}

export function reviewView(workspace: Workspace, lessonId: string): ReviewView | undefined {
  const lesson = workspace.lesson(lessonId);
  const file = workspace.bankPathOf(lessonId);
  if (!lesson || file === undefined || !workspace.course) return undefined;
  const cwd = path.dirname(workspace.courseDir);
  const read = workspace.banks.get(file);
  const bank = workspace.bankOf(lessonId);
  const paragraphs = paragraphsOf(lesson);
  const bankItems = bank?.bank?.items ?? [];
  // the whole course analysed only when an item is checked against it: a lesson of true/false
  // statements refreshes at once after an edit
  const text = bankItems.some(checkedAgainstText) ? workspace.courseText() : undefined;
  const items = bankItems.map((item, index) => ({
    item,
    problems: itemProblems(item, index, bank!, lesson, text),
    highlight: highlightOf(paragraphs, item.source),
    edited: isEdited(item),
  }));
  return {
    lesson: { id: lesson.id, title: lesson.title, file: lesson.file },
    lessons: workspace.course.lessons.map((other) => ({ id: other.id, title: other.title })),
    bank: { file: displayPath(file, cwd), version: versionOf(read?.yaml?.text ?? null), problems: (read?.diagnostics ?? []).map((d) => diagnosticView(d, cwd)) },
    items,
    paragraphs,
    progress: reviewProgress(workspace),
    checks: ITEM_CHECKS,
  };
}

export function itemView(workspace: Workspace, lessonId: string, itemId: string): ReviewItemView | undefined {
  return reviewView(workspace, lessonId)?.items.find((view) => view.item.id === itemId);
}
