import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root';

/** Partials of templates/lesson.hbs, each in templates/partials/<name>.hbs, used as `{{> name}}`. */
const PARTIALS = ['header', 'toc', 'screen', 'quiz', 'pager'] as const;

type Template = (context: object) => string;

let lessonTemplate: Template | undefined;

/** The compiled lesson page template (compiled on first use, then reused). */
export function lessonPageTemplate(): Template {
  lessonTemplate ??= compileLessonTemplate();
  return lessonTemplate;
}

function compileLessonTemplate(): Template {
  const dir = join(packageRoot(), 'templates');
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  // A private Handlebars environment: nothing registered here leaks to other users of the library.
  const handlebars = Handlebars.create();
  for (const name of PARTIALS) handlebars.registerPartial(name, read(`partials/${name}.hbs`));
  // strict: a misspelt field in a template throws instead of printing nothing.
  return handlebars.compile(read('lesson.hbs'), { strict: true });
}
