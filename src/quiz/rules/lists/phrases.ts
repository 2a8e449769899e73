/** The words of multiple-response items in each course language. */
import type { Language } from '../../../model/course';

export interface ListPhrases {
  /** The question: quotes the list's intro, then asks which options belong to the list. */
  stem(intro: string): string;
  /** Feedback: the intro and the list's items as the text gives them. */
  feedback(intro: string, items: readonly string[]): string;
}

const quoteIntro = (intro: string, open: string, close: string) => `${open}${intro.replace(/\s*:$/u, '')}: …${close}`;

export const LIST_PHRASES: Readonly<Record<Language, ListPhrases>> = {
  kk: {
    stem: (intro) => `Мәтінде: ${quoteIntro(intro, '«', '»')} Төмендегілердің қайсылары осы тізімге жатады? Барлық дұрыс жауапты белгілеңіз.`,
    feedback: (intro, items) => `Мәтінде: «${intro.replace(/\s*:$/u, '')}: ${items.join('; ')}».`,
  },
  ru: {
    stem: (intro) => `В тексте: ${quoteIntro(intro, '«', '»')} Что из перечисленного входит в этот перечень? Отметьте все верные ответы.`,
    feedback: (intro, items) => `В тексте: «${intro.replace(/\s*:$/u, '')}: ${items.join('; ')}».`,
  },
  en: {
    stem: (intro) => `The text says: ${quoteIntro(intro, '“', '”')} Which of the following belong to this list? Select all that apply.`,
    feedback: (intro, items) => `The text says: “${intro.replace(/\s*:$/u, '')}: ${items.join('; ')}”.`,
  },
};
