/** The GIFT file: a `$CATEGORY:` line before each lesson's questions, blank lines between blocks. */
import { categoryPath } from '../categories';
import type { ExportPlan } from '../plan';
import { giftCategoryText } from './escape';
import { questionGift } from './questions';

export function writeGift(plan: ExportPlan, header: string): string {
  const blocks = [`// ${header.replace(/[\r\n]+/g, ' ')}`];
  for (const category of plan.categories) {
    blocks.push(`$CATEGORY: ${giftCategoryText(categoryPath(category.names))}`);
    for (const question of category.questions) blocks.push(questionGift(question));
  }
  return `${blocks.join('\n\n')}\n`;
}
