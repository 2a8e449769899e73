import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuizPageData } from '../../src/model/rendered';
import { loadCourse } from '../../src/load/index';
import { renderLesson } from '../../src/render/index';
import { screenOfLine } from '../../src/render/quiz';
import { fixtureItems, FIXTURE_DIR } from '../player/quiz/fixture';
import { RENDER_OPTIONS } from './helpers';

function quizDataOf(page: string): QuizPageData {
  const match = /<script type="application\/json" id="cp-quiz">([^]*?)<\/script>/.exec(page);
  if (!match) throw new Error('no #cp-quiz');
  return JSON.parse(match[1]!) as QuizPageData;
}

describe('the quiz on the lesson page', () => {
  async function rendered() {
    const { course } = await loadCourse(join(FIXTURE_DIR, 'course'));
    if (!course) throw new Error('fixture course does not load');
    return renderLesson(course, course.lessons[0]!, { ...RENDER_OPTIONS, quizItems: fixtureItems() });
  }

  it('is the last screen, listed in the contents, with its data for the player', async () => {
    const { page, screens, quiz } = await rendered();
    const textScreens = screens.length;
    expect(textScreens).toBe(3);
    expect(page).toContain(`<section class="cp-screen cp-quiz" id="cp-screen-4" data-cp-screen="3" aria-labelledby="cp-screen-4-title" hidden>`);
    expect(page).toContain('<li><a href="#cp-screen-4" data-cp-goto="3">4. Quiz</a></li>');
    expect(page.indexOf('cp-quiz"')).toBeGreaterThan(page.lastIndexOf('data-cp-screen="2"'));
    const data = quizDataOf(page);
    expect(data).toEqual(quiz);
    expect(data).toMatchObject({ lessonId: 'orgs', textScreens: 3, questionsPerAttempt: 5, passMark: 70, attempts: 2 });
    expect(page).toContain('"quizSubmit":"Check my answers"');
    expect(page).toContain('"screenCount":4');
  });

  it('carries only the item fields the player reads: no review status, rule, fingerprint or source line', async () => {
    const { page } = await rendered();
    const banked = fixtureItems();
    expect(banked.every((item) => item.status && item.rule && item.fingerprint && item.source.line > 0)).toBe(true);
    const read: Record<string, string[]> = {
      choice: ['answer', 'feedback', 'id', 'kind', 'options', 'source', 'stem'],
      'true-false': ['answer', 'feedback', 'id', 'kind', 'source', 'stem'],
      'multiple-response': ['answers', 'feedback', 'id', 'kind', 'options', 'source', 'stem'],
      ordering: ['feedback', 'id', 'kind', 'source', 'stem', 'steps'],
      matching: ['feedback', 'id', 'kind', 'pairs', 'source', 'stem'],
    };
    const pool = quizDataOf(page).pool;
    expect(pool.map((entry) => entry.item.kind).sort()).toEqual(Object.keys(read).sort());
    for (const { item, ...entry } of pool) {
      expect(Object.keys(entry)).toEqual(['screen']);
      expect(Object.keys(item).sort()).toEqual(read[item.kind]);
      expect(Object.keys(item.source)).toEqual(['text']);
      const bank = banked.find((candidate) => candidate.id === item.id)!;
      expect(item.source.text).toBe(bank.source.text);
      expect(item.stem).toBe(bank.stem);
      const parts = 'options' in item ? item.options : 'steps' in item ? item.steps : 'pairs' in item ? item.pairs : [];
      for (const part of parts) expect(Object.keys(part).sort()).toEqual('left' in part ? ['id', 'left', 'right'] : ['id', 'text']);
    }
  });

  it('links each item to the screen whose text holds its source line', async () => {
    const { quiz, screens } = await rendered();
    const byId = Object.fromEntries(quiz!.pool.map((entry) => [entry.item.id, entry.screen]));
    // Lines 8 and 10 are under "Founding years", 14 and 16 under "Later organisations", 20 under "Capitals".
    expect(screens.map((screen) => screen.title)).toEqual(['Founding years', 'Later organisations', 'Capitals']);
    expect(byId).toEqual({ 'orgs-choice-1': 0, 'orgs-tf-2': 0, 'orgs-mr-3': 1, 'orgs-order-4': 1, 'orgs-match-5': 2 });
  });

  it('falls back to the screen before a line no screen covers', () => {
    const ranges = [[6, 10], null, [14, 20]] as const;
    expect(screenOfLine(ranges, 12)).toBe(0);
    expect(screenOfLine(ranges, 30)).toBe(2);
    expect(screenOfLine(ranges, 1)).toBe(0);
  });

  it('leaves pages without quiz items as they were', async () => {
    const { course } = await loadCourse(join(FIXTURE_DIR, 'course'));
    const plain = renderLesson(course!, course!.lessons[0]!, RENDER_OPTIONS);
    expect(plain.quiz).toBeUndefined();
    expect(plain.page).not.toContain('cp-quiz');
    expect(plain.page).not.toContain('quizSubmit');
  });

  it('has every quiz string in every locale', () => {
    const en = JSON.parse(readFileSync(join(__dirname, '../../src/locales/en.json'), 'utf8')) as Record<string, string>;
    for (const language of ['kk', 'ru']) {
      const other = JSON.parse(readFileSync(join(__dirname, `../../src/locales/${language}.json`), 'utf8')) as Record<string, string>;
      const missing = Object.keys(en).filter((key) => key.startsWith('quiz') && !(key in other));
      expect(missing).toEqual([]);
    }
  });
});
