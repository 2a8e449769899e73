/**
 * The sentence that introduces a list, as a stem can quote it: the last sentence of the intro
 * paragraph, with the sentence before it when it points back ("Аталмыш ұйымның басты мақсаты:"
 * needs the organisation named before). Citation marks are removed.
 */
import type { Language } from '../../../model/course';
import { splitSentences } from '../../text/sentences';
import { stemHygiene, MAX_STEM_WORDS } from '../../text/hygiene';
import type { Sentence } from '../../text/types';

export type IntroResult = { readonly text: string } | { readonly problem: 'intro-needs-context' | 'intro-unfit' };

/** Problems that do not matter for an intro: it may be short, and its context is handled here. */
const IGNORED = new Set(['too-short', 'anaphoric', 'too-long']);
const MIN_INTRO_WORDS = 3;

export function listIntro(paragraph: string, language: Language): IntroResult {
  const sentences = splitSentences(paragraph, language);
  const last = sentences[sentences.length - 1];
  if (!last || !fit(last)) return { problem: 'intro-unfit' };
  if (!last.anaphoric) return { text: last.clean };
  const before = sentences[sentences.length - 2];
  if (!before || before.anaphoric || !fit(before) || before.words + last.words > MAX_STEM_WORDS) return { problem: 'intro-needs-context' };
  return { text: `${before.clean} ${last.clean}` };
}

function fit(sentence: Sentence): boolean {
  if (sentence.words < MIN_INTRO_WORDS || sentence.words > MAX_STEM_WORDS) return false;
  return stemHygiene(sentence).every((problem) => IGNORED.has(problem));
}
