/**
 * Words that mark a sentence as a claim of the text rather than a detail: definitions ("…
 * дегеніміз", "is defined as"), theses ("негізгі", "the main"), aims and conclusions, causes
 * and effects. Matched anywhere in the sentence, case-insensitively.
 */
import type { Language } from '../../model/course';

const B = '(?<![\\p{L}])';

export const THESIS_MARKERS: Readonly<Record<Language, RegExp>> = {
  kk: new RegExp(`${B}(?:дегеніміз|болып табыла\\p{L}*|деп атала\\p{L}*|деп түсін\\p{L}*|негізгі|басты|маңызды|маңызы|ең алдымен|мақсат\\p{L}*|нәтижесінде|себебі|сондықтан|өйткені|ықпал ет\\p{L}*|әсер ет\\p{L}*|ерекшел\\p{L}*|қажет\\p{L}*|стратегия\\p{L}*|саясат\\p{L}*)`, 'iu'),
  ru: new RegExp(`${B}(?:явля\\p{L}*|называ\\p{L}*|понима\\p{L}*|основн\\p{L}*|главн\\p{L}*|важн\\p{L}*|ключев\\p{L}*|цел(?:ь|и|ью)|поэтому|потому что|так как|в результате|привел\\p{L}*|приводит\\p{L}*|влия\\p{L}*|необходим\\p{L}*|стратеги\\p{L}*|политик\\p{L}*)`, 'iu'),
  en: new RegExp(`${B}(?:is defined|are defined|refers? to|means|main|key|central|important|primary|aims?|goals?|because|therefore|as a result|led to|leads to|affect\\p{L}*|influence\\p{L}*|necessary|strateg\\p{L}*|polic(?:y|ies))(?![\\p{L}])`, 'iu'),
};
