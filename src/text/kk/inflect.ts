/** Builds a case form: stem (+ plural) + case (+ attributive -ғы), acronyms after a hyphen. */
import { isAcronym, readingHarmony, readingOf } from './acronyms';
import { endsInPossessiveHead } from './possessive';
import { finalSoundOf, harmonyOf, type FinalSound, type Harmony } from './sounds';
import { attributiveSuffix, caseSuffix, pluralSuffix } from './suffixes';
import type { InflectOptions, KkCase } from './types';

/** What decides the suffixes of one stem. */
interface StemSound {
  readonly harmony: Harmony;
  readonly sound: FinalSound;
  readonly possessive: boolean;
}

function stemSound(stem: string, options: InflectOptions): StemSound {
  if (isAcronym(stem)) {
    const { reading, possessive } = readingOf(stem);
    return { harmony: readingHarmony(reading), sound: finalSoundOf(reading), possessive };
  }
  const possessive = options.possessive ?? endsInPossessiveHead(stem);
  return { harmony: harmonyOf(stem), sound: finalSoundOf(stem), possessive };
}

/** The ending alone (no hyphen), e.g. 'тың' for АҚШ + gen. */
export function endingFor(stem: string, kase: KkCase, options: InflectOptions = {}): string {
  const { harmony, sound, possessive } = stemSound(stem, options);
  if (options.attributive && kase !== 'loc') throw new RangeError(`-ғы follows only the locative, not ${kase}`);
  let ending = '';
  let soundBeforeCase = sound;
  if (options.plural) {
    // Ұйымы has no plural of its own; an acronym read through it still pluralises (ШЫҰ-лар).
    if (possessive && !isAcronym(stem)) throw new RangeError(`a possessive stem takes no plural: ${stem}`);
    ending = pluralSuffix(sound, harmony);
    soundBeforeCase = 'glide'; // -лар ends in р
  }
  if (kase !== 'nom') ending += caseSuffix(kase, soundBeforeCase, harmony, possessive && !options.plural);
  if (options.attributive) ending += attributiveSuffix(harmony);
  return ending;
}

/**
 * `stem` in case `kase`: Қазақстан + gen → Қазақстанның, Ташкент + loc → Ташкентте,
 * АҚШ + gen → АҚШ-тың, Азия + loc + attributive → Азиядағы.
 */
export function inflect(stem: string, kase: KkCase, options: InflectOptions = {}): string {
  const ending = endingFor(stem, kase, options);
  if (ending === '') return stem;
  return stem + (isAcronym(stem) ? '-' : '') + ending;
}
