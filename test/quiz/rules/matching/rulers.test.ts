/**
 * People learned from the text take part in items like catalogued ones: a ruler named with his
 * title ("Тәуке хан") is an actor whose title stays with his name in a match, and a blank for
 * one is answered among the other rulers the course names.
 */
import * as path from 'node:path';
import { actorPairs } from '../../../../src/quiz/rules/matching/actors';
import { distractorCandidates } from '../../../../src/quiz/distractors';
import { draftOf, loadFixture } from '../helpers';

const FIXTURE = path.join(__dirname, '../../../fixtures/quiz-rulers/kk');

describe('rulers and cosmonauts learned from the text (kk)', () => {
  it('keeps the title with the name in actor ↔ action pairs', async () => {
    const { text } = await loadFixture(FIXTURE);
    const pairs = actorPairs(text.sentences, 'kk').map((pair) => [pair.left, pair.right]);
    expect(pairs).toContainEqual(['Қасым хан', '1511 жылы билікке келіп, хандықтың шекарасын кеңейтті']);
    expect(pairs).toContainEqual(['Есім хан', '1598 жылы Ташкентті қосып алды']);
    expect(pairs.every(([, right]) => !/^Хан /u.test(right!))).toBe(true);
    // Есім хан has two actions in the text: one pair only, so that the match has one answer
    expect(pairs.filter(([left]) => left === 'Есім хан')).toHaveLength(1);
  });

  it('offers other rulers for a ruler, other cosmonauts for a cosmonaut', async () => {
    const { text } = await loadFixture(FIXTURE);
    const ruler = draftOf(text, 'Жеті жарғы заңдар жинағын', 'person', 'Тәуке');
    const rulers = distractorCandidates(ruler.key, text, 'kk', 's').map((found) => found.text);
    expect(rulers).toEqual(expect.arrayContaining(['Қасым', 'Есім', 'Абылай', 'Әбілқайыр']));
    const cosmonaut = draftOf(text, 'Гагарин 1961', 'person', 'Ю. А. Гагарин');
    const cosmonauts = distractorCandidates(cosmonaut.key, text, 'kk', 's').map((found) => found.text);
    // spaced initials as the key writes them: «Т.О.» beside «Ю. А.» would be a cue
    expect(cosmonauts).toEqual(expect.arrayContaining(['Т. О. Әубәкіров', 'Т. А. Мұсабаев', 'А. Қ. Айымбетов']));
    expect(cosmonauts.some((name) => /Тәуке|Абылай/u.test(name))).toBe(false);
  });
});
