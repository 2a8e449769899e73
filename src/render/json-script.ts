/**
 * JSON safe to put inside `<script type="application/json">`: `<`, `>` and `&` become \u escapes
 * so no string can close the element (`</script>`) or open a comment (`<!--`), and U+2028/U+2029
 * are escaped for older JavaScript parsers. JSON.parse reads the escapes back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
