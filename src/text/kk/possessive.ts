/**
 * Names whose last word already carries the 3rd-person possessive (Қазақстан Республикасы,
 * Ресей Федерациясы, Кеңес Одағы): their cases take the pronominal н (Республикасының,
 * Федерациясына). Only these heads are recognised: a final -ы/-і alone cannot tell Ұйымы
 * (possessive) from Алматы (not).
 */
const POSSESSIVE_HEADS: ReadonlySet<string> = new Set([
  'республикасы', 'федерациясы', 'одағы', 'ұйымы', 'штаттары', 'қоғамдастығы',
  'ынтымақтастығы', 'кеңесі', 'комитеті', 'министрлігі', 'бағдарламасы', 'стратегиясы',
]);

export function endsInPossessiveHead(stem: string): boolean {
  const words = stem.toLowerCase().split(/\s+/u);
  return POSSESSIVE_HEADS.has(words[words.length - 1] ?? '');
}
