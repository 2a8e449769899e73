/**
 * Seeded learners for the report tests: abilities from a normal distribution, a difficulty per
 * item, three items broken on purpose (see ../fixtures/report/quizzes/orgs.quiz.yaml), and every
 * statement built by the player's own statement builder (src/player/lms/xapi/statements.ts) and
 * scored by the player's own scoring. Besides the statements, the simulation keeps the ground
 * truth (each learner's answers, statuses, scores, times) so that tests compute the expected
 * tables from it directly, without the report's code.
 */
import type { Course, Lesson } from '../../src/model/course';
import type { QuizItem } from '../../src/model/quiz';
import type { InteractionRecord } from '../../src/player/lms/adapter';
import { correctResponse, toResponse, type Answer } from '../../src/player/quiz/answers';
import { attemptPercent, scoreAnswer } from '../../src/player/quiz/score';
import { pageData } from '../../src/formats/xapi/activities';
import {
  answeredStatement, completedStatement, experiencedStatement, initializedStatement, judgedStatement,
  progressedStatement, suspendedStatement, terminatedStatement, type StatementSettings,
} from '../../src/player/lms/xapi/statements';
import type { XapiStatement } from '../../src/player/lms/xapi/statement-types';

export interface SimAnswer {
  readonly item: string;
  readonly attempt: number;
  readonly score: number;
  /** Option ids chosen (choice, multiple-response), `true`/`false`; null for ordering and matching. */
  readonly chosen: readonly string[] | null;
}

export interface SimLesson {
  readonly status: 'not-started' | 'in-progress' | 'completed' | 'passed' | 'failed';
  readonly attemptScores: readonly number[];
  readonly timeMs: number;
  readonly answers: readonly SimAnswer[];
}

export interface SimLearner {
  /** The report's learner key: the mbox. */
  readonly key: string;
  readonly name: string;
  readonly ability: number;
  readonly lessons: Readonly<Record<string, SimLesson>>;
}

export interface Simulation {
  readonly learners: readonly SimLearner[];
  readonly statements: readonly XapiStatement[];
}

