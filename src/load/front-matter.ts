/**
 * Splits a lesson file into its front matter (YAML between two `---` lines at the top) and
 * its Markdown body, remembering the lines where each starts so that positions found later
 * are reported at the real line of the file.
 */

export type FrontMatterSplit =
  | {
      readonly kind: 'split';
      /** The YAML text between the fences. */
      readonly yaml: string;
      /** Lines of the file above the YAML (the opening fence): added to YAML line numbers. */
      readonly yamlLineOffset: number;
      readonly body: string;
      /** 1-based line of the file where the body starts. */
      readonly bodyLine: number;
      /** 1-based line of the closing fence. */
      readonly closingLine: number;
    }
  | { readonly kind: 'no-front-matter' }
  | { readonly kind: 'unclosed' };

const FENCE = /^---[ \t]*$/;

/** `text` has `\n` line ends (see readText). */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { kind: 'no-front-matter' };
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing < 0) return { kind: 'unclosed' };
  return {
    kind: 'split',
    yaml: lines.slice(1, closing).join('\n'),
    yamlLineOffset: 1,
    body: lines.slice(closing + 1).join('\n'),
    bodyLine: closing + 2,
    closingLine: closing + 1,
  };
}
