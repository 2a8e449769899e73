/**
 * Head nouns that tell what a name is: "Вахш өзені" is a river, "Рогун ГЭС-і" a station,
 * "МКВК комиссиясы" an organisation; "реки Вахш", "Рогунская ГЭС"; "the Vakhsh River",
 * "Lake Sarez". Kazakh puts the head after the name, in the possessive (өзені, қаласының);
 * Russian before it (реки Вахш) or after an adjective name (Нурекское водохранилище); English
 * after it (Rogun Dam), or before it for lakes and "the city of".
 */
import type { Language } from '../../../model/course';
import type { EntityType } from '../types';

export interface HeadKind {
  readonly type: EntityType;
  readonly group: string;
  /** Whether the head belongs to the name (Ұлттық банк, Мәңгілік достық туралы шарт) or only types it (Вахш өзені → Вахш). */
  readonly inName: boolean;
}

const place = (type: EntityType, group: string): HeadKind => ({ type, group, inName: false });
const body = (group: string): HeadKind => ({ type: 'organisation', group, inName: true });
const document = (group: string): HeadKind => ({ type: 'treaty', group, inName: true });

/** Kazakh heads by stem; the word must be the stem + a 3rd-person possessive (+ a case ending). */
const KK_HEADS: ReadonlyMap<string, HeadKind> = new Map([
  ['өзен', place('water', 'river')], ['көл', place('water', 'inland-water')], ['қойма', place('water', 'reservoir')],
  ['канал', place('water', 'canal')], ['қала', place('city', 'city')], ['облыс', place('region', 'province')],
  ['аудан', place('region', 'district')], ['аңғар', place('region', 'valley')], ['алқаб', place('region', 'valley')],
  ['станция', place('facility', 'station')], ['гэс', place('facility', 'station')], ['бөгет', place('facility', 'dam')],
  ['кен орн', place('facility', 'field')], ['порт', place('facility', 'port')], ['құбыр', place('facility', 'pipeline')],
  ['ұйым', body('regional-organisation')], ['одағ', body('regional-organisation')], ['кеңес', body('regional-organisation')],
  ['комиссия', body('regional-organisation')], ['комитет', body('regional-organisation')], ['қор', body('fund')],
  ['банк', body('financial-institution')], ['компания', body('company')], ['корпорация', body('company')],
  ['университет', body('university')], ['институт', body('institute')], ['министрліг', body('ministry')], ['агенттіг', body('agency')],
  ['келісім', document('treaty')], ['келісімшарт', document('treaty')], ['шарт', document('treaty')], ['конвенция', document('treaty')],
  ['декларация', document('declaration')], ['хартия', document('declaration')], ['бағдарлама', document('programme')],
  ['стратегия', document('programme')], ['доктрина', document('programme')], ['жоба', document('project')],
]);

const KK_POSSESSIVE = '(?:ы|і|сы|сі)(?:ның|нің|на|не|н|нда|нде|нан|нен|мен)?';

