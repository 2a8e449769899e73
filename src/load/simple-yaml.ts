/**
 * Is a YAML text in the simple form coursepack writes (and a person usually keeps when editing
 * it by hand)? One entry per line: `key: value`, `key:` opening a nested block, or `- …` items,
 * each value a whole scalar on its line — plain, "double-quoted" or 'single-quoted' — or a
 * one-line list of numbers and quoted strings (`[12, 80]`), and comments and blank lines. No
 * other flow collections, no block scalars, anchors, aliases, tags,
 * directives, complex keys, tabs or carriage returns, and no plain value that reads as a number
 * in anything but the plainest way.
 *
 * In that form js-yaml (fast) and the `yaml` package (which keeps positions and words our
 * error messages) read the same data and refuse the same texts, so the fast reader may be
 * trusted (src/load/yaml-source.ts, parseYamlLazily). Anything outside it goes to `yaml`:
 * the two disagree on some of it (a quoted value wrapped onto a line that is not indented
 * enough, `"x"# comment`, `0b101`, `%YAML 1.1`, ...), and `yaml` is the one we report with.
 */

/** A key as coursepack's files spell them. */
const KEY = String.raw`[A-Za-z_][A-Za-z0-9_-]{0,127}`;
/** A double-quoted scalar with YAML's escapes, closed on the same line. */
const DOUBLE = String.raw`"(?:[^"\\]|\\(?:[0abtnvfre "/\\N_LP\t]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}))*"`;
/** A single-quoted scalar ('' is a quote), closed on the same line. */
const SINGLE = String.raw`'(?:[^']|'')*'`;
/**
 * A plain scalar: not starting with an indicator, with no ": " or " #" inside and no ":" at the
 * end (those would start a mapping or a comment).
 */
const PLAIN = String.raw`[^\s\-?:,\[\]{}#&*!|>'"%@\x60](?:[^:#]|:(?=\S)|(?<=\S)#)*?(?<!:)`;
/** A one-line flow sequence of plain numbers or quoted strings, as front matter writes `lines: [12, 80]`. */
const NUMBER = String.raw`-?(?:0|[1-9][0-9]*)`;
const FLOW_ITEM = `(?:${NUMBER}|${DOUBLE}|${SINGLE})`;
const FLOW = String.raw`\[ *(?:${FLOW_ITEM}(?: *, *${FLOW_ITEM})*)? *\]`;
const VALUE = `(?:${DOUBLE}|${SINGLE}|${FLOW}|${PLAIN})`;
/** A comment after a value, or nothing. */
const END = String.raw`(?:\s+#.*)?\s*$`;

/** Indentation, any number of "- " item markers, then a key with its value or alone. */
const KEYED = new RegExp(String.raw`^ *(?:- +)*${KEY}:(?: +(${VALUE}))?${END}`, 'u');
/** An item: at least one "- " marker and a value, or a "-" alone (its entries follow below). */
const ITEM = new RegExp(String.raw`^ *(?:- +)*-(?: +(${VALUE}))?${END}`, 'u');
const COMMENT_OR_BLANK = /^\s*(?:#.*)?$/u;

/** Plain values some YAML reader takes for a number (binary, octal, hex, underscores, exponents, .inf, .nan), which the two may type differently. */
const NUMBER_LIKE = /^[-+]?(?:0[bB][01_]+|0[oO][0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/u;
/** The number forms both read alike: 12, -3, 0, 1.5, -0.25. */
const PLAIN_NUMBER = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$|^-(?:[1-9][0-9]*(?:\.[0-9]+)?|0\.[0-9]*[1-9][0-9]*)$/u;

export function isSimpleYaml(text: string): boolean {
  if (text.includes('\t') || text.includes('\r')) return false;
  for (const line of text.split('\n')) {
    if (COMMENT_OR_BLANK.test(line)) continue;
    const match = KEYED.exec(line) ?? ITEM.exec(line);
    if (match === null) return false;
    const value = match[1];
    if (value !== undefined && NUMBER_LIKE.test(value) && !PLAIN_NUMBER.test(value)) return false;
  }
  return true;
}
