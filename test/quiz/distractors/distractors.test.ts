import * as path from 'node:path';
import { distractorCandidates, matchWordCount, pickDistractors } from '../../../src/quiz/distractors';
import { monthLike, monthOfWord } from '../../../src/quiz/distractors/dates';
import { inflectName } from '../../../src/quiz/distractors/entities';
import { isDecade, presentOf, saysRecent } from '../../../src/quiz/distractors/numbers';
import type { CourseText } from '../../../src/quiz/text';
import { COURSE_DIR, draftOf, loadFixture } from '../rules/helpers';

let text: CourseText;
beforeAll(async () => { ({ text } = await loadFixture(COURSE_DIR)); });

const texts = (list: readonly { text: string }[]) => list.map((item) => item.text);

describe('distractor candidates', () => {
  it('years: near the key, course years first, never the key, never after the latest year the course names', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    const years = distractorCandidates(draft.key, text, 'kk', 'seed').map((candidate) => candidate.value!);
    expect(years).not.toContain(1993);
    for (const year of years) expect(Math.abs(year - 1993)).toBeLessThanOrEqual(6);
    expect(years.slice(0, 5).every((year) => text.byYear.has(year))).toBe(true);
  });

  it('decades for "1990 жылдары"', () => {
    expect(isDecade('1990 жылдары')).toBe(true);
    expect(isDecade('1990 жылы')).toBe(false);
    expect(['1990-е годы', '1970-х годов', '1980-ми годами', '1990s', '1990-го года'].map(isDecade)).toEqual([true, true, true, true, false]);
    const draft = draftOf(text, 'Орталық Азия мен Ресей арасындағы сауда ағындары', 'year');
    expect(distractorCandidates(draft.key, text, 'kk', 's').every((candidate) => candidate.value! % 10 === 0)).toBe(true);
  });

  it('amounts: the key\'s scale and unit, values made near it first', () => {
    const draft = draftOf(text, 'экспорт қазіргі таңда 5 млрд', 'amount');
    const candidates = distractorCandidates(draft.key, text, 'kk', 's');
    expect(candidates.every((candidate) => candidate.pool === 'amount|billion|dollar')).toBe(true);
    // made near the key first, never a simple multiple (×1.7 → 9, ×2.3 → 12, ×0.7 → 4, ×0.45 → 2)
    expect(texts(candidates).slice(0, 4)).toEqual(expect.arrayContaining(['9', '12']));
    expect(texts(candidates)).not.toContain('15');
  });

  it('countries: the key\'s group, in its case, each with its own allomorph', () => {
    const draft = draftOf(text, 'Қазақстанға әкелінетін негізгі тауар', 'place', 'Қазақстанға');
    const candidates = distractorCandidates(draft.key, text, 'kk', 's');
    // the course names enough Central Asian countries: no country of another region is offered
    expect(new Set(candidates.map((candidate) => candidate.entity!.group))).toEqual(new Set(['central-asia']));
    // in the usual spelling: the course's glossary lists its Қырғыстан as a misspelling (variants)
    expect(texts(candidates)).toEqual(expect.arrayContaining(['Өзбекстанға', 'Қырғызстанға', 'Тәжікстанға', 'Түркменстанға']));
    expect(texts(candidates)).not.toContain('Қырғыстанға');
    expect(candidates.map((candidate) => candidate.identity)).not.toContain('kazakhstan');
  });

  it('cities: the key\'s own country\'s cities first, where the course names them', () => {
    const draft = draftOf(text, 'Өзбектер 1501 жылы', 'place', 'Самарқандтан');
    const candidates = distractorCandidates(draft.key, text, 'kk', 's');
    const countries = candidates.map((candidate) => candidate.entity?.country);
    const firstOther = countries.findIndex((country) => country !== 'uzbekistan');
    expect(firstOther).toBeGreaterThanOrEqual(2);
    expect(countries.slice(firstOther).includes('uzbekistan')).toBe(false);
  });

  it('places: a geographic word in the key\'s name ("Aral Sea", "Lake Balkhash") in every option, or in none', async () => {
    const { text: waters } = await loadFixture(path.join(__dirname, '../../fixtures/quiz-shapes/en'));
    const offered = (fragment: string, key: string) => texts(distractorCandidates(draftOf(waters, fragment, 'place', key).key, waters, 'en', 's'));
    const sea = offered('lost most of its water', 'Aral Sea');
    expect(sea).toContain('Caspian Sea');
    expect(sea.every((name) => name.endsWith(' Sea'))).toBe(true);
    const bare = offered('never freezes in winter', 'Issyk-Kul');
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.some((name) => /\b(?:Sea|Lake)\b/u.test(name))).toBe(false);
  });

  it('countries: where the course names too few of the key\'s region, the countries it discusses most', async () => {
    const { text: caspian } = await loadFixture(path.join(__dirname, '../../fixtures/quiz-roles/en'));
    const draft = draftOf(caspian, 'In 1993 the government of', 'place', 'Kazakhstan');
    const candidates = distractorCandidates(draft.key, caspian, 'en', 's').map((candidate) => candidate.text);
    // Turkmenistan (the key's region) first, then Russia, Azerbaijan and Iran (named in 3 sentences or more)
    expect(candidates[0]).toBe('Turkmenistan');
    expect(candidates.slice(1)).toEqual(expect.arrayContaining(['Russia', 'Azerbaijan', 'Iran']));
  });

  it('acronyms: acronyms of the same kind, with the hyphenated suffix of their reading', () => {
    const draft = draftOf(text, 'Кейінгі ШЫҰ-ның дамуы', 'organisation');
    const written = texts(distractorCandidates(draft.key, text, 'kk', 's'));
    expect(written).toEqual(expect.arrayContaining(['ЕО-тың', 'ҰҚШҰ-ның', 'ТМД-ның']));
    expect(written).not.toContain('БҰҰ-ның'); // a global organisation, not a regional one
  });

  it('dates: the month word in the key\'s case', () => {
    expect(monthOfWord('маусымдағы')).toBe(6);
    expect(monthLike('маусымдағы', 9)).toBe('қыркүйектегі');
    expect(monthLike('наурызда', 4)).toBe('сәуірде');
    expect(inflectName('Оңтүстік Азия', { kase: 'loc', plural: false, attributive: true })).toBe('Оңтүстік Азиядағы');
  });
});

