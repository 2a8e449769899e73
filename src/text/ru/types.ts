/** The six Russian cases: именительный, родительный, дательный, винительный, творительный, предложный. */
export const RU_CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'] as const;
export type RuCase = (typeof RU_CASES)[number];

export type RuGender = 'm' | 'f' | 'n';

export interface RuWordOptions {
  /** Needed where the ending does not tell (-ь: Израиль m, Беларусь f). */
  readonly gender?: RuGender;
  readonly plural?: boolean;
  /** People: the accusative is the genitive (Назарбаева, not Назарбаев). */
  readonly animate?: boolean;
}

/** How a word declines: its class decides every form. */
export type RuClass =
  | 'indeclinable' // acronyms, foreign names in -о, -е, -и, -у, -ю, -ы (Токио, Душанбе, Алматы)
  | 'a' // feminine and masculine in -а/-я (Москва, Азия, Земля)
  | 'hard' // masculine in a consonant (Казахстан, Ташкент)
  | 'soft-m' // masculine in -й or -ь (Китай, Израиль)
  | 'soft-f' // feminine in -ь (Беларусь, Сибирь)
  | 'neuter' // common nouns in -о/-е (море, водохранилище)
  | 'surname-m' // -ов/-ев/-ёв/-ин/-ын (Назарбаев)
  | 'surname-f' // -ова/-ева/-ина (Назарбаева)
  | 'adjective' // -ый/-ий/-ой, -ая/-яя, -ое/-ее, -ые/-ие (Южная, Аральское)
  | 'plural'; // plural nouns (Штаты, Нидерланды, Эмираты)
