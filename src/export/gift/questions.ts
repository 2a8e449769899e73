/**
 * One bank item as a GIFT question. GIFT has no ordering type: an ordering item becomes a
 * matching question of positions to steps ("1 -> first step", …), as in Moodle XML's fallback.
 * - choice: `=right ~wrong …` (Moodle: multichoice, one answer);
 * - multiple-response: every option `~%grade%…`, no `=` (Moodle: multichoice, several answers);
 * - true-false: `TRUE` or `FALSE`;
 * - matching, ordering: `=left -> right` per pair.
 * The item's feedback and source go into the general feedback (`####`); the comment line before
 * the question carries the idnumber and tags, which Moodle (3.6+) reads from `[id:…]`, `[tag:…]`.
 */
import { assertNever, type QuizItem } from '../../model/quiz';
import { rightShares, wrongShare } from '../fractions';
import type { ExportQuestion } from '../plan';
import { positionPairs } from '../text';
import { escapeGift, giftCommentToken, giftPlainText, giftRichText } from './escape';

export function questionGift(question: ExportQuestion): string {
  const { item } = question;
  const tokens = [`[id:${giftCommentToken(item.id)}]`, ...question.tags.map((tag) => `[tag:${giftCommentToken(tag)}]`)];
  return [
    `// ${tokens.join(' ')}`,
    `::${escapeGift(question.name)}::${giftRichText(item.stem)}{`,
    ...answerLines(item).map((line) => `\t${line}`),
    `\t####${giftRichText(question.generalFeedback)}`,
    '}',
  ].join('\n');
}

function answerLines(item: QuizItem): string[] {
  switch (item.kind) {
    case 'choice':
      return item.options.map((option) => `${option.id === item.answer ? '=' : '~'}${giftRichText(option.text)}`);
    case 'multiple-response': {
      const right = rightShares(item.answers.length) ?? [];
      const wrong = wrongShare(item.options.length - item.answers.length);
      let nextRight = 0;
      return item.options.map((option) => {
        const grade = item.answers.includes(option.id) ? right[nextRight++]! : wrong;
        return `~%${grade}%${giftRichText(option.text)}`;
      });
    }
    case 'true-false':
      return [item.answer ? 'TRUE' : 'FALSE'];
    case 'matching':
      return item.pairs.map((pair) => matchLine(pair.left, pair.right));
    case 'ordering':
      return positionPairs(item).map(([position, step]) => matchLine(position, step));
    default:
      return assertNever(item);
  }
}

function matchLine(left: string, right: string): string {
  return `=${giftRichText(left)} -> ${giftPlainText(right)}`;
}
