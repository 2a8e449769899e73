/** The words of matching items in each course language. */
import type { Language } from '../../../model/course';
import type { PairSet } from './types';

export interface MatchingPhrases {
  stem(set: PairSet): string;
  /** Told after the stem of the second, third… item of one set (stems of a lesson differ). */
  part(number: number): string;
  /** "left — right; …", then the sentences quoted. */
  feedback(pairs: readonly { left: string; right: string }[], sentences: readonly string[]): string;
}

const list = (pairs: readonly { left: string; right: string }[]) => pairs.map(({ left, right }) => `${left} — ${right}`).join('; ');

export const MATCHING_PHRASES: Readonly<Record<Language, MatchingPhrases>> = {
  kk: {
    stem: (set) => {
      switch (set.kind) {
        case 'scholar-theory': return 'Ғалымдарды мәтінде олардың есімімен аталған теориялармен сәйкестендіріңіз.';
        case 'term-definition': return 'Терминдерді мәтіндегі анықтамаларымен сәйкестендіріңіз.';
        case 'table-column': return `«${set.caption}» кестесі бойынша әр жолды «${set.column}» бағанындағы көрсеткішімен сәйкестендіріңіз.`;
        case 'acronym': return 'Қысқартуларды мәтіндегі толық атауларымен сәйкестендіріңіз.';
        case 'actor-action': return 'Мәтін бойынша кім не істегенін сәйкестендіріңіз.';
      }
    },
    part: (number) => ` (${number}-топ)`,
    feedback: (pairs, sentences) => `Дұрыс сәйкестік: ${list(pairs)}. Мәтінде: ${sentences.map((s) => `«${s}»`).join(' ')}`,
  },
  ru: {
    stem: (set) => {
      switch (set.kind) {
        case 'scholar-theory': return 'Сопоставьте учёных с теориями, которые текст связывает с их именами.';
        case 'term-definition': return 'Сопоставьте термины с их определениями из текста.';
        case 'table-column': return `По таблице «${set.caption}» сопоставьте каждую строку с её значением в столбце «${set.column}».`;
        case 'acronym': return 'Сопоставьте сокращения с их полными названиями из текста.';
        case 'actor-action': return 'Сопоставьте, кто что сделал, согласно тексту.';
      }
    },
    part: (number) => ` (группа ${number})`,
    feedback: (pairs, sentences) => `Верно: ${list(pairs)}. В тексте: ${sentences.map((s) => `«${s}»`).join(' ')}`,
  },
  en: {
    stem: (set) => {
      switch (set.kind) {
        case 'scholar-theory': return 'Match each scholar with the theory the text attributes to them.';
        case 'term-definition': return 'Match each term with its definition in the text.';
        case 'table-column': return `Using the table “${set.caption}”, match each row with its value in the “${set.column}” column.`;
        case 'acronym': return 'Match each abbreviation with its full name as the text gives it.';
        case 'actor-action': return 'Match each actor with what the text says they did.';
      }
    },
    part: (number) => ` (set ${number})`,
    feedback: (pairs, sentences) => `The right pairs: ${list(pairs)}. The text says: ${sentences.map((s) => `“${s}”`).join(' ')}`,
  },
};
