/**
 * Check 6's give-aways that blind reviewers read the answer off: the key's name inside another
 * word, an acronym spelled out in the stem, a country blanked beside one of its cities; and the
 * bracketed acronym that only restates the name before it, which is no key at all.
 */
import * as path from 'node:path';
import { checkOptions } from '../../../src/quiz/checks';
import { keysOf } from '../../../src/quiz/rules/cloze/keys';
import { statementOf } from '../../../src/quiz/rules/shared/statement';
import { draftOf, loadFixture, sentenceWith } from '../rules/helpers';
import { entityById } from '../../../src/quiz/text';

const FIXTURES = path.join(__dirname, '../../fixtures/quiz-giveaway');
const messages = (draft: Parameters<typeof checkOptions>[0]) => checkOptions(draft).map((found) => found.message);

describe('check 6: the stem gives the key away', () => {
  it('en: an acronym whose full name the stem spells out, small words included (ICOMOS)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const draft = draftOf(text, 'Experts of the International Council', 'organisation', 'ICOMOS');
    expect(messages(draft)).toContain('the stem spells out the acronym ICOMOS in full');
  });

  it('en: a country blanked beside one of its cities (Tashkent → Uzbekistan)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const draft = draftOf(text, 'Population growth in Tashkent', 'place', 'Uzbekistan');
    expect(messages(draft)).toContain("the stem names Tashkent, a place in the key's country");
  });

  it('kk: a country blanked beside one of its provinces or lakes (Ыстықкөл облысы, Қарақалпақстан)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'kk'));
    expect(messages(draftOf(text, 'Ыстықкөл облысында', 'place', 'Қырғызстан'))).toContain("the stem names Ыстықкөл облысында, a place in the key's country");
    expect(messages(draftOf(text, 'Қарақалпақстанда орман', 'place', 'Өзбекстан'))).toContain("the stem names Қарақалпақстанда, a place in the key's country");
  });

  it('en: a country blanked beside one of its provinces (Mangystau Region → Kazakhstan)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    expect(messages(draftOf(text, 'Oil output in the Mangystau', 'place', 'Kazakhstan'))).toContain("the stem names Mangystau Region, a place in the key's country");
  });

  it('en: a president blanked beside his country, among presidents of other countries', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const draft = draftOf(text, "Uzbekistan's new president", 'person');
    const person = (id: string, name: string) => ({ text: name, identity: id, entity: entityById(id)!, name });
    const others = { ...draft, distractors: [person('person-tokayev', 'K. Tokayev'), person('person-japarov', 'S. Japarov'), person('person-rahmon', 'E. Rahmon')] };
    const givenAway = "the stem names Uzbekistan, the key's country, and the other options are of other countries";
    expect(messages(others)).toContain(givenAway);
    // one more Uzbek president among the options is not enough: two must be plausible
    const oneAlike = { ...draft, distractors: [person('person-karimov', 'I. Karimov'), person('person-tokayev', 'K. Tokayev')] };
    expect(messages(oneAlike)).toContain(givenAway);
    const bothAlike = { ...draft, distractors: [person('person-karimov', 'I. Karimov')] };
    expect(messages(bothAlike)).not.toContain(givenAway);
  });

  it('en: a city blanked beside its country, among cities of another country', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const draft = draftOf(text, 'Visitor numbers in Uzbekistan', 'place', 'Samarkand');
    const city = (id: string, name: string) => ({ text: name, identity: id, entity: entityById(id)!, name });
    const givenAway = "the stem names Uzbekistan, the key's country, and the other options are of other countries";
    expect(messages({ ...draft, distractors: [city('almaty', 'Almaty'), city('shymkent', 'Shymkent'), city('bukhara', 'Bukhara')] })).toContain(givenAway);
    expect(messages({ ...draft, distractors: [city('bukhara', 'Bukhara'), city('khiva', 'Khiva'), city('almaty', 'Almaty')] })).not.toContain(givenAway);
  });

  it('en: a province blanked before its country, among provinces of another country (the ____ of Uzbekistan)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const draft = draftOf(text, 'The Muruntau gold deposit', 'place', 'Navoi region');
    const province = (id: string, name: string) => ({ text: name, identity: id, entity: entityById(id)!, name });
    const givenAway = "the stem names Uzbekistan, the key's country, and the other options are of other countries";
    expect(messages({ ...draft, distractors: [province('pavlodar-region', 'Pavlodar region'), province('karaganda-region', 'Karaganda region'), province('abai-region', 'Abai region')] })).toContain(givenAway);
    expect(messages({ ...draft, distractors: [province('bukhara-region', 'Bukhara region'), province('samarkand-region', 'Samarkand region'), province('abai-region', 'Abai region')] })).not.toContain(givenAway);
  });

  it('en: a "-stan" country blanked beside the name of its people (Kyrgyz politicians → Kyrgyzstan)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const draft = draftOf(text, 'After harsh words from Kyrgyz', 'place', 'Kyrgyzstan');
    expect(messages(draft)).toContain("the stem shows the key's name inside «Kyrgyz»");
  });

  it('kk: the key\'s name inside another word of the stem (Аралқұм for Арал теңізі)', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'kk'));
    const draft = draftOf(text, 'Аралқұм шөлі', 'place');
    expect(messages(draft)).toContain("the stem shows the key's name inside «Аралқұм»");
  });

  it('en: an acronym in brackets after its full name is no key', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const statement = statementOf(sentenceWith(text, 'In 1965 the International Council'), 'en', text.catalogue);
    expect(keysOf(statement, 'organisation', 'en')).toEqual({ keys: [], refused: ['full-name', 'bracketed-acronym'] });
  });

  it.each([
    ['en', 'The fund lent about 500 million', 'US'],
    ['ru', 'Фонд развития с капиталом', 'США'],
  ] as const)('%s: a country that only names a currency (US dollars, долларов США) is no key', async (language, fragment, country) => {
    const { text } = await loadFixture(path.join(FIXTURES, language));
    const statement = statementOf(sentenceWith(text, fragment), language, text.catalogue);
    const { keys, refused } = keysOf(statement, 'place', language);
    expect(keys.map((key) => key.text)).not.toContain(country);
    expect(refused).toContain('currency');
  });

  it('en: a people is no place: "Tajiks" is no key, and "the Tajik town" learns no place called Tajik', async () => {
    const { text } = await loadFixture(path.join(FIXTURES, 'en'));
    const statement = statementOf(sentenceWith(text, 'Almost all inhabitants of the district'), 'en', text.catalogue);
    expect(keysOf(statement, 'place', 'en').keys.map((key) => key.text)).not.toContain('Tajiks');
    expect(keysOf(statement, 'place', 'en').keys.map((key) => key.text)).not.toContain('Tajik');
    expect(text.catalogue.entities.some((entity) => entity.names.en?.includes('Tajik'))).toBe(false);
  });
});
