/** The stem and feedback of a statements item, in the course language. */
import type { Language } from '../../../model/course';
import { quote } from '../shared/feedback';

/** What a false option changed: the text's fact and the one swapped in. */
export interface Swap {
  readonly original: string;
  readonly swapped: string;
}

interface StatementPhrases {
  readonly stem: string;
  /** Other wordings of the stem, for the second and third item of a lesson (stems of a lesson differ). */
  readonly moreStems: readonly string[];
  readonly rightLead: string;
  readonly wrongLead: string;
  /** "the text says X, not Y" */
  readonly notThat: (original: string, swapped: string) => string;
}

export const STATEMENT_PHRASES: Readonly<Record<Language, StatementPhrases>> = {
  kk: {
    stem: 'Мәтін бойынша төмендегі тұжырымдардың қайсылары дұрыс?',
    moreStems: ['Төмендегі тұжырымдардың қайсылары мәтінге сәйкес келеді?', 'Мәтінде айтылғанға сай келетін тұжырымдарды белгілеңіз.'],
    rightLead: 'Мәтінде айтылғандай дұрыс',
    wrongLead: 'Қате, бір дерек ауыстырылған',
    notThat: (original, swapped) => `мәтінде «${swapped}» емес, «${original}»`,
  },
  ru: {
    stem: 'Какие из этих утверждений верны согласно тексту?',
    moreStems: ['Какие из этих утверждений соответствуют тексту?', 'Отметьте утверждения, которые согласуются с текстом.'],
    rightLead: 'Верно, как сказано в тексте',
    wrongLead: 'Неверно, один факт заменён',
    notThat: (original, swapped) => `в тексте «${original}», а не «${swapped}»`,
  },
  en: {
    stem: 'Which of these statements are true according to the text?',
    moreStems: ['Which of these statements does the text support?', 'Mark the statements that agree with the text.'],
    rightLead: 'True, as the text says',
    wrongLead: 'False, one fact swapped',
    notThat: (original, swapped) => `the text says "${original}", not "${swapped}"`,
  },
};

/** Quotes every true statement, and names the swap of every false one. */
export function statementsFeedback(trues: readonly string[], falses: readonly { readonly text: string; readonly swap: Swap }[], language: Language): string {
  const phrases = STATEMENT_PHRASES[language];
  const right = `${phrases.rightLead}: ${trues.map((text) => quote(text, language)).join('; ')}.`;
  const wrong = `${phrases.wrongLead}: ${falses.map((one) => `${quote(one.text, language)} (${phrases.notThat(one.swap.original, one.swap.swapped)})`).join('; ')}.`;
  return `${right} ${wrong}`;
}
