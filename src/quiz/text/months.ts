/** Month names as they start in running text (stems: "наурыз|да", "марта", "March"), 1-based. */
import type { Language } from '../../model/course';

const MONTHS: Readonly<Record<Language, readonly (readonly string[])[]>> = {
  kk: [['қаңтар'], ['ақпан'], ['наурыз'], ['сәуір'], ['мамыр'], ['маусым'], ['шілде'], ['тамыз'], ['қыркүйек'], ['қазан'], ['қараша'], ['желтоқсан']],
  ru: [['январ'], ['феврал'], ['март'], ['апрел'], ['ма[йяе]'], ['июн'], ['июл'], ['август'], ['сентябр'], ['октябр'], ['ноябр'], ['декабр']],
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'],
    ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
};

/** A Kazakh text quotes Russian dates too. */
const languagesFor = (language: Language): readonly Language[] => (language === 'kk' ? ['kk', 'ru'] : [language]);

/** Alternation matching any month word with its ending, capturing nothing. */
export function monthPattern(language: Language): string {
  const stems = languagesFor(language).flatMap((lang) => MONTHS[lang].flat());
  return `(?:${stems.sort((a, b) => b.length - a.length).join('|')})\\p{L}*`;
}

/** 1–12 for a month word ("наурызда" → 3), undefined otherwise. */
export function monthNumber(word: string, language: Language): number | undefined {
  const lower = word.toLowerCase();
  for (const lang of languagesFor(language)) {
    const index = MONTHS[lang].findIndex((stems) => stems.some((stem) => new RegExp(`^${stem}`, 'u').test(lower)));
    if (index !== -1) return index + 1;
  }
  return undefined;
}
