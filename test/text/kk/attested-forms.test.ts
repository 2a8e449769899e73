/** The rules against the forms the course text itself uses (see attested-forms.ts). */
import { analyse, inflect, reinflectLike, suffixAgrees } from '../../../src/text/kk';
import { ATTESTED_FORMS, DOCUMENTED_EXCEPTIONS } from './attested-forms';
import { parseGrammar } from './grammar';

describe('forms attested in the dissertation', () => {
  it.each(ATTESTED_FORMS)('%s + %s → %s (×%d in the text)', (stem, grammar, form) => {
    const { kase, options } = parseGrammar(grammar);
    expect(inflect(stem, kase, options)).toBe(form);
  });

  it.each(ATTESTED_FORMS)('reads %s back from %s', (stem, grammar, form) => {
    const { kase, options } = parseGrammar(grammar);
    expect(analyse(form)[0]).toMatchObject({ stem, kase, plural: options.plural, attributive: options.attributive });
    expect(suffixAgrees(form, stem)).toBe(true);
  });

  it.each(DOCUMENTED_EXCEPTIONS)('minority form %s (×%d) of %s is not made: %s instead (%s)', (form, _count, stem, instead) => {
    expect(suffixAgrees(form, stem)).toBe(false);
    // A quiz key written the minority way still tells its case, so options get the right one.
    expect(reinflectLike(form, stem, stem)).toBe(instead);
  });
});
