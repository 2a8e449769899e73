/**
 * Watches the course folder and the banks folder, and reloads only what a change touched: a
 * bank file re-reads that bank; a lesson, course.yaml or the glossary reloads the course. Then
 * validate runs again in the background. Changes the studio wrote itself are recognised by their
 * text and not read back. Bursts of events (an editor's save is several) are coalesced.
 */
import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { displayPath } from '../diagnostics/format';
import { lessonIdOfBankFile } from '../quiz/bank/paths';
import type { StudioEvent } from './http/events';
import { readBankText, versionOf } from './review/store';
import type { Workspace } from './workspace';

/** Long enough to gather one save's events, short enough to stay well inside the reload budget. */
const SETTLE_MS = 25;
const VALIDATE_AFTER_MS = 150;
/** The first validate waits for the first page to be served: it renders every lesson. */
const FIRST_VALIDATE_AFTER_MS = 600;

export interface Watcher {
  /** The studio wrote `text` to `file`: an event for exactly that text is its own. */
  wrote(file: string, text: string): void;
  close(): void;
  /** Settles when the reloads and the validate run under way are done. */
  idle(): Promise<void>;
}

export function watchWorkspace(workspace: Workspace, send: (event: StudioEvent) => void): Watcher {
  const written = new Map<string, string>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let validateTimer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const cwd = path.dirname(workspace.courseDir);

  const revalidate = (after = VALIDATE_AFTER_MS) => {
    clearTimeout(validateTimer);
    validateTimer = setTimeout(() => {
      running = running.then(async () => {
        await workspace.revalidate();
        if (workspace.validation.current) send({ kind: 'diagnostics' });
      }).catch(() => undefined);
    }, after);
  };

  const handle = async (files: readonly string[]) => {
    const banks = files.filter((file) => path.dirname(file) === workspace.quizzesDir && lessonIdOfBankFile(path.basename(file)) !== undefined);
    const courseFiles = files.filter((file) => !banks.includes(file) && isCourseSource(workspace.courseDir, file));
    if (courseFiles.length > 0) {
      await workspace.reloadCourse();
      for (const file of courseFiles) send({ kind: 'course', file: displayPath(file, cwd) });
    }
    for (const file of banks) {
      const text = await readBankText(file);
      if (text !== null && written.get(file) === versionOf(text)) continue;
      written.delete(file);
      await workspace.reloadBank(file);
      send({ kind: 'bank', lesson: lessonIdOfBankFile(path.basename(file)), file: displayPath(file, cwd), version: versionOf(text) });
    }
    if (courseFiles.length > 0 || banks.length > 0) revalidate();
  };

  const noticed = (dir: string) => (_event: string, name: string | Buffer | null) => {
    if (name === null) return;
    pending.add(path.join(dir, name.toString()));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending.clear();
      running = running.then(() => handle(files)).catch(() => undefined);
    }, SETTLE_MS);
  };

  const watchers: FSWatcher[] = [];
  const add = (dir: string, recursive: boolean) => {
    try {
      watchers.push(watch(dir, { recursive }, noticed(dir)));
    } catch {
      // A banks folder that does not exist yet: nothing to watch until generate makes it.
    }
  };
  add(workspace.courseDir, true);
  if (!isInside(workspace.courseDir, workspace.quizzesDir)) add(workspace.quizzesDir, false);
  revalidate(FIRST_VALIDATE_AFTER_MS);
  return {
    wrote: (file, text) => void written.set(file, versionOf(text)),
    idle: () => running,
    close: () => {
      clearTimeout(timer);
      clearTimeout(validateTimer);
      for (const watcher of watchers) watcher.close();
    },
  };
}

/** Lessons (Markdown), course.yaml and the glossary; not editors' swap files or images. */
function isCourseSource(courseDir: string, file: string): boolean {
  return isInside(courseDir, file) && /\.(md|markdown|ya?ml)$/iu.test(file) && !path.basename(file).startsWith('.');
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
