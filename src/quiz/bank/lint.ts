/**
 * `coursepack quiz lint`: every problem of every bank at once — YAML and schema errors, then
 * what only the course can tell (the lesson exists, the ids are unique across the course, the
 * source lines are in the lesson) and each item's own consistency.
 */
import * as path from 'node:path';
import { diagnostic } from '../../diagnostics/codes';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import { sortDiagnostics } from '../../load/sort-diagnostics';
import { placeOfValue, type YamlSource } from '../../load/yaml-source';
import type { Course } from '../../model/course';
import type { QuestionBank } from '../../model/quiz';
import { didYouMean } from '../../validate/did-you-mean';
import { lintItem } from './lint-item';
import type { BankFile } from './read';

export function lintBanks(course: Course, files: readonly BankFile[]): Diagnostic[] {
  const found = [...files.flatMap((file) => file.diagnostics), ...files.flatMap((file) => lintBank(course, file)), ...duplicateIds(files)];
  return sortDiagnostics(found, files.map((file) => file.file));
}

function lintBank(course: Course, file: BankFile): Diagnostic[] {
  const { bank, yaml } = file;
  if (!bank || !yaml) return [];
  const lesson = course.lessons.find((candidate) => candidate.id === file.lessonId);
  const found = lesson ? [] : [unknownLesson(course, file, yaml)];
  found.push(...bankHeader(course, file.lessonId, bank, yaml));
  bank.items.forEach((item, index) => found.push(...lintItem(item, index, { yaml, lesson, lessonId: file.lessonId })));
  return found;
}

function unknownLesson(course: Course, file: BankFile, yaml: YamlSource): Diagnostic {
  const known = course.lessons.map((lesson) => lesson.id);
  const message = `${path.basename(file.file)} is the bank of lesson "${file.lessonId}", which the course does not have${didYouMean(file.lessonId, known)}`;
  return diagnostic('quiz/unknown-lesson', message, placeOfValue(yaml, ['lesson']));
}

function bankHeader(course: Course, lessonId: string, bank: QuestionBank, yaml: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (bank.lesson !== lessonId) {
    const message = `lesson is "${bank.lesson}" but the file is named after lesson "${lessonId}"`;
    found.push(diagnostic('quiz/lesson-mismatch', message, placeOfValue(yaml, ['lesson'])));
  }
  if (bank.language !== course.language) {
    const message = `the bank is in "${bank.language}" but the course language is "${course.language}"`;
    found.push(diagnostic('quiz/language-mismatch', message, placeOfValue(yaml, ['language'])));
  }
  return found;
}

/** Item ids become interaction ids in the LMS: one id, one question, across the whole course. */
function duplicateIds(files: readonly BankFile[]): Diagnostic[] {
  const first = new Map<string, { file: string; yaml: YamlSource; index: number }>();
  const found: Diagnostic[] = [];
  for (const file of files) {
    const { bank, yaml } = file;
    if (!bank || !yaml) continue;
    bank.items.forEach((item, index) => {
      const earlier = first.get(item.id);
      if (!earlier) {
        // Places are looked up only for a repeat: finding them parses the file's positions.
        first.set(item.id, { file: file.file, yaml, index });
        return;
      }
      const line = placeOfValue(earlier.yaml, ['items', earlier.index, 'id']).line;
      const where = earlier.file === file.file ? `line ${line}` : `${path.basename(earlier.file)}, line ${line}`;
      found.push(diagnostic('quiz/duplicate-item-id', `item id "${item.id}" is already used (${where})`, placeOfValue(yaml, ['items', index, 'id'])));
    });
  }
  return found;
}
