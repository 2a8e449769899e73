/** The Moodle XML file: a category entry before each lesson's questions, in course order. */
import { categoryPath } from '../categories';
import type { OrderingAs } from '../options';
import type { ExportCategory, ExportPlan } from '../plan';
import { questionXml } from './questions';
import { element, escapeXml, indent } from './xml';

export function writeMoodleXml(plan: ExportPlan, orderingAs: OrderingAs): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    ...indent(plan.categories.flatMap((category) => categoryXml(category, orderingAs)), 1),
    '</quiz>',
  ];
  return `${lines.join('\n')}\n`;
}

function categoryXml(category: ExportCategory, orderingAs: OrderingAs): string[] {
  return [
    '<question type="category">',
    ...indent([
      element('category', element('text', escapeXml(categoryPath(category.names)))),
      element('info', element('text', ''), { format: 'html' }),
    ], 1),
    '</question>',
    ...category.questions.flatMap((question) => questionXml(question, orderingAs)),
  ];
}
