/** Feedback that quotes the source sentence, in the course language («…» in kk/ru, "…" in en). */
import type { Language } from '../../../model/course';

export function quote(text: string, language: Language): string {
  return language === 'en' ? `"${text}"` : `«${text}»`;
}

const WORDS: Readonly<Record<Language, { answer: string; says: string; true: string; false: string }>> = {
  kk: { answer: 'Дұрыс жауап', says: 'Мәтінде', true: 'Дұрыс', false: 'Қате' },
  ru: { answer: 'Правильный ответ', says: 'В тексте', true: 'Верно', false: 'Неверно' },
  en: { answer: 'The answer is', says: 'The text says', true: 'True', false: 'False' },
};

export function choiceFeedback(answer: string, source: string, language: Language): string {
  const words = WORDS[language];
  const lead = language === 'en' ? `${words.answer} ${answer}.` : `${words.answer}: ${answer}.`;
  return `${lead} ${words.says}: ${quote(source, language)}`;
}

export function trueFalseFeedback(answer: boolean, source: string, language: Language): string {
  const words = WORDS[language];
  return `${answer ? words.true : words.false}. ${words.says}: ${quote(source, language)}`;
}
