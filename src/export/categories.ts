/**
 * Moodle category paths: `$course$/<course>/<chapter>/<lesson>`. Moodle splits the path at
 * single slashes and reads `//` as a slash inside a name, trims each name and strips anything
 * that looks like an HTML tag (PARAM_TEXT); it adds the bank's hidden "top" category itself.
 */

/** Moodle keeps category names in a 255-character column. */
const MAX_NAME_LENGTH = 255;

/** The path of a category in the course's question bank, from its names (course first). */
export function categoryPath(names: readonly string[]): string {
  return ['$course$', ...names.map(pathSegment)].join('/');
}

function pathSegment(name: string): string {
  const segment = shorten(name.replace(/\s+/g, ' ').trim())
    // Escaped, `<…>` survives Moodle's tag stripping and still shows as written.
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\//g, '//');
  // A name starting or ending with "/" would merge its "//" with the separator.
  return `${segment.startsWith('/') ? ' ' : ''}${segment}${segment.endsWith('/') ? ' ' : ''}`;
}

/** A category's name as Moodle stores it: spaces collapsed, at most 255 characters. */
export function categoryName(name: string): string {
  return shorten(name.replace(/\s+/g, ' ').trim());
}

/** Room is kept for the escapes of `<` and `>`, which Moodle stores as written. */
function shorten(name: string): string {
  const characters = [...name];
  const escapes = characters.filter((c) => c === '<' || c === '>').length * 3;
  const room = MAX_NAME_LENGTH - escapes;
  return characters.length <= room ? name : `${characters.slice(0, room - 1).join('').trimEnd()}…`;
}
