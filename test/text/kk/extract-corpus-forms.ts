/**
 * Prints, for each known stem, the case forms found in the corpus and whether `inflect`
 * reproduces them. Run:
 *   npx esbuild test/text/kk/extract-corpus-forms.ts --bundle --platform=node --log-level=warning | node - [corpus.txt]
 */
import * as fs from 'node:fs';
import { agreement, collectCorpusForms } from './corpus-forms';
import { CORPUS_STEMS } from './corpus-stems';
import { CORPUS_FILE } from '../../harness/shared-dir';

const DEFAULT_CORPUS = CORPUS_FILE;
const path = process.argv[2] ?? process.env.COURSEPACK_CORPUS ?? DEFAULT_CORPUS;
const { caseForms, otherForms } = collectCorpusForms(fs.readFileSync(path, 'utf8'), CORPUS_STEMS);

for (const form of caseForms) {
  const verdict = form.form === form.expected ? 'ok ' : `≠ ${form.expected}`;
  const grammar = `${form.kase}${form.plural ? '+pl' : ''}${form.attributive ? '+ғы' : ''}`;
  console.log(`${String(form.count).padStart(4)}  ${form.form.padEnd(24)} ${form.stem.padEnd(13)} ${grammar.padEnd(9)} ${verdict}`);
}
const { agreeing, total } = agreement(caseForms);
const distinct = caseForms.filter((form) => form.form === form.expected).length;
console.log(`\nagreement: ${agreeing}/${total} occurrences (${((100 * agreeing) / total).toFixed(1)}%), ` +
  `${distinct}/${caseForms.length} distinct forms`);
console.log('\nnot case forms:', otherForms.map((form) => `${form.form}×${form.count}`).join(' '));
