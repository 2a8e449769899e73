/** The words of ordering items in each course language. */
import type { Language } from '../../../model/course';

export interface OrderingPhrases {
  stem(intro: string | undefined): string;
  feedback(order: readonly { year: number; step: string }[], sentences: readonly string[]): string;
}

export const ORDERING_PHRASES: Readonly<Record<Language, OrderingPhrases>> = {
  kk: {
    stem: (intro) => `${intro ? `Мәтінде: «${intro.replace(/\s*:$/u, '')}: …» ` : ''}Мына оқиғаларды мәтін бойынша хронологиялық ретпен орналастырыңыз: ең ертесі бірінші.`,
    feedback: (order, sentences) =>
      `Хронологиялық реті: ${order.map(({ year, step }) => `${year} ж. — ${step}`).join('; ')}. Мәтінде: ${sentences.map((s) => `«${s}»`).join(' ')}`,
  },
  ru: {
    stem: (intro) => `${intro ? `В тексте: «${intro.replace(/\s*:$/u, '')}: …» ` : ''}Расположите эти события в хронологическом порядке по тексту, начиная с самого раннего.`,
    feedback: (order, sentences) =>
      `Хронологический порядок: ${order.map(({ year, step }) => `${year} г. — ${step}`).join('; ')}. В тексте: ${sentences.map((s) => `«${s}»`).join(' ')}`,
  },
  en: {
    stem: (intro) => `${intro ? `The text says: “${intro.replace(/\s*:$/u, '')}: …” ` : ''}Put these events in chronological order, as the text dates them: earliest first.`,
    feedback: (order, sentences) =>
      `In chronological order: ${order.map(({ year, step }) => `${year} — ${step}`).join('; ')}. The text says: ${sentences.map((s) => `“${s}”`).join(' ')}`,
  },
};
