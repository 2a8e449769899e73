/**
 * A long sentence of two clauses ("In 1936 Karaganda became the centre of the new oblast, and
 * the city grew quickly after the war.") is stated by its first clause alone, which is a whole
 * statement and true when the sentence is. Blind reviewers judged long statements harder to
 * answer and bundled ("which fact is tested?"): over rounds 20–26, true/false statements of more
 * than 25 words were accepted 27 times in 83 (33%), shorter ones 117 in 203 (58%); those joining
 * two clauses with ", and" / ", а" / ", ал" 24 in 68 (35%), others 120 in 218 (55%)
 * (docs/quiz-quality.md). Shorter sentences are left whole.
 */
import type { Language } from '../../model/course';
import { countWords as words } from '../../render/words';

/** Sentences of more words than this are cut after their first clause, when they have one. */
export const CLAUSE_CUT_WORDS = 25;
/** The first clause is a statement of its own only if it is this long… */
const MIN_HEAD_WORDS = 8;
/** …and what follows the conjunction is a clause, not a last list item ("A, B, and C"). */
const MIN_TAIL_WORDS = 4;

/** A comma and a conjunction that opens a second clause: "and", "but", "while"; "а", "но"; "ал", "бірақ". */
const CLAUSE_JOIN: Readonly<Record<Language, RegExp>> = {
  en: /,\s+(?:and|but|while|whereas)\s+/gu,
  ru: /,\s+(?:а|но|однако)\s+/gu,
  kk: /,\s+(?:ал|бірақ|алайда)\s+/gu,
};

/** The endings of a Kazakh finite verb or predicate closing a clause (past, present, participle, "бар", "керек"…). */
const KK_FINITE_END = /(?:ды|ді|ты|ті|ған|ген|қан|кен|атын|етін|йтын|йтін|тұр|жатыр|бар|жоқ|тиіс|керек|мүмкін|қажет)$/u;

/** A finite verb or a participle of the passive, roughly: enough to tell a clause from a phrase of time or place. */
const VERB: Readonly<Record<'en' | 'ru', RegExp>> = {
  en: /(?<![\p{L}])(?:is|are|was|were|has|have|had|became|began|took|made|gave|won|lost|built|grew|fell|rose|came|went|left|held|led|set|saw|found|brought|remained|lay|stood|ran|kept|met|sent|sold|wrote|broke|chose|spoke|struck|became|\p{Ll}{2,}ed)(?![\p{L}])/u,
  ru: /(?<![\p{L}])\p{Ll}{2,}(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ут|ат|ется|ится|ются|ятся|ен|ена|ено|ены|ан|ана|ано|аны|ён|ена)(?![\p{L}])/u,
};

const count = (text: string, mark: string) => text.split(mark).length - 1;

/** The first clause as a sentence of its own (with a full stop), or undefined when the sentence stays whole. */
export function firstClause(sentence: string, language: Language): string | undefined {
  if (words(sentence) <= CLAUSE_CUT_WORDS || !/[.!]$/u.test(sentence)) return undefined;
  for (const join of sentence.matchAll(CLAUSE_JOIN[language])) {
    const head = sentence.slice(0, join.index);
    const tail = sentence.slice(join.index + join[0].length);
    if (words(head) < MIN_HEAD_WORDS || words(tail) < MIN_TAIL_WORDS) continue;
    // "Bukhara, Samarkand, and Khiva": a list's last item, not a clause
    if (/,\s*(?:\S+\s+){0,2}\S+$/u.test(head)) continue;
    // a Kazakh clause ends with its finite verb: "…азайып, ал …" joins a converb, no clause;
    // an English or Russian one holds a verb ("In the early hours of 6 October 1948, shortly after
    // one o'clock, and …" is no statement)
    if (language === 'kk' ? !KK_FINITE_END.test(head) : !VERB[language].test(head)) continue;
    // the facts a statement asks (a year, a name) must be in the clause kept
    if (!/\d|\s[«"]?\p{Lu}/u.test(head)) continue;
    // a quotation or bracket left open would close in the part cut away
    if (count(head, '«') !== count(head, '»') || count(head, '(') !== count(head, ')') || count(head, '"') % 2 === 1) continue;
    return `${head}.`;
  }
  return undefined;
}
