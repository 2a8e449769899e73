import MarkdownIt from 'markdown-it';
import container from 'markdown-it-container';

/**
 * A parse-only markdown-it matching the lesson format (docs/course-format.md): CommonMark, pipe
 * tables and the `::: table` / `::: figure` containers, so that their contents can be skipped.
 * Rendering lives in src/render; this stage only reads block structure and line numbers.
 */
export const lessonParser: MarkdownIt.MarkdownIt = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

for (const name of ['table', 'figure']) {
  container(lessonParser, name, { validate: (params: string) => new RegExp(`^${name}(\\s|$)`).test(params.trim()) });
}

/** Resolves Markdown backslash escapes (`\[` → `[`) so the text reads as the learner sees it. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}
