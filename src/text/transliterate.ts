/**
 * Cyrillic (Kazakh and Russian) to ASCII Latin, for identifiers and file names only:
 * ids end up in SCORM manifests and URLs, where only ASCII letters are safe everywhere.
 * Kazakh letters follow the 2021 Latin alphabet with its diacritics dropped (қ → q, ғ → g).
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z',
  и: 'i', й: 'y', і: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Lower-cases the text and replaces Cyrillic letters by their Latin spelling. */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += CYRILLIC_TO_LATIN[char] ?? char;
  return out;
}

/**
 * A short identifier made of ASCII letters, digits and `-`: transliterated, accents dropped,
 * every other run of characters turned into one `-`, cut at a word boundary.
 */
export function slugify(text: string, maxLength = 40): string {
  const ascii = transliterate(text).normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
