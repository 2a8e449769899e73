/**
 * Curation helper for the entity catalogue (src/quiz/text/entities/catalogue.ts): lists the
 * capitalised words, acronyms and initials + surname patterns of a text with their counts, so
 * that a person curating the catalogue sees every spelling variant the text uses.
 * Run: npx esbuild test/quiz/text/corpus-candidates.ts --bundle --platform=node | node - <text file>
 */
import * as fs from 'node:fs';

const ACRONYM = /(?<![\p{L}])\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Lu}]*(?![\p{L}])/gu;
const INITIALS_SURNAME = /(?<![\p{L}.])(?:\p{Lu}\p{Ll}?\.\s?){1,2}\s?\p{Lu}[\p{Ll}-]+/gu;
const CAPITALISED = /(?<![\p{L}])\p{Lu}\p{Ll}{2,}/gu;

function counts(text: string, pattern: RegExp): [string, number][] {
  const found = new Map<string, number>();
  for (const match of text.matchAll(pattern)) found.set(match[0], (found.get(match[0]) ?? 0) + 1);
  return [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function show(title: string, rows: [string, number][], min: number): void {
  console.log(`## ${title}`);
  console.log(rows.filter(([, n]) => n >= min).map(([word, n]) => `${n}\t${word}`).join('\n'));
}

const text = fs.readFileSync(process.argv[2], 'utf8');
show('acronyms', counts(text, ACRONYM), 1);
show('initials + surname', counts(text, INITIALS_SURNAME), 1);
show('capitalised words (mid-sentence included)', counts(text, CAPITALISED), Number(process.argv[3] ?? 3));
