/**
 * Quiz generation time for a course: generateBanks over every lesson (text index, every rule,
 * every check), in this process, median of a few runs. Each run indexes the course afresh.
 */
import { performance } from 'node:perf_hooks';
import { loadCourse } from '../src/load';
import { generateBanks } from '../src/quiz/generate';

export interface QuizBench {
  readonly medianMs: number;
  readonly items: number;
  readonly runs: number;
}

export async function measureQuizGeneration(courseDir: string, runs: number): Promise<QuizBench> {
  const { course } = await loadCourse(courseDir);
  if (!course) throw new Error(`${courseDir} does not load`);
  const times: number[] = [];
  let items = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    items = generateBanks(course).reduce((total, lesson) => total + lesson.items.length, 0);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, items, runs };
}
