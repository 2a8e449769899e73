/**
 * A code frame: the lines around a place, numbered, with a caret under the column,
 * so that the reader sees the problem without opening the file.
 */

/** Lines shown before and after the line of the problem. */
const CONTEXT_LINES = 2;

export interface FrameStyle {
  /** Wraps the marker (`>` and the caret) so that it stands out, e.g. in colour. */
  readonly mark: (text: string) => string;
  /** Wraps line numbers and the gutter. */
  readonly dim: (text: string) => string;
}

const PLAIN: FrameStyle = { mark: (t) => t, dim: (t) => t };

/**
 * Returns the frame for `line`/`column` (1-based) of `source`, or undefined when the line is
 * not in the source. Lines are not indented by this function; the caller indents the block.
 */
export function codeFrame(
  source: string,
  line: number,
  column: number,
  style: FrameStyle = PLAIN,
): string | undefined {
  const lines = source.split(/\r?\n/);
  // The newline that ends the last line does not start another one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  if (line < 1 || line > lines.length) return undefined;
  const first = Math.max(1, line - CONTEXT_LINES);
  const last = Math.min(lines.length, line + CONTEXT_LINES);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = lines[n - 1] ?? '';
    const marker = n === line ? style.mark('>') : ' ';
    const gutter = style.dim(`${String(n).padStart(width)} |`);
    out.push(`${marker} ${gutter}${text === '' ? '' : ` ${text}`}`);
    if (n === line) {
      const caretGutter = style.dim(`${' '.repeat(width)} |`);
      out.push(`  ${caretGutter} ${caretPadding(text, column)}${style.mark('^')}`);
    }
  }
  return out.join('\n');
}

/**
 * Blank space as wide as the text before `column`. Tabs are kept as tabs so that the caret
 * lines up however wide the terminal draws a tab.
 */
function caretPadding(text: string, column: number): string {
  const before = text.slice(0, Math.max(0, column - 1));
  const pad = before.replace(/[^\t]/g, ' ');
  return pad + ' '.repeat(Math.max(0, column - 1 - before.length));
}
