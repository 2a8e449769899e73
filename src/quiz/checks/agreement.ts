/**
 * Check 5, grammatical agreement (Kazakh): every option carries the key's case, number and
 * -ғы, each in the allomorph its own stem needs (suffixAgrees from src/text/kk), so that no
 * option is given away or ruled out by its ending. Dates are read on the month word. Russian
 * names: each option is its own name in the key's case (src/text/ru).
 */
import { analyse, suffixAgrees } from '../../text/kk';
import { KK_MONTHS } from '../distractors/dates';
import { russianAgreementProblem } from '../distractors/entities';
import { isEntityKey, type Distractor, type KeyInflection } from '../distractors/types';
import { problem, type Draft, type Problem } from './types';

export function checkAgreement(draft: Draft, distractor: Distractor): Problem[] {
  if (draft.language === 'ru' && isEntityKey(draft.key)) {
    const found = russianAgreementProblem(draft.key, distractor);
    return found ? [problem('agreement', found)] : [];
  }
  if (draft.language !== 'kk') return [];
  const key = draft.key;
  if (key.type === 'date') return dateAgreement(key.text, distractor);
  if (key.type !== 'organisation' && key.type !== 'place' && key.type !== 'person') return [];
  if (!distractor.name) return [problem('agreement', `«${distractor.text}» has no name to read its ending against`)];
  return formAgrees(lastWord(distractor.text), lastWord(distractor.name), key.inflection, distractor.text);
}

function lastWord(text: string): string {
  return text.split(/\s+/u).pop() ?? text;
}

function formAgrees(form: string, stem: string, inflection: KeyInflection | undefined, shown: string): Problem[] {
  if (!inflection) return form === stem ? [] : [problem('agreement', `«${shown}» has an ending, the key has none`)];
  if (!suffixAgrees(form, stem)) return [problem('agreement', `«${shown}»: the ending is not the one ${stem} takes`)];
  const same = analyse(form).some((reading) => reading.stem === stem && reading.wellFormed && reading.kase === inflection.kase
    && reading.plural === inflection.plural && reading.attributive === inflection.attributive);
  return same ? [] : [problem('agreement', `«${shown}» is not in the key's case (${inflection.kase})`)];
}

function dateAgreement(keyText: string, distractor: Distractor): Problem[] {
  const keyMonth = lastWord(keyText).toLowerCase();
  const keyStem = KK_MONTHS.find((month) => analyse(keyMonth).some((reading) => reading.stem === month && reading.wellFormed));
  const keyReading = keyStem ? analyse(keyMonth).find((reading) => reading.stem === keyStem && reading.wellFormed) : undefined;
  const month = distractor.month === undefined ? undefined : KK_MONTHS[distractor.month - 1];
  if (!keyReading || !month) return [problem('agreement', `«${distractor.text}»: no month to compare`)];
  return formAgrees(lastWord(distractor.text).toLowerCase(), month, keyReading, distractor.text);
}
