/**
 * Where question banks live: `quizzes/<lesson-id>.quiz.yaml`, in a folder beside the course
 * folder unless the user names another.
 */
import * as path from 'node:path';

export const BANK_SUFFIX = '.quiz.yaml';

export function bankFileName(lessonId: string): string {
  return `${lessonId}${BANK_SUFFIX}`;
}

/** The lesson id a bank file is named after, or undefined when the name is not a bank's. */
export function lessonIdOfBankFile(fileName: string): string | undefined {
  if (!fileName.endsWith(BANK_SUFFIX)) return undefined;
  const id = fileName.slice(0, -BANK_SUFFIX.length);
  return id === '' ? undefined : id;
}

/**
 * The banks folder a command uses. One rule for every command that reads or writes banks:
 * `--quizzes` when given (it names the folder for this run), else `quizzes` in course.yaml
 * (relative to the course folder), else `quizzes/` beside the course folder. Whichever it is,
 * a bank of another course found there is an error, never read nor replaced (bank `course:`).
 */
export function quizzesDirOf(course: { readonly dir: string; readonly quizzes?: string }, override?: string): string {
  if (override !== undefined) return path.resolve(override);
  return course.quizzes ?? defaultQuizzesDir(course.dir);
}

/** `quizzes/` next to the course folder: `course/` and `quizzes/` sit side by side in a repository. */
export function defaultQuizzesDir(courseDir: string): string {
  return path.join(path.dirname(path.resolve(courseDir)), 'quizzes');
}
