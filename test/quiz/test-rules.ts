/**
 * Rules for tests only: they stand in for the real generator so that the workflow around it
 * (merge, banks, report) can be tested before the real rules exist.
 */
import type { QuizItem } from '../../src/model/quiz';
import type { QuizRule, QuizRuleContext } from '../../src/quiz/rules/registry';

const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

interface YearRuleOptions {
  /** Changes the wording of the feedback, as an improved rule would. */
  readonly wording?: 'first' | 'second';
}

/** A cloze item per body line holding a year; lines without one are dropped as `no-year`. */
export function yearRule(options: YearRuleOptions = {}): QuizRule {
  const prefix = options.wording === 'second' ? 'The text says:' : 'Source:';
  return {
    id: 'cloze-year',
    kinds: ['choice'],
    languages: ['kk'],
    generate: ({ lesson }: QuizRuleContext) => {
      const items: QuizItem[] = [];
      const dropped = [];
      for (const { text, line } of bodyLines(lesson.body, lesson.bodyLine)) {
        const year = YEAR.exec(text)?.[1];
        if (!year) {
          dropped.push({ rule: 'cloze-year', reason: 'no-year', sentence: text, line });
          continue;
        }
        const n = Number(year);
        items.push({
          id: `${lesson.id}-year-${line}`,
          kind: 'choice',
          status: 'draft',
          rule: 'cloze-year',
          stem: text.replace(year, '____'),
          options: [{ id: 'a', text: String(n - 1) }, { id: 'b', text: year }, { id: 'c', text: String(n + 1) }],
          answer: 'b',
          feedback: `${prefix} ${text}`,
          source: { lesson: lesson.id, line, text },
          fingerprint: '',
        });
      }
      return { items, dropped };
    },
  };
}

/** A true-false item per line with a year: appears only in a "later version" of the generator. */
export function statementRule(): QuizRule {
  return {
    id: 'tf-statement',
    kinds: ['true-false'],
    languages: 'all',
    generate: ({ lesson }) => ({
      items: bodyLines(lesson.body, lesson.bodyLine)
        .filter(({ text }) => YEAR.test(text))
        .map(({ text, line }) => ({
          id: `${lesson.id}-tf-${line}`, kind: 'true-false', status: 'draft', rule: 'tf-statement',
          stem: text, answer: true, feedback: text, source: { lesson: lesson.id, line, text }, fingerprint: '',
        })),
      dropped: [],
    }),
  };
}

/** A rule for another language: must never run on a Kazakh course. */
export function russianOnlyRule(): QuizRule {
  return { id: 'ru-only', kinds: ['choice'], languages: ['ru'], generate: () => { throw new Error('ran on the wrong language'); } };
}

function bodyLines(body: string, bodyLine: number): { text: string; line: number }[] {
  return body
    .split('\n')
    .map((text, index) => ({ text: text.trim(), line: bodyLine + index }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

