/**
 * One lesson's package for the preview, built in memory by the build's own pipeline from the
 * course and banks the studio holds (the items learners would see under settings.quiz.include),
 * and unpacked as an LMS unpacks it. Built again only after something changed on disk.
 */
import JSZip from 'jszip';
import { buildInMemory } from '../../build/pipeline';
import { defaultSteps } from '../../build/steps';
import { StageTimer } from '../../build/timer';
import { selectFormats } from '../../formats/index';
import type { Language } from '../../model/course';
import type { QuizItem } from '../../model/quiz';
import { shippedItems } from '../../quiz/bank/select';
import type { Workspace } from '../workspace';

import type { PreviewRuntime } from './runtimes';

export interface LessonPackage {
  /** Package path → bytes. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The lesson page the LMS launches. */
  readonly launch: string;
  /** cmi5: the AU of cmi5.xml (id, moveOn, masteryScore), as an LMS reads it when the package is imported. */
  readonly au?: { readonly id: string; readonly moveOn?: string; readonly masteryScore?: number };
}

const cache = new Map<string, { generation: number; built: Promise<LessonPackage> }>();

/** `language`: the player's own texts in another language than the course's (the lesson text stays as written). */
export function lessonPackage(workspace: Workspace, runtime: PreviewRuntime, lessonId: string, language?: Language): Promise<LessonPackage> {
  const key = `${runtime}\u0000${lessonId}\u0000${language ?? ''}`;
  const known = cache.get(key);
  if (known && known.generation === workspace.generation) return known.built;
  const built = buildLessonPackage(workspace, runtime, lessonId, language);
  cache.set(key, { generation: workspace.generation, built });
  built.catch(() => cache.delete(key));
  return built;
}

async function buildLessonPackage(workspace: Workspace, runtime: PreviewRuntime, lessonId: string, language: Language | undefined): Promise<LessonPackage> {
  const course = workspace.course;
  const lesson = workspace.lesson(lessonId);
  if (!course || !lesson) throw new Error(`the course has no lesson ${lessonId}`);
  const bank = workspace.bankOf(lessonId)?.bank;
  const quizzes = new Map<string, readonly QuizItem[]>(bank ? [[lessonId, shippedItems(bank, course.settings.quiz)]] : []);
  const { formats } = selectFormats([runtime]);
  // The course cut down to this lesson: its package is the same, and nothing else is rendered.
  const built = await buildInMemory({ ...course, language: language ?? course.language, lessons: [lesson] }, formats, defaultSteps, new StageTimer(), quizzes);
  const zip = built.find((candidate) => candidate.path.endsWith(`/${lessonId}.zip`) && candidate.path.includes('/lessons/'));
  if (!zip) throw new Error(`the ${runtime} build made no package for lesson ${lessonId}`);
  const unpacked = await JSZip.loadAsync(zip.bytes);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(unpacked.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  const structure = files.get('cmi5.xml');
  return { files, launch: `lessons/${lessonId}/index.html`, ...(structure ? { au: auOf(Buffer.from(structure).toString('utf8')) } : {}) };
}

function auOf(xml: string): LessonPackage['au'] {
  const tag = /<au\b([^>]*)>/u.exec(xml)?.[1] ?? '';
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1];
  const mastery = attribute('masteryScore');
  return { id: attribute('id') ?? '', moveOn: attribute('moveOn'), ...(mastery !== undefined ? { masteryScore: Number(mastery) } : {}) };
}