/** mulberry32: small, seeded, the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIFFICULTY: Readonly<Record<string, number>> = {
  'orgs-sco': -0.8,
  'orgs-tf-treaty': -0.3,
  'orgs-caco': 0.2,
  'orgs-unused': -0.4,
  'orgs-mr': 0.4,
  'orgs-order': 0,
  'orgs-match': -0.6,
  'orgs-tf-eaeu': -1,
  'orgs-turkic': 0.6,
  'orgs-tf-sco': -1.2,
};

export function simulate(course: Course, quizLesson: Lesson, items: readonly QuizItem[], learnerCount: number, seed: number): Simulation {
  const random = seededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '8';
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  let clock = Date.parse('2025-09-01T08:00:00Z');
  const stamp = (advanceMs: number) => {
    clock += advanceMs;
    return { id: uuid(), timestamp: new Date(clock).toISOString() };
  };
  const statements: XapiStatement[] = [];
  const learners: SimLearner[] = [];
  const intro = course.lessons.find((lesson) => lesson.id !== quizLesson.id) as Lesson;
  for (let i = 0; i < learnerCount; i += 1) {
    const number = String(i + 1).padStart(3, '0');
    // One learner's name carries markup, to prove every output escapes it.
    const name = i === 7 ? 'Әлия <b>"Test" & Co</b>' : `Оқушы ${number}`;
    const key = `mailto:learner${number}@example.edu`;
    const actor = { objectType: 'Agent', name, mbox: key };
    const registration = uuid();
    const ability = normal();
    const settingsOf = (lesson: Lesson): StatementSettings => {
      const page = pageData(course, lesson);
      return { actor, registration, page, lessonObjectId: page.lesson.id, cmi5: null };
    };
    const lessons: Record<string, SimLesson> = {};
    // The introduction: most read it, a few stop half way, some never open it.
    const introRoll = random();
    if (introRoll < 0.9) {
      const settings = settingsOf(intro);
      const finished = introRoll < 0.78;
      const screen = 20_000 + Math.floor(random() * 60_000);
      statements.push(initializedStatement(settings, stamp(60_000)));
      statements.push(experiencedStatement(settings, stamp(screen), { index: 0, title: 'Кіріспе' }, screen));
      if (finished) statements.push(completedStatement(settings, stamp(1_000), screen + 1_000));
      else statements.push(suspendedStatement(settings, stamp(1_000), 50));
      const total = screen + 2_000;
      statements.push(terminatedStatement(settings, stamp(1_000), total));
      lessons[intro.id] = { status: finished ? 'completed' : 'in-progress', attemptScores: [], timeMs: total, answers: [] };
    } else {
      lessons[intro.id] = { status: 'not-started', attemptScores: [], timeMs: 0, answers: [] };
    }
    lessons[quizLesson.id] = quizJourney(settingsOf(quizLesson), items, ability, random, stamp, statements, course.settings.quiz.passMark);
    learners.push({ key, name, ability, lessons });
  }
  return { learners, statements };
}

function quizJourney(
  settings: StatementSettings,
  items: readonly QuizItem[],
  ability: number,
  random: () => number,
  stamp: (advanceMs: number) => { id: string; timestamp: string },
  statements: XapiStatement[],
  passMark: number,
): SimLesson {
  const roll = random();
  if (roll < 0.12) return { status: 'not-started', attemptScores: [], timeMs: 0, answers: [] };
  let timeMs = 0;
  statements.push(initializedStatement(settings, stamp(120_000)));
  for (let screen = 0; screen < 3; screen += 1) {
    const ms = 30_000 + Math.floor(random() * 90_000);
    timeMs += ms;
    statements.push(experiencedStatement(settings, stamp(ms), { index: screen, title: `Экран ${screen + 1}` }, ms));
    if (screen < 2) statements.push(progressedStatement(settings, stamp(10), ((screen + 1) / 4) * 100));
  }
  if (roll < 0.2) {
    // Read, never took the quiz.
    statements.push(suspendedStatement(settings, stamp(1_000), 75));
    statements.push(terminatedStatement(settings, stamp(1_000), timeMs));
    return { status: 'in-progress', attemptScores: [], timeMs, answers: [] };
  }
  const answers: SimAnswer[] = [];
  const attemptScores: number[] = [];
  let status: SimLesson['status'] = 'completed';
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const drawn = shuffle(items, random).slice(0, 8);
    const submitted = new Date(Date.parse(stamp(0).timestamp) + 300_000);
    const records = drawn.map((item) => interaction(settings, item, attempt, answerFor(item, ability, random), submitted));
    const percent = attemptPercent(records.map((record) => record.scoreFraction));
    for (const record of records) {
      statements.push(answeredStatement(settings, stamp(1_000), record));
      answers.push({ item: record.itemId, attempt, score: record.scoreFraction, chosen: chosenOf(record) });
    }
    attemptScores.push(percent);
    timeMs += 300_000;
    const score = { raw: percent, min: 0, max: 100, scaled: percent / 100 };
    if (attempt === 1) statements.push(completedStatement(settings, stamp(10), timeMs));
    if (percent >= passMark) {
      statements.push(judgedStatement(settings, stamp(10), 'passed', score, timeMs));
      status = 'passed';
      break;
    }
    if (attempt === 2) {
      statements.push(judgedStatement(settings, stamp(10), 'failed', score, timeMs));
      status = 'failed';
    } else if (random() < 0.35) {
      break; // Gave up after one failed attempt: completed, no verdict.
    }
  }
  statements.push(terminatedStatement(settings, stamp(1_000), timeMs));
  return { status, attemptScores, timeMs, answers };
}

function interaction(settings: StatementSettings, item: QuizItem, attempt: number, answer: Answer, submitted: Date): InteractionRecord {
  const score = scoreAnswer(item, answer);
  const lessonId = settings.page.lesson.id.split('/').pop() as string;
  return {
    id: `${lessonId}.${item.id}`,
    lessonId,
    itemId: item.id,
    attempt,
    kind: item.kind,
    description: item.stem,
    response: toResponse(item, answer),
    correct: correctResponse(item),
    result: score.result,
    scoreFraction: score.fraction,
    weighting: 1,
    latencyMs: 15_000,
    timestamp: submitted,
    choices: item.kind === 'choice' || item.kind === 'multiple-response' ? item.options : item.kind === 'ordering' ? item.steps : [],
    pairs: item.kind === 'matching' ? item.pairs : [],
  };
}

function chosenOf(record: InteractionRecord): readonly string[] | null {
  switch (record.response.kind) {
    case 'choice':
      return [record.response.optionId];
    case 'multiple-response':
      return record.response.optionIds;
    case 'true-false':
      return [String(record.response.value)];
    default:
      return null;
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The answer (bank indexes) a learner of this ability gives; the broken items behave as their names say. */
function answerFor(item: QuizItem, ability: number, random: () => number): Answer {
  const knows = random() < sigmoid(1.7 * (ability - (DIFFICULTY[item.id] ?? 0)));
  switch (item.kind) {
    case 'choice': {
      const key = item.options.findIndex((option) => option.id === item.answer);
      if (item.id === 'orgs-fail') return [random() < 0.04 ? key : pick([0, 1], random)];
      if (item.id === 'orgs-lure') {
        // Option c reads like the whole truth to those who know the topic best.
        if (random() < sigmoid(2.5 * (ability - 0.2))) return [2];
        return [random() < 0.55 ? key : 1];
      }
      if (knows) return [key];
      const distractors = item.options.map((_, i) => i).filter((i) => i !== key && !(item.id === 'orgs-unused' && item.options[i].id === 'd'));
      return [pick(distractors, random)];
    }
    case 'true-false':
      return [knows === item.answer ? 1 : 0];
    case 'multiple-response': {
      if (knows) return item.options.flatMap((option, i) => (item.answers.includes(option.id) ? [i] : []));
      const ticked = item.options.flatMap((_, i) => (random() < 0.5 ? [i] : []));
      return ticked.length === 0 ? [pick(item.options.map((_, i) => i), random)] : ticked;
    }
    case 'ordering':
      return knows ? item.steps.map((_, i) => i) : shuffle(item.steps.map((_, i) => i), random);
    case 'matching': {
      const right = item.pairs.map((_, i) => i);
      if (knows) return right;
      const a = Math.floor(random() * right.length);
      const b = (a + 1) % right.length;
      [right[a], right[b]] = [right[b], right[a]];
      return right;
    }
  }
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)];
}

function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
