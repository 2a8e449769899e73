/**
 * What a list enumerates, read from its intro: documents signed, factors or problems, or other
 * things. Wrong options for a list of documents are best other documents (signed on another
 * occasion: false here, and plausible); wrong options for a list of factors are best NOT other
 * factors, which the text rarely rules out ("transboundary rivers" may well hinder integration
 * too, although this list does not name them).
 */
import type { Language } from '../../../model/course';

export type ListTopic = 'document' | 'factor' | 'other';

const TOPIC_WORDS: Readonly<Record<Language, readonly [ListTopic, RegExp][]>> = {
  kk: [
    ['document', /құжат|келісім|декларац|меморандум|қол\s+қой/iu],
    ['factor', /фактор|кедергі|мәселе|проблема|қауіп/iu],
  ],
  ru: [
    ['document', /документ|соглашени|декларац|меморандум|подписан/iu],
    ['factor', /фактор|препятств|проблем|угроз/iu],
  ],
  en: [
    ['document', /document|agreement|declaration|memorandum|signed|treat/iu],
    ['factor', /factor|obstacle|problem|threat|barrier/iu],
  ],
};

export function listTopic(intro: string, language: Language): ListTopic {
  return TOPIC_WORDS[language].find(([, pattern]) => pattern.test(intro))?.[0] ?? 'other';
}

/** 0 for the candidates to try first, 1 for the rest. */
export function topicRank(target: ListTopic, candidate: ListTopic): number {
  if (target === 'document') return candidate === 'document' ? 0 : 1;
  if (target === 'factor') return candidate === 'factor' ? 1 : 0;
  return 0;
}