describe('one swap of a year (a false statement)', () => {
  it('moves the year by four or more: a year or two off is a nitpick a reviewer cannot call false', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const swaps = seeds.flatMap((seed) => pickDistractors(draft, text, seed, 1).distractors.map((found) => found.value!));
    expect(swaps.length).toBe(seeds.length);
    for (const year of swaps) expect(Math.abs(year - 1993)).toBeGreaterThanOrEqual(4);
    // a cloze's options stay near: the key is among them
    const options = seeds.flatMap((seed) => pickDistractors(draft, text, seed, 3).distractors.map((found) => found.value!));
    expect(options.some((year) => Math.abs(year - 1993) < 4)).toBe(true);
  });
});

describe('pickDistractors', () => {
  it('takes three that pass the checks, the same ones for the same seed', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    const first = pickDistractors(draft, text, 'seed-a');
    expect(first.distractors).toHaveLength(3);
    expect(texts(first.distractors)).not.toContain('1992');
    expect(first.refused.map((refusal) => refusal.distractor.text)).toContain('1992');
    expect(pickDistractors(draft, text, 'seed-a')).toEqual(first);
  });

  it('varies with the seed (the item), not with the run', () => {
    const draft = draftOf(text, 'формалды түрде 1993', 'year');
    const seeds = ['a', 'b', 'c', 'd', 'e'].map((seed) => texts(pickDistractors(draft, text, seed).distractors).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});

describe('a year the sentence calls recent', () => {
  it('gets a later year among its distractors, whatever the seed', () => {
    // s3-3: "… осы жақын аралықта 2021 жылы аймақтың елдерінің Білім Министрлерінің ортақ кездесулері болған болатын."
    const draft = draftOf(text, 'Білім Министрлерінің ортақ кездесулері', 'year');
    expect(draft.key.type === 'year' && draft.key.quantity.value).toBe(2021);
    const below = new Set<number>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const picked = pickDistractors(draft, text, seed).distractors;
      expect(picked).toHaveLength(3);
      expect(picked.some((distractor) => distractor.value! > 2021)).toBe(true);
      below.add(picked.filter((distractor) => distractor.value! < 2021).length);
    }
    // the key's place among the sorted years follows the seed: not always last, not always in the middle
    expect(below.size).toBeGreaterThan(1);
  });

  it('is told by its words in each language', () => {
    expect(saysRecent('осы жақын аралықта 2021 жылы кездесу болды', 'kk')).toBe(true);
    expect(saysRecent('Соңғы жылдары сауда өсті', 'kk')).toBe(true);
    expect(saysRecent('1994 жылы келісім жасалды', 'kk')).toBe(false);
    expect(saysRecent('В последние годы торговля выросла', 'ru')).toBe(true);
    expect(saysRecent('Recently, in 2021, the ministers met', 'en')).toBe(true);
    expect(saysRecent('The treaty of 1994', 'en')).toBe(false);
  });
});

describe("the text's present", () => {
  it('bounds a past event\'s years: none more than two years after the year by which 95% of the dated statements lie', () => {
    expect(presentOf(text)).toBe(2021);
    // s2-2: "2018 жыл Өзбекстан Республикасының Қазақстандағы жылы болып есептелді." (was offered with 2025)
    const draft = draftOf(text, 'Өзбекстан Республикасының Қазақстандағы жылы', 'year');
    expect(draft.key.type === 'year' && draft.key.quantity.value).toBe(2018);
    for (const seed of ['a', 'b', 'c', 'd']) {
      expect(Math.max(...pickDistractors(draft, text, seed).distractors.map((found) => found.value!))).toBeLessThanOrEqual(2023);
    }
  });
});

describe('years written as targets ("by 2030", "2030 жылға дейін", "к 2030 году")', () => {
  const FIXTURES = path.join(__dirname, '../../fixtures/quiz-timeline');
  const cases = [
    { language: 'kk', fragment: 'алғашқы конференциясы 2018' },
    { language: 'ru', fragment: 'Первая конференция' },
    { language: 'en', fragment: 'The first climate conference' },
  ] as const;
  for (const { language, fragment } of cases) {
    it(`${language}: neither tell the text's present nor stand as distractors for a past event`, async () => {
      const { text: timeline } = await loadFixture(path.join(FIXTURES, language));
      // the dated events end in 2022; 2030, 2031, 2035 and 2060 are plans
      expect(presentOf(timeline)).toBe(2022);
      const draft = draftOf(timeline, fragment, 'year');
      const years = distractorCandidates(draft.key, timeline, language, 'seed').map((candidate) => candidate.value!);
      expect(years.length).toBeGreaterThanOrEqual(3);
      expect(years.filter((year) => year > 2024)).toEqual([]);
    });
  }
});


describe('a name whose number of words no distractor shares', () => {
  const named = (...names: string[]) => names.map((name) => ({ text: name, identity: name.toLowerCase() }));

  it('gets a distractor of its own length in place of the least preferred, when one passes', () => {
    const chosen = named('Europe', 'America', 'Siberia');
    matchWordCount('Central Asia', named('Africa', 'South Asia', 'East Asia'), () => true, chosen);
    expect(texts(chosen)).toEqual(['Europe', 'America', 'South Asia']);
  });

  it('keeps the options when one of them already has the key\'s length, or no candidate of it passes', () => {
    const alike = named('Europe', 'South Asia', 'Siberia');
    matchWordCount('Central Asia', named('East Asia'), () => true, alike);
    expect(texts(alike)).toEqual(['Europe', 'South Asia', 'Siberia']);
    const none = named('Europe', 'America', 'Siberia');
    matchWordCount('Central Asia', named('East Asia'), (candidate) => candidate.text !== 'East Asia', none);
    expect(texts(none)).toEqual(['Europe', 'America', 'Siberia']);
  });
});
