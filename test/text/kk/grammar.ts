/** Reads the `grammar` column of the attested table ('loc+ғы', 'gen+pl') into inflect arguments. */
import { KK_CASES, type InflectOptions, type KkCase } from '../../../src/text/kk';

export function parseGrammar(grammar: string): { kase: KkCase; options: InflectOptions } {
  const [kase, ...marks] = grammar.split('+');
  if (!(KK_CASES as readonly string[]).includes(kase ?? '')) throw new Error(`unknown case in ${grammar}`);
  return { kase: kase as KkCase, options: { plural: marks.includes('pl'), attributive: marks.includes('ғы') } };
}
