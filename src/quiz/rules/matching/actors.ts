/**
 * Actor ↔ action: who did what ("who proposed the union", "who opposed the dam"). A sentence
 * whose subject is a person, an organisation or a country named first (the name bare, in the
 * nominative: "Н. Назарбаев 1994 жылы … ұсынды", "Uzbekistan opposed …", "Таджикистан
 * возобновил …"), gives the pair name ↔ the rest of the sentence, what it did. The action must
 * be a clause of its own length, name no other actor of the set (it would tell the match), and
 * the sentence must stand alone (stem hygiene, no pointing back). Years may stay in the action:
 * they date it, the match asks who.
 */
import type { Language } from '../../../model/course';
import { sentenceProblems } from '../../checks';
import type { CourseSentence, EntityMention } from '../../text/types';
import { capitalised } from '../lists/option-text';
import type { FoundPair } from './types';

const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'organisation', 'country']);
const MIN_ACTION_WORDS = 4;
const MAX_ACTION_WORDS = 16;
/** Regions every sentence is about are no actor of the lesson (Орталық Азия …). */
const NOT_ACTORS: ReadonlySet<string> = new Set(['central-asia', 'middle-asia', 'greater-central-asia']);

/** The action ends (kk) or holds (ru, en) a finite verb: it says what the actor did or does. */
const FINITE_VERB: Readonly<Record<Language, RegExp>> = {
  kk: /(?:ды|ді|ты|ті|ады|еді|йды|йді|ған|ген|қан|кен|уда|уде|моқ|мек|тын|тін|ты|келеді|отыр)$/u,
  ru: /(?<![\p{L}])\p{Ll}+(?:ал|ял|ел|ил|ула|ала|яла|ела|ила|али|яли|ели|или|ет|ит|ют|ут|ат|ят|ется|ится|ются|ятся|лся|лась|лись)(?![\p{L}])/u,
  en: /^(?:\p{Ll}+ed|has|have|had|is|was|were|are|signed|built|proposed|opposed|supported|joined|left|became|began|won|led|took|made|set|sought|chose|held)(?![\p{L}])/u,
};

/** A ruler's title beside the name belongs to the actor: "Тәуке хан | …", "Tauke Khan | …", "Хан Тауке | …". */
const TITLE_AFTER = /^\s+(хан|сұлтан|би|Khan|Sultan)(?![\p{L}])/u;
const TITLE_BEFORE = /^[\s«"]*(Хан|Султан|Khan|Sultan)\s+$/u;

export function actorPairs(sentences: readonly CourseSentence[], language: Language): FoundPair[] {
  const found: FoundPair[] = [];
  for (const sentence of sentences) {
    const actor = subjectOf(sentence);
    if (!actor || sentenceProblems(sentence.sentence, language).length > 0) continue;
    const text = sentence.sentence.clean;
    const titleAfter = TITLE_AFTER.exec(text.slice(actor.end));
    const titleBefore = TITLE_BEFORE.exec(text.slice(0, actor.start));
    const name = actor.stem.replace(/\s+/gu, ' ');
    const left = titleAfter ? `${name} ${titleAfter[1]}` : titleBefore ? `${titleBefore[1]} ${name}` : name;
    const rest = text.slice(actor.end + (titleAfter?.[0].length ?? 0));
    // only a space between the subject and what it did: a dash or comma starts a definition or an aside
    if (!/^\s+[\p{Ll}\d]/u.test(rest)) continue;
    const action = rest.replace(/[.!]+$/u, '').trim();
    const words = action.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
    if (words < MIN_ACTION_WORDS || words > MAX_ACTION_WORDS || !FINITE_VERB[language].test(action)) continue;
    // the actor must stand alone as the subject: a list of actors, or an actor told again, is no pair
    if (sentence.entities.some((other) => other !== actor && other.entityId === actor.entityId)) continue;
    if (/^(?:мен|пен|бен|және|and|и|or|или|немесе|Республикасы|республикасы)(?![\p{L}])/iu.test(action)) continue;
    found.push({ left, right: capitalised(action), sentence: text, line: sentence.line, actor: actor.entityId });
  }
  // no action may name another actor of the set: the name would give the match away
  const actors = new Set(found.map((pair) => pair.actor));
  const fair = found.filter((pair) => !sentences.some((sentence) => sentence.sentence.clean === pair.sentence
    && sentence.entities.some((mention) => mention.entityId !== pair.actor && actors.has(mention.entityId))));
  // one action per actor: the same name twice on the left ("Әбілқайыр", "Әбілқайыр хан") has no single match
  const seen = new Set<string | undefined>();
  return fair.filter((pair) => !seen.has(pair.actor) && seen.add(pair.actor));
}

/** The entity the sentence opens with, bare (no case ending), when it is an actor. */
function subjectOf(sentence: CourseSentence): EntityMention | undefined {
  const first = [...sentence.entities].sort((a, b) => a.start - b.start)[0];
  if (!first || !ACTOR_TYPES.has(first.type) || NOT_ACTORS.has(first.entityId)) return undefined;
  if (first.suffix !== '' || first.derived) return undefined;
  const before = sentence.sentence.clean.slice(0, first.start);
  return /^[\s«"]*$/u.test(before) || (first.type === 'person' && TITLE_BEFORE.test(before)) ? first : undefined;
}
