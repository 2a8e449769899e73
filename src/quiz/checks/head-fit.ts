/**
 * Check 2c: a place blanked before a common noun that says what kind of place the blank is
 * ("Ilak in the ____ oasis", "____ облысында", "the ____ region", "Іле ____ жотасы") takes as
 * distractors only names the course itself writes with that noun. A city offered for an oasis,
 * a city for a region, or a river for a mountain range is of the wrong kind, and blind reviewers
 * rejected such options ("Ust-Kamenogorsk and Karaganda are not oases", "Astana is a city, not a
 * region"). The head is the word right after the blank (Kazakh and English put it there; Russian
 * puts it before: "в ____ области" is not read here), or the key's own last word when the blank
 * takes it ("the ____ of Kazakhstan" for "Kyzylorda region": every option ends in "region").
 */
import type { Language } from '../../model/course';
import { isEntityKey, type Distractor } from '../distractors/types';
import type { CourseText } from '../text/types';
import { problem, type Draft, type Problem } from './types';

/** Nouns naming a kind of place, by the start they share in every form (oasis/oases, облысы/облысында). */
const PLACE_HEADS: Readonly<Record<Language, readonly string[]>> = {
  kk: ['оазис', 'облыс', 'аудан', 'аңғар', 'алқаб', 'шөл', 'тау', 'жота', 'дала', 'бассейн', 'атырау', 'кен орн', 'кенор', 'ойпат', 'үстірт', 'жазық',
    'өңір', 'аймағ', 'аймақ', 'өзен', 'көл', 'теңіз', 'қала', 'ауыл', 'кент', 'порт', 'кеніш', 'мұздық'],
  ru: [],
  en: ['oasis', 'oases', 'region', 'province', 'oblast', 'valley', 'desert', 'mountain', 'range', 'steppe', 'basin', 'delta', 'district', 'lowland',
    'plateau', 'field', 'deposit', 'river', 'lake', 'sea', 'city', 'town', 'village', 'port', 'glacier', 'mine'],
};

/** The common noun right after the key that names its kind of place, as written; undefined when there is none. */
export function placeHeadAfter(draft: Draft): string | undefined {
  const key = draft.key;
  if (!isEntityKey(key) || key.type !== 'place') return undefined;
  const next = /^\s+([\p{Ll}][\p{L}-]*|[\p{Lu}][\p{Ll}-]*)/u.exec(draft.statement.text.slice(key.end))?.[1];
  if (!next) return undefined;
  // a capitalised head belongs to the name ("Issyk-Kul Region", "Fergana Valley"): the name is the key then
  if (draft.language === 'en' && /^\p{Lu}/u.test(next)) return undefined;
  return headStart(next, draft.language) ? next : undefined;
}

function headStart(word: string, language: Language): string | undefined {
  const lower = word.toLowerCase();
  return PLACE_HEADS[language].find((head) => lower.startsWith(head.replace(/\s+/gu, '')));
}

/** A key that ends in its own lower-case head ("Kyzylorda region", "Қызылорда облысы"): the head, as written. */
function placeHeadInKey(draft: Draft): string | undefined {
  const key = draft.key;
  if (!isEntityKey(key) || key.type !== 'place') return undefined;
  const words = key.text.split(/\s+/u);
  const last = words[words.length - 1]!;
  return words.length > 1 && /^\p{Ll}/u.test(last) && headStart(last, draft.language) ? last : undefined;
}

export function checkHeadFit(draft: Draft, distractor: Distractor, text: CourseText): Problem[] {
  const inKey = placeHeadInKey(draft);
  if (inKey) {
    const last = distractor.text.split(/\s+/u).pop() ?? '';
    return headStart(last, draft.language) === headStart(inKey, draft.language) && distractor.text.includes(' ') ? []
      : [problem('distractor-type', `«${distractor.text}» is not written with «${inKey}», as the key is`)];
  }
  const head = placeHeadAfter(draft);
  if (!head || !distractor.entity) return [];
  const start = headStart(head, draft.language)!;
  const writtenWithHead = (text.byEntity.get(distractor.entity.id) ?? []).some((index) => {
    const sentence = text.sentences[index]!;
    return sentence.entities.some((mention) => mention.entityId === distractor.entity!.id
      && headStart(/^\s+([\p{L}-]+)/u.exec(sentence.sentence.clean.slice(mention.end))?.[1] ?? '', draft.language) === start);
  });
  return writtenWithHead ? [] : [problem('distractor-type', `«${distractor.text}» is never written with «${head}» in the course, as the key is`)];
}
