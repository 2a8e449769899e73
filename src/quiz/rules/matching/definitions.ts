/**
 * Term ↔ definition, with a filter for real definitions: "Аймақ – белгілі бір … елдердің
 * жиынтығы", "Орталық Азия дегеніміз- …", "Regional integration is defined as …". Most
 * "X – Y" sentences are not definitions ("Қазақстан - Өзбекстан ынтымақтастығы …", "Барлық
 * үлкен ойыншылар – Ресей, Қытай …"), so the definition must read as one: it starts with a
 * lower-case word, ends with a defining head ("… жиынтығы", "… болып табылады", "… айтамыз"),
 * and names no list of places; the term is one to three words and not an aim or a feature of
 * something ("… мақсаты", "… артықшылығы").
 */
import type { Language } from '../../../model/course';
import type { CourseSentence } from '../../text/types';
import { capitalised, wordCount } from '../lists/option-text';
import type { FoundPair } from './types';

const KK_DASHED = /^([\p{Lu}][\p{L}-]*(?:\s+[\p{L}-]+){0,2}?)\s?[–—-]\s+(?:ол\s+)?(\p{Ll}.*)$/u;
const KK_DEGENIMIZ = /(?:^|\s)((?:\p{Lu}\p{Ll}+\s+)?[\p{L}-]+)\s+дегеніміз\s?[–—-]?\s*(.+)$/u;
const KK_DEFINING_END = /(?:жиынтығы|болып табылады|айтамыз|дейміз|деп аталады|деп түсініледі|түрі|үдеріс|процесс|аймақ|ұйым|өңір|бірлестік|әрекет|жүйе|ұғым|облыс)$/u;
const KK_NOT_TERMS = /(?:мақсаты|міндеті|артықшылығы|ерекшелігі|маңызы|мәні|нәтижесі|әдістемесі)$/u;
const RU_DASHED = /^([А-ЯЁ][\p{L}-]*(?:\s+[\p{L}-]+){0,2}?)\s[–—]\s(?:это\s+)?(\p{Ll}.*)$/u;
const EN_DEFINED = /^(?:The term\s+)?([A-Z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:is defined as|refers to|means)\s+(.+)$/u;

const MIN_DEFINITION_WORDS = 5;
const MAX_DEFINITION_WORDS = 35;

export function definitionPairs(sentences: readonly CourseSentence[], language: Language): FoundPair[] {
  return sentences.flatMap((s) => {
    const found = split(s.sentence.clean.replace(/[.!]+$/u, ''), language);
    if (!found || !realDefinition(found.term, found.definition, s, language)) return [];
    return [{ left: capitalised(found.term), right: capitalised(found.definition), sentence: s.sentence.clean, line: s.line }];
  });
}

function split(text: string, language: Language): { term: string; definition: string } | undefined {
  const match = language === 'kk' ? KK_DEGENIMIZ.exec(text) ?? KK_DASHED.exec(text) : language === 'ru' ? RU_DASHED.exec(text) : EN_DEFINED.exec(text);
  return match ? { term: match[1].trim(), definition: match[2].trim() } : undefined;
}

function realDefinition(term: string, definition: string, s: CourseSentence, language: Language): boolean {
  const words = wordCount(definition);
  if (words < MIN_DEFINITION_WORDS || words > MAX_DEFINITION_WORDS || wordCount(term) > 3) return false;
  if (/\p{N}/u.test(term) || /\p{N}/u.test(definition) || /[,;:]\s*\p{Lu}/u.test(definition.slice(0, 40))) return false;
  // "Бұл ара- қатынастарға …", "Аталған қауіп- қатерлер …": a spaced hyphen in a word, after a pointing opener
  if (s.sentence.anaphoric) return false;
  // a term that is a place or an organisation list ("Қазақстан - Өзбекстан") is no term
  if (s.entities.some((m) => m.start < term.length + 2 && m.type !== 'region')) return false;
  if (language === 'kk') return KK_DEFINING_END.test(definition) && !KK_NOT_TERMS.test(term) && !/^(?:ол|бұл)$/iu.test(term);
  return !/[;]/u.test(definition);
}
