import { gazetteer } from '../../../src/quiz/text/entities/gazetteer';
import { spellingsOf } from '../../../src/quiz/text/entities/types';
import { LANGUAGES } from '../../../src/model/course';

/** Names left out on purpose: the Russian river Или reads as the conjunction "Или" opening a sentence. */
const LEFT_OUT = new Set(['ili:ru']);

describe('the gazetteer (src/data/gazetteer)', () => {
  const entities = gazetteer();

  it('has unique ASCII ids, a group and names in kk, ru and en for every entity', () => {
    const ids = entities.map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entity of entities) {
      expect(entity.id).toMatch(/^[a-z0-9-]+$/u);
      expect(entity.group).toMatch(/^[a-z-]+$/u);
      for (const language of LANGUAGES) {
        const named = (entity.names[language] ?? []).length > 0;
        expect([entity.id, language, named]).toEqual([entity.id, language, !LEFT_OUT.has(`${entity.id}:${language}`)]);
      }
    }
  });

  it('gives no spelling to two entities of one language: a name must say which entity it is', () => {
    for (const language of LANGUAGES) {
      const owner = new Map<string, string>();
      for (const entity of entities) {
        for (const name of spellingsOf(entity, language)) {
          expect([language, name, owner.get(name) ?? entity.id]).toEqual([language, name, entity.id]);
          owner.set(name, entity.id);
        }
      }
    }
  });

  it('keeps the course region, its capitals and its rivers, each with the usual spelling first', () => {
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    expect(entities.filter((entity) => entity.group === 'central-asia').map((entity) => entity.names.kk![0]).sort())
      .toEqual(['Қазақстан', 'Қырғызстан', 'Өзбекстан', 'Тәжікстан', 'Түркменстан'].sort());
    expect(byId.get('tashkent')!.names.ru).toEqual(['Ташкент']);
    expect(byId.get('amu-darya')!.names.en).toEqual(['Amu Darya']);
    expect(byId.get('sco')!.names.kk).toEqual(['ШЫҰ', 'ШОС', 'Шанхай ынтымақтастық ұйым']);
    expect(byId.get('korea')!.distractor).toBe(false);
  });
});
