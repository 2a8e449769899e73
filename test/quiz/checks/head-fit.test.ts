/**
 * Check 2c: a place blanked before a noun that says what kind of place it is ("the ____ oasis"),
 * or whose own name ends in such a noun ("Kyzylorda region"), takes as wrong options only names
 * the course writes with that noun: a city is no oasis, a city no region.
 */
import * as path from 'node:path';
import { checkHeadFit } from '../../../src/quiz/checks/head-fit';
import { entityById } from '../../../src/quiz/text';
import type { Distractor } from '../../../src/quiz/distractors/types';
import { draftOf, loadFixture } from '../rules/helpers';

const FIXTURE = path.join(__dirname, '../../fixtures/quiz-heads/en');
const place = (id: string, text: string): Distractor => ({ text, identity: id, entity: entityById(id)!, name: text });

describe('check 2c: the kind of place the sentence names', () => {
  it('en: an oasis takes only places the course calls oases', async () => {
    const { text } = await loadFixture(FIXTURE);
    const draft = draftOf(text, 'Silver from the mines of Ilak', 'place', 'Tashkent');
    expect(checkHeadFit(draft, place('bukhara', 'Bukhara'), text)).toEqual([]);
    expect(checkHeadFit(draft, place('samarkand', 'Samarkand'), text).map((found) => found.message))
      .toEqual(['«Samarkand» is never written with «oasis» in the course, as the key is']);
    expect(checkHeadFit(draft, place('almaty', 'Almaty'), text)).toHaveLength(1);
  });

  it('en: a key that ends in its head ("Kyzylorda region") takes only options ending in it', async () => {
    const { text } = await loadFixture(FIXTURE);
    const draft = draftOf(text, 'The Baikonur Cosmodrome in the', 'place', 'Kyzylorda region');
    expect(checkHeadFit(draft, place('karaganda-region', 'Karaganda region'), text)).toEqual([]);
    expect(checkHeadFit(draft, place('almaty', 'Almaty'), text).map((found) => found.message))
      .toEqual(['«Almaty» is not written with «region», as the key is']);
  });

  it('en: a place with no kind noun beside it is not concerned', async () => {
    const { text } = await loadFixture(FIXTURE);
    const draft = draftOf(text, 'The city of Almaty', 'place', 'Kazakhstan');
    expect(checkHeadFit(draft, place('uzbekistan', 'Uzbekistan'), text)).toEqual([]);
  });
});
