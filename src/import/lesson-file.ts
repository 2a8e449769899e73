/** A lesson file: YAML front matter (id, number, title, chapter, order, source) and a Markdown body. */
import { Document } from 'yaml';

export interface LessonFileFields {
  readonly id: string;
  readonly number?: string;
  readonly title: string;
  readonly chapter?: string;
  readonly order: number;
  readonly source: { readonly file: string; readonly lines: readonly [number, number] };
}

export const YAML_OPTIONS = { lineWidth: 0, blockQuote: 'literal', flowCollectionPadding: false } as const;

function frontMatter(fields: LessonFileFields): string {
  const data = {
    id: fields.id,
    ...(fields.number !== undefined ? { number: fields.number } : {}),
    title: fields.title,
    ...(fields.chapter !== undefined ? { chapter: fields.chapter } : {}),
    order: fields.order,
    source: { file: fields.source.file, lines: [...fields.source.lines] },
  };
  const doc = new Document(data);
  // [first, last] reads better on one line, as in docs/course-format.md.
  const lines = doc.getIn(['source', 'lines'], true) as { flow?: boolean } | undefined;
  if (lines) lines.flow = true;
  return doc.toString(YAML_OPTIONS);
}

export function lessonFile(fields: LessonFileFields, body: string): string {
  return `---\n${frontMatter(fields)}---\n\n${body}`;
}
