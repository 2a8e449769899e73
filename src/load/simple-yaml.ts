/**
 * Is a YAML text in the simple form coursepack writes (and a person usually keeps when editing
 * it by hand)? One entry per line: `key: value`, `key:` opening a nested block, or `- …` items,
 * each value a whole scalar on its line — plain, "double-quoted" or 'single-quoted' (a key's
 * plain value may go on over lines indented deeper, as YAML writers wrap long titles) — or a
 * one-line flow list (`[12, 80]`, `[Токаев, Е.]`) or flow mapping of such lists and scalars
 * (`{kk: [Қазақстан], ru: [Казахстан]}`, as glossary.yaml writes names), and comments and blank
 * lines. In a flow collection a plain scalar has no `:`, `#`, quote or control character and
 * does not start with an indicator. No block scalars, anchors, aliases, tags, directives,
 * complex keys, tabs or carriage returns, and no plain value that reads as a number in
 * anything but the plainest way.
 *
 * In that form js-yaml (fast) and the `yaml` package (which keeps positions and words our
 * error messages) read the same data and refuse the same texts, so the fast reader may be
 * trusted (src/load/yaml-source.ts, parseYamlLazily). Anything outside it goes to `yaml`:
 * the two disagree on some of it (a quoted value wrapped onto a line that is not indented
 * enough, `"x"# comment`, `0b101`, `%YAML 1.1`, ...), and `yaml` is the one we report with.
 */

/** From the line start: indentation, any "- " item markers, then a key and its colon, or a "-" alone; the rest of the line is the value. */
const HEAD = /^ *(?:- +)*(?:[A-Za-z_][A-Za-z0-9_-]{0,127}:|-)(?= |$)/u;
/** A double-quoted scalar with YAML's escapes, closed on the line, then at most a comment. */
const DOUBLE = String.raw`"(?:[^"\\]|\\(?:[0abtnvfre "/\\N_LP]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}))*"`;
/** A single-quoted scalar ('' is a quote), closed on the line. */
const SINGLE = String.raw`'(?:[^']|'')*'`;
const COMMENT = String.raw`(?: +#.*)?$`;
const QUOTED = new RegExp(`^(?:${DOUBLE}|${SINGLE})${COMMENT}`, 'u');
/**
 * Control and format characters (C0, C1 with NEL, soft hyphen, bidi and zero-width marks, line
 * and paragraph separators, BOM), which the readers may treat differently; spelled out because
 * `\p{C}` (with every unassigned code point) took ~20 ms to compile on every build.
 */
const CONTROL = String.raw`\x00-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff`;
/** A plain scalar inside a flow collection: no flow indicator, ":", "#", quote or control character, no indicator first, no space at either end. */
const CONTROL_CHARACTER = new RegExp(`[${CONTROL}]`, 'u');
const FLOW_PLAIN = String.raw`-?[^\s${CONTROL},\[\]{}#:"'&*!|>%@\x60?-](?:[^${CONTROL},\[\]{}#:"']*[^\s${CONTROL},\[\]{}#:"'])?`;
const FLOW_SCALAR = `(?:${DOUBLE}|${SINGLE}|${FLOW_PLAIN})`;
const FLOW_SEQUENCE = String.raw`\[ *(?:${FLOW_SCALAR}(?: *, *${FLOW_SCALAR})*)? *\]`;
const FLOW_ENTRY = String.raw`[A-Za-z_][A-Za-z0-9_-]{0,127}: +(?:${FLOW_SEQUENCE}|${FLOW_SCALAR})`;
const FLOW_MAPPING = String.raw`\{ *(?:${FLOW_ENTRY}(?: *, *${FLOW_ENTRY})*)? *\}`;
/** One flow sequence or mapping on the line, as front matter writes `lines: [12, 80]` and a glossary `names: {kk: [Токаев]}`. */
const FLOW = new RegExp(`^(?:${FLOW_SEQUENCE}|${FLOW_MAPPING})${COMMENT}`, 'u');
const QUOTED_ANYWHERE = new RegExp(`${DOUBLE}|${SINGLE}`, 'gu');
const FLOW_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,127}: +/u;
/** Characters a plain scalar may not start with: they open other YAML constructs. */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');

/** Plain values some YAML reader takes for a number (binary, octal, hex, underscores, exponents, .inf, .nan), which the two may type differently. */
const NUMBER_LIKE = /^[-+]?(?:0[bB][01_]+|0[oO][0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/u;
/** The number forms both read alike: 12, -3, 0, 1.5, -0.25. */
const PLAIN_NUMBER = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$|^-(?:[1-9][0-9]*(?:\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)$/u;

export function isSimpleYaml(text: string): boolean {
  if (text.includes('\t') || text.includes('\r')) return false;
  // The indentation of the key whose plain value the next line may continue, or -1.
  let continuable = -1;
  for (const line of text.split('\n')) {
    const start = line.trimStart();
    if (start === '' || start.startsWith('#')) {
      continuable = -1;
      continue;
    }
    const head = HEAD.exec(line);
    if (head === null) {
      if (continuable < 0 || line.length - start.length <= continuable || !isPlainContinuation(start)) return false;
      continue;
    }
    const value = line.slice(head[0].length).trim();
    if (!isSimpleValue(value)) return false;
    continuable = isContinuablePlain(head[0], value, line) ? line.length - start.length : -1;
  }
  return true;
}

/**
 * A plain value on a key's line (not a list item's) that the next lines may continue, as a YAML
 * writer wraps a long title: `title: …` then lines indented deeper, folded into one line with
 * spaces by both readers. Not after a comment or a trailing space, nor a quoted or flow value.
 */
function isContinuablePlain(head: string, value: string, line: string): boolean {
  if (value === '' || head.trimStart().startsWith('-') || line.endsWith(' ')) return false;
  const first = value.charAt(0);
  return first !== '"' && first !== "'" && first !== '[' && first !== '{' && !value.includes(' #');
}

/** A line continuing a plain value: nothing that starts another construct, opens a mapping or a comment, no space at its end. */
function isPlainContinuation(text: string): boolean {
  if (INDICATORS.has(text.charAt(0)) || text.endsWith(' ') || CONTROL_CHARACTER.test(text)) return false;
  return !text.includes(': ') && !text.endsWith(':') && !text.includes(' #');
}

/** A value as the rest of its line: nothing, a quoted scalar, a one-line number list, or a plain scalar. */
function isSimpleValue(value: string): boolean {
  if (value === '') return true;
  const first = value.charAt(0);
  if (first === '"' || first === "'") return QUOTED.test(value);
  if (first === '[' || first === '{') return FLOW.test(value) && flowPlainsAreSimple(value);
  if (INDICATORS.has(first)) return false;
  // ": " or a ":" at the end would open a mapping, " #" a comment (then the value is what comes before it).
  const plain = value.includes(' #') ? value.slice(0, value.indexOf(' #')).trimEnd() : value;
  if (plain.includes(': ') || plain.endsWith(':')) return false;
  return !NUMBER_LIKE.test(plain) || PLAIN_NUMBER.test(plain);
}

/** The plain scalars of a flow collection that FLOW accepted: none may read as a number but in the plainest way. */
function flowPlainsAreSimple(value: string): boolean {
  const withoutComment = value.replace(QUOTED_ANYWHERE, '""').replace(/ +#.*$/u, '');
  return withoutComment.split(/[[\]{},]/u).every((piece) => {
    const plain = piece.trim().replace(FLOW_KEY, '');
    return plain === '' || plain === '""' || !NUMBER_LIKE.test(plain) || PLAIN_NUMBER.test(plain);
  });
}
