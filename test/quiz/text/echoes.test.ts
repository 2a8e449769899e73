import type { Language } from '../../../src/model/course';
import { echoedNoun } from '../../../src/quiz/text/echoes';
import { splitSentences } from '../../../src/quiz/text/sentences';

/** The noun the last sentence of the text repeats from the ones before, as the course index reads it. */
function echoIn(text: string, language: Language): string | undefined {
  const sentences = splitSentences(text, language);
  return echoedNoun(sentences[sentences.length - 1]!, [], sentences.slice(0, -1), language);
}

describe('a sentence opening with a noun the sentence before used (which one? the one just named)', () => {
  it.each<[Language, string, string]>([
    ['kk', '1934 жылы халық аспаптар оркестрі құрылды. Оркестр 1936 жылы Мәскеуде өнер көрсетті.', 'оркестр'],
    ['kk', 'Жаңаөзендегі оқиғалар елді дүр сілкіндірді. Оқиғалардан кейін төтенше жағдай жарияланды.', 'оқиғалардан'],
    ['ru', 'В 2014 году прошли Всемирные игры кочевников. Первые игры прошли на берегу Иссык-Куля.', 'игры'],
    ['ru', 'Между странами возник спор о воде. Спор удалось урегулировать только в 1998 году.', 'спор'],
    ['en', 'The World Nomad Games were first held in 2014. The games drew athletes from forty countries.', 'games'],
  ])('%s: «%s» echoes %s', (language, text, noun) => {
    expect(echoIn(text, language)).toBe(noun);
  });

  it.each<[Language, string]>([
    // the noun is not in the sentence before
    ['kk', 'Балқаш көлі екі бөліктен тұрады. Оркестр 1936 жылы Мәскеуде өнер көрсетті.'],
    // the first word of a name ("Батыс Балқаш"), and a definition ("Аймақ – …")
    ['kk', 'Көлдің батыс бөлігі тұщы. Батыс Балқашқа Іле өзені құяды.'],
    ['kk', 'Бұл аймақ туралы көп жазылды. Аймақ – белгілі бір аумақта орналасқан елдердің жиынтығы.'],
    // a converb and an adjective open the sentence, not a noun
    ['kk', 'Ол көшіп келді. Көшіп келгендердің бөлігі оңтүстіктен келді.'],
    // a relational adjective says which ("Шугнанский язык"), a name stands after "The"
    ['ru', 'На Памире говорят на многих языках. Шугнанский язык распространён в Хороге.'],
    ['en', 'Several dialects are spoken in the villages. The Gansu dialect has three tones.'],
    // a complement says which one
    ['en', 'A canal was dug in the 1950s. The canal of Karakum reached Mary in 1962.'],
    // the earlier use was only at a sentence's start: a name as much as a noun
    ['ru', 'Ташкент рос быстро. Ташкент стал столицей.'],
  ])('%s: «%s» opens with no echo', (language, text) => {
    expect(echoIn(text, language)).toBeUndefined();
  });

  it('looks two sentences back, no further', () => {
    expect(echoIn('Оркестр құрылды. Ол танымал болды. Оркестр гастрольге шықты.', 'kk')).toBeUndefined();
    expect(echoIn('Жаңа оркестр құрылды. Ол танымал болды. Оркестр гастрольге шықты.', 'kk')).toBe('оркестр');
    expect(echoIn('Жаңа оркестр құрылды. Ол танымал болды. Кейін бәрі өзгерді. Оркестр гастрольге шықты.', 'kk')).toBeUndefined();
  });
});
