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

/**
 * `text` has `\n` line ends (see readText). Walks line by line only until the closing fence:
 * the body, most of a lesson, is sliced off whole rather than split into lines and joined.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const first = nextLine(text, 0);
  if (!FENCE.test(first.line)) return { kind: 'no-front-matter' };
  let lineNumber = 2;
  for (let line = first; line.next <= text.length; lineNumber++) {
    const start = line.next;
    line = nextLine(text, start);
    if (FENCE.test(line.line)) {
      return {
        kind: 'split',
        yaml: text.slice(first.next, Math.max(first.next, start - 1)),
        yamlLineOffset: 1,
        body: text.slice(Math.min(line.next, text.length)),
        bodyLine: lineNumber + 1,
        closingLine: lineNumber,
      };
    }
  }
  return { kind: 'unclosed' };
}

interface LineAt {
  readonly line: string;
  /** Where the following line starts; past the end (length + 1) after the last line. */
  readonly next: number;
}

function nextLine(text: string, start: number): LineAt {
  const end = text.indexOf('\n', start);
  return end < 0 ? { line: text.slice(start), next: text.length + 1 } : { line: text.slice(start, end), next: end + 1 };
}
