/**
 * Where a text marks a cause or an effect, per language. Inside a sentence a marker splits it
 * ("X, себебі Y": Y is the cause of X; "X, сондықтан Y": Y is the effect of X); at the start of
 * a sentence it links it to the one before ("Себебі, Y." gives the cause of the sentence
 * before). The part after the marker is what an item asks for.
 */
import type { Language } from '../../../model/course';

export type Role = 'cause' | 'effect';

export interface InnerMarker {
  /** Matched after a comma or space inside the sentence; the asked part follows it. */
  readonly pattern: RegExp;
  /** What the part after the marker is. */
  readonly after: Role;
}

const inner = (words: string, after: Role): InnerMarker => ({ pattern: new RegExp(`,\\s*(?:${words})\\s*,?\\s+`, 'iu'), after });

export const INNER_MARKERS: Readonly<Record<Language, readonly InnerMarker[]>> = {
  kk: [inner('себебі|өйткені|себебі де', 'cause'), inner('сондықтан|сол себепті|соның нәтижесінде|нәтижесінде', 'effect')],
  ru: [inner('потому что|так как|поскольку|ибо', 'cause'), inner('поэтому|вследствие чего|в результате чего|что привело к', 'effect')],
  en: [inner('because|since', 'cause'), inner('so|therefore|thus|hence|which led to|as a result', 'effect')],
};

/** A sentence opening with one of these gives the cause (or effect) of the sentence before. */
export const OPENING_MARKERS: Readonly<Record<Language, readonly { readonly pattern: RegExp; readonly role: Role }[]>> = {
  kk: [{ pattern: /^(?:Себебі|Өйткені)\s*,?\s+/u, role: 'cause' }, { pattern: /^(?:Сондықтан|Сол себепті|Соның нәтижесінде)\s*,?\s+/u, role: 'effect' }],
  ru: [{ pattern: /^(?:Потому что|Так как|Ибо)\s*,?\s+/u, role: 'cause' }, { pattern: /^(?:Поэтому|Вследствие этого|В результате)\s*,?\s+/u, role: 'effect' }],
  en: [{ pattern: /^(?:Because|This is because)\s*,?\s+/u, role: 'cause' }, { pattern: /^(?:Therefore|Thus|Hence|As a result|Consequently)\s*,?\s+/u, role: 'effect' }],
};
