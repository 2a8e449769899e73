/**
 * Finds every case form of the known stems in a text and checks `inflect` against each: the
 * measure of how well the rules fit the course text. Used by the corpus test and by
 * extract-corpus-forms.ts (the report a person reads).
 */
import { analyse, inflect, normaliseSuffixSpacing, type KkCase } from '../../../src/text/kk';

export interface AttestedForm {
  readonly stem: string;
  readonly form: string;
  readonly count: number;
  readonly kase: KkCase;
  readonly plural: boolean;
  readonly attributive: boolean;
  /** What `inflect` makes for this stem and case. */
  readonly expected: string;
}

export interface CorpusForms {
  /** Case forms (the nominative excluded), most frequent first. */
  readonly caseForms: readonly AttestedForm[];
  /** Words that start with a stem but carry no case ending (Қазақстандық, Азиялық, typos). */
  readonly otherForms: readonly { readonly stem: string; readonly form: string; readonly count: number }[];
}

const WORD = /\p{L}+(?:-\p{L}+)*/gu;

function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of normaliseSuffixSpacing(text).match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The longest stem a word starts with, so Қырғыстан is not counted under a shorter name. */
function stemOf(word: string, stems: readonly string[]): string | undefined {
  return stems.filter((stem) => word !== stem && word.startsWith(stem)).sort((a, b) => b.length - a.length)[0];
}

export function collectCorpusForms(text: string, stems: readonly string[]): CorpusForms {
  const caseForms: AttestedForm[] = [];
  const otherForms: { stem: string; form: string; count: number }[] = [];
  for (const [form, count] of countWords(text)) {
    const stem = stemOf(form, stems);
    if (!stem) continue;
    const reading = analyse(form).find((analysis) => analysis.stem === stem && analysis.kase !== 'nom');
    if (!reading) {
      otherForms.push({ stem, form, count });
      continue;
    }
    const { kase, plural, attributive } = reading;
    caseForms.push({ stem, form, count, kase, plural, attributive, expected: inflect(stem, kase, { plural, attributive }) });
  }
  const order = (a: { count: number; form: string }, b: { count: number; form: string }): number =>
    b.count - a.count || a.form.localeCompare(b.form);
  return { caseForms: caseForms.sort(order), otherForms: otherForms.sort(order) };
}

/** Share of case-form occurrences that `inflect` reproduces exactly. */
export function agreement(forms: readonly AttestedForm[]): { readonly agreeing: number; readonly total: number } {
  const total = forms.reduce((sum, form) => sum + form.count, 0);
  const agreeing = forms.filter((form) => form.form === form.expected).reduce((sum, form) => sum + form.count, 0);
  return { agreeing, total };
}
