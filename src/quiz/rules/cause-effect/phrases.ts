/** The words of a cause-effect item, in the course language. */
import type { Language } from '../../../model/course';
import { quote } from '../shared/feedback';
import type { Role } from './markers';

interface Phrases {
  /** Asked before the sentence(s) when the blank is the cause or the effect. */
  readonly lead: Record<Role, string>;
  readonly feedback: (answer: string, source: string) => string;
}

export const CAUSE_EFFECT_PHRASES: Readonly<Record<Language, Phrases>> = {
  kk: {
    lead: { cause: 'Мәтін бойынша себебін табыңыз:', effect: 'Мәтін бойынша салдарын табыңыз:' },
    feedback: (answer, source) => `Дұрыс жауап: «${answer}». Мәтінде: ${quote(source, 'kk')}`,
  },
  ru: {
    lead: { cause: 'Найдите причину по тексту:', effect: 'Найдите следствие по тексту:' },
    feedback: (answer, source) => `Правильный ответ: «${answer}». В тексте: ${quote(source, 'ru')}`,
  },
  en: {
    lead: { cause: 'According to the text, what is the cause?', effect: 'According to the text, what follows?' },
    feedback: (answer, source) => `The answer is "${answer}". The text says: ${quote(source, 'en')}`,
  },
};