/** Russian heads as word forms (all cases of the singular). */
const RU_HEADS: readonly [RegExp, HeadKind][] = [
  [/^рек(?:а|и|е|у|ой)$/u, place('water', 'river')], [/^озер(?:о|а|у|ом|е)$/u, place('water', 'inland-water')],
  [/^водохранилищ(?:е|а|у|ем)$/u, place('water', 'reservoir')], [/^канал(?:|а|у|ом|е)$/u, place('water', 'canal')],
  [/^город(?:|а|у|ом|е)$/u, place('city', 'city')], [/^област(?:ь|и|ью)$/u, place('region', 'province')],
  [/^район(?:|а|у|ом|е)$/u, place('region', 'district')], [/^долин(?:а|ы|е|у|ой)$/u, place('region', 'valley')],
  [/^(?:гэс|станци(?:я|и|ю|ей))$/iu, place('facility', 'station')], [/^плотин(?:а|ы|е|у|ой)$/u, place('facility', 'dam')],
  [/^месторождени(?:е|я|ю|ем|и)$/u, place('facility', 'field')], [/^(?:газо|нефте|трубо)провод(?:|а|у|ом|е)$/u, place('facility', 'pipeline')],
  [/^организаци(?:я|и|ю|ей)$/u, body('regional-organisation')], [/^союз(?:|а|у|ом|е)$/u, body('regional-organisation')],
  [/^совет(?:|а|у|ом|е)$/u, body('regional-organisation')], [/^комисси(?:я|и|ю|ей)$/u, body('regional-organisation')],
  [/^комитет(?:|а|у|ом|е)$/u, body('regional-organisation')], [/^фонд(?:|а|у|ом|е)$/u, body('fund')],
  [/^банк(?:|а|у|ом|е)$/u, body('financial-institution')], [/^компани(?:я|и|ю|ей)$/u, body('company')],
  [/^университет(?:|а|у|ом|е)$/u, body('university')], [/^министерств(?:о|а|у|ом|е)$/u, body('ministry')],
  [/^договор(?:|а|у|ом|е)$/u, document('treaty')], [/^соглашени(?:е|я|ю|ем|и)$/u, document('treaty')],
  [/^конвенци(?:я|и|ю|ей)$/u, document('treaty')], [/^деклараци(?:я|и|ю|ей)$/u, document('declaration')],
  [/^программ(?:а|ы|е|у|ой)$/u, document('programme')], [/^стратеги(?:я|и|ю|ей)$/u, document('programme')],
  [/^проект(?:|а|у|ом|е)$/u, document('project')],
];

/** English heads, capitalised or not. */
const EN_HEADS: ReadonlyMap<string, HeadKind> = new Map([
  ['river', place('water', 'river')], ['lake', place('water', 'inland-water')], ['reservoir', place('water', 'reservoir')],
  ['canal', place('water', 'canal')], ['city', place('city', 'city')], ['town', place('city', 'city')],
  ['province', place('region', 'province')], ['oblast', place('region', 'province')], ['region', place('region', 'province')],
  ['district', place('region', 'district')], ['valley', place('region', 'valley')], ['station', place('facility', 'station')],
  ['plant', place('facility', 'station')], ['dam', place('facility', 'dam')], ['field', place('facility', 'field')],
  ['pipeline', place('facility', 'pipeline')], ['organization', body('regional-organisation')], ['organisation', body('regional-organisation')],
  ['union', body('regional-organisation')], ['council', body('regional-organisation')], ['commission', body('regional-organisation')],
  ['committee', body('regional-organisation')], ['fund', body('fund')], ['bank', body('financial-institution')],
  ['company', body('company')], ['corporation', body('company')], ['university', body('university')], ['ministry', body('ministry')],
  ['treaty', document('treaty')], ['agreement', document('treaty')], ['convention', document('treaty')],
  ['declaration', document('declaration')], ['charter', document('declaration')], ['programme', document('programme')],
  ['program', document('programme')], ['strategy', document('programme')], ['project', document('project')],
]);

/** Heads that stand before the name in English: "Lake Sarez", "the city of Nurek". */
const EN_BEFORE: ReadonlySet<string> = new Set(['lake', 'city', 'town', 'river']);

/** The kind a word names when it heads a name; undefined when it is no head noun. */
export function headKind(word: string, language: Language): HeadKind | undefined {
  const lower = word.toLowerCase();
  if (language === 'en') return EN_HEADS.get(lower);
  if (language === 'ru') return RU_HEADS.find(([form]) => form.test(lower))?.[1];
  for (const [stem, kind] of KK_HEADS) {
    if (lower.startsWith(stem) && new RegExp(`^${stem}${KK_POSSESSIVE}$`, 'u').test(lower)) return kind;
  }
  return lower === 'гэс' || /^гэс-?(?:і|ы|нің|ның|іне|ына)?$/u.test(lower) ? place('facility', 'station') : undefined;
}

/** Whether an English head stands before its name ("Lake Sarez"). */
export function headBefore(word: string): boolean {
  return EN_BEFORE.has(word.toLowerCase());
}
