/**
 * Moodle category paths: `$course$/<course>/<chapter>/<lesson>`. Moodle splits the path at
 * single slashes and reads `//` as a slash inside a name, trims each name and strips anything
 * that looks like an HTML tag (PARAM_TEXT); it adds the bank's hidden "top" category itself.
 */

/** The path of a category in the course's question bank, from its names (course first). */
export function categoryPath(names: readonly string[]): string {
  return ['$course$', ...names.map(pathSegment)].join('/');
}

function pathSegment(name: string): string {
  const segment = name
    .replace(/\s+/g, ' ')
    .trim()
    // Escaped, `<…>` survives Moodle's tag stripping and still shows as written.
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\//g, '//');
  // A name starting or ending with "/" would merge its "//" with the separator.
  return `${segment.startsWith('/') ? ' ' : ''}${segment}${segment.endsWith('/') ? ' ' : ''}`;
}
