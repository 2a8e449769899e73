/**
 * Words that open a sentence by pointing back to the one before (Бұл, Осы, However…) or by
 * linking to it (Ал, Бірақ, Сонымен қатар). As a quiz stem such a sentence needs its
 * predecessor, so the rules skip it or show the two together. Longest phrases first.
 */
import type { Language } from '../../model/course';

const OPENERS: Readonly<Record<Language, readonly string[]>> = {
  kk: [
    'Сонымен қатар', 'Сонымен бірге', 'Атап айтқанда', 'Осыған байланысты', 'Осыған орай', 'Соның ішінде', 'Соған қарамастан',
    'Сол себепті', 'Осы ретте', 'Осы тұрғыда', 'Осы орайда', 'Бұл жерде', 'Бұл тұрғыда', 'Өз кезегінде', 'Басқаша айтқанда',
    'Бұл', 'Бұлар', 'Бұның', 'Бұны', 'Бұған', 'Бұдан', 'Бұнда', 'Бұнымен', 'Бұлардың', 'Бұндай', 'Мұндай', 'Мұның', 'Мұны', 'Мұнда',
    'Осы', 'Осыдан', 'Осында', 'Осындай', 'Осылайша', 'Осыған', 'Осымен', 'Осының', 'Онымен',
    'Ол', 'Олар', 'Оның', 'Оны', 'Оған', 'Одан', 'Олардың', 'Оларды', 'Оларға', 'Сол', 'Соның', 'Сонда', 'Содан', 'Соған',
    'Ал', 'Бірақ', 'Бірақта', 'Сондай-ақ', 'Сонымен', 'Демек', 'Яғни', 'Себебі', 'Өйткені', 'Дегенмен', 'Алайда', 'Әйтсе де',
    'Сондықтан', 'Сондықтанда', 'Тіпті', 'Әрі', 'Керісінше', 'Нәтижесінде', 'Соңында', 'Екіншіден', 'Үшіншіден',
    'Мысалы', 'Мысалыға', 'Мысалға', 'Мәселен', 'Жоғарыда', 'Жоғарыдағы', 'Аталмыш', 'Аталған', 'Тағы', 'Тағыда',
    'Біріншіден', 'Төртіншіден', 'Бесіншіден', 'Бір жағынан', 'Екінші жағынан', 'Басқа жағынан', 'Кейін', 'Кейіннен',
    'Содан кейін', 'Одан кейін', 'Сонан соң', 'Қорыта айтқанда', 'Қорытындылай келе', 'Жалпы алғанда', 'Сонымен бірге',
    'Оған қоса', 'Бұған қоса', 'Сондай', 'Мұнымен қатар', 'Осы кезде', 'Сол кезде', 'Сол уақытта', 'Осы себепті', 'Осы орайда',
    // a direction of something named before: "Батысында …" (to its west)
    // "indeed": agrees with what the sentence before said (blind review, round 15)
    'Шынында да', 'Шынында', 'Расында да', 'Расында',
    'Батысында', 'Шығысында', 'Оңтүстігінде', 'Солтүстігінде', 'Батысынан', 'Шығысынан', 'Оңтүстігінен', 'Солтүстігінен',
    // back from a journey, or in return for something named before (round 25: "Қайтар жолда …", "In return …")
    'Қайтар жолда', 'Қайтар жолы', 'Бұған жауап ретінде', 'Оның орнына',
  ],
  ru: [
    'Кроме того', 'В то же время', 'Таким образом', 'Тем не менее', 'В связи с этим', 'При этом', 'В этом',
    'Это', 'Этот', 'Эта', 'Эти', 'Этого', 'Этому', 'Этим', 'Такой', 'Такая', 'Такие', 'Он', 'Она', 'Оно', 'Они', 'Его', 'Её', 'Их',
    'Однако', 'Но', 'А', 'Также', 'Поэтому', 'Следовательно', 'Итак', 'То есть', 'Впрочем', 'Тем самым', 'Там', 'Тогда', 'Здесь',
    'Данный', 'Данная', 'Данные', 'Вышеуказанный', 'Кроме', 'Например',
    'Во-первых', 'Во-вторых', 'В-третьих', 'В-четвёртых', 'С одной стороны', 'С другой стороны', 'Затем', 'Позже', 'Позднее',
    'Впоследствии', 'В итоге', 'В результате', 'Вместе с тем', 'Более того', 'Наконец', 'Так', 'Поэтому', 'Зато', 'Именно',
    'После этого', 'До этого', 'В то время', 'Тогда же', 'К тому же', 'Помимо этого', 'В свою очередь', 'Сюда', 'Для этого',
    'По этой причине', 'В этой связи', 'Из-за этого',
    // one more of a list begun before, a part of what was named before, a contrast with it (blind review, round 14)
    'Ещё один', 'Ещё одна', 'Ещё одно', 'Ещё одним', 'Ещё одной', 'Ещё одного', 'Еще один', 'Еще одна', 'Еще одно', 'Еще одним', 'Еще одной',
    'Из них', 'Среди них', 'Напротив', 'Действительно', 'В самом деле',
    // near what was named before (round 16: "Рядом в 1996 году открылся музей")
    'Рядом', 'Неподалёку', 'Неподалеку', 'Поблизости',
    // from or to the place named before (round 20: "Отсюда начиналась одна из главных дорог")
    'Отсюда', 'Оттуда', 'Туда', 'Там же',
    // back from a journey, or in return for something named before (round 25)
    'На обратном пути', 'Взамен', 'В ответ', 'В обмен',
  ],
  en: [
    'In addition', 'As a result', 'For example', 'For instance', 'In this', 'On the other hand', 'That is',
    'This', 'These', 'That', 'Those', 'Such', 'However', 'But', 'Also', 'It', 'Its', 'They', 'Their', 'He', 'She', 'His', 'Her',
    'Therefore', 'Thus', 'Hence', 'Moreover', 'Furthermore', 'Nevertheless', 'Yet', 'And', 'So', 'Then', 'There', 'Here',
    'Firstly', 'Secondly', 'Thirdly', 'Finally', 'On the one hand', 'In turn', 'Later', 'Meanwhile',
    'Instead', 'Still', 'As such', 'In contrast', 'By contrast', 'Similarly', 'Likewise', 'Consequently', 'Accordingly',
    'Indeed', 'In fact', 'In the end', 'Eventually', 'After that', 'Before that', 'At the same time', 'Even so', 'Besides',
    // round 21: "In reality, …", "The others, however, reached …"
    'In reality', 'The others', 'Others',
    'Otherwise', 'Above all', 'In short', 'In sum', 'Overall', 'Nonetheless', 'Again', 'For this reason', 'Because of this',
    'In this regard', 'In this context',
    'Another', 'Of these', 'Of them', 'Among them', 'On the contrary', 'Nearby', 'Next to it',
    // back from a journey, or in return for something named before (round 25: "In return, …")
    'In return', 'In exchange', 'In response', 'On the way back', 'On the return journey',
  ],
};

const sorted = (list: readonly string[]) => [...new Set(list)].sort((a, b) => b.length - a.length);
const BY_LANGUAGE: Readonly<Record<Language, readonly string[]>> = {
  kk: sorted(OPENERS.kk), ru: sorted(OPENERS.ru), en: sorted(OPENERS.en),
};

/**
 * The anaphoric opener of a sentence, if any: the phrase must be followed by a non-letter
 * ("Бұл,", "Бұл ", "Ал,"), so "Олардың" is matched whole and "Алматы" is not "Ал".
 */
export function anaphoricOpener(sentence: string, language: Language): string | undefined {
  const text = sentence.replace(/^[\s«"“„(–—-]+/u, '');
  return BY_LANGUAGE[language].find((opener) => text.startsWith(opener) && !/^[\p{L}\p{N}]/u.test(text.slice(opener.length)));
}

/**
 * Openers that only link the sentence to the one before (but, therefore, for example, in
 * addition, firstly) and leave a whole statement once taken away: "However, uranium prices fell
 * sharply after 2011." states "Uranium prices fell sharply after 2011." A stem is made from what
 * remains, so it stands alone without the sentence before (blind reviewers rejected such stems
 * shown alone, "for example" of what?). Openers that stand for something (Бұл, This, Это, Ол) or
 * place the event in time relative to the one before (Then, Кейін, Затем) are not among them.
 */
const DETACHABLE: Readonly<Record<Language, ReadonlySet<string>>> = {
  kk: new Set(['Ал', 'Бірақ', 'Бірақта', 'Алайда', 'Дегенмен', 'Әйтсе де', 'Сондықтан', 'Сондықтанда', 'Сол себепті', 'Осыған байланысты',
    'Сонымен қатар', 'Сонымен бірге', 'Сондай-ақ', 'Нәтижесінде', 'Мысалы', 'Мысалыға', 'Мысалға', 'Мәселен', 'Атап айтқанда',
    'Өз кезегінде', 'Соған қарамастан', 'Оған қоса', 'Бұған қоса', 'Мұнымен қатар', 'Демек', 'Тіпті', 'Керісінше', 'Осылайша',
    'Біріншіден', 'Екіншіден', 'Үшіншіден', 'Төртіншіден', 'Бесіншіден', 'Жалпы алғанда', 'Басқаша айтқанда', 'Осы себепті', 'Осы орайда']),
  ru: new Set(['Однако', 'Но', 'А', 'Поэтому', 'Следовательно', 'Кроме того', 'Вместе с тем', 'Тем не менее', 'Таким образом',
    'В результате', 'В итоге', 'Более того', 'Например', 'В связи с этим', 'При этом', 'В то же время', 'К тому же', 'Помимо этого',
    'Впрочем', 'Зато', 'Итак', 'Во-первых', 'Во-вторых', 'В-третьих', 'В-четвёртых', 'В свою очередь', 'Также', 'По этой причине',
    'В этой связи', 'Из-за этого']),
  en: new Set(['However', 'But', 'Therefore', 'Thus', 'Hence', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless', 'In addition',
    'As a result', 'For example', 'For instance', 'Consequently', 'Accordingly', 'Indeed', 'In fact', 'Meanwhile', 'At the same time',
    'Even so', 'Besides', 'Firstly', 'Secondly', 'Thirdly', 'Finally', 'In turn', 'In contrast', 'By contrast', 'Above all', 'Yet', 'Also',
    'For this reason', 'Because of this', 'In this regard', 'In this context']),
};

/** Words a statement needs at the least once its opener is taken away. */
const MIN_DETACHED_WORDS = 4;

/**
 * What the sentence states without its linking opener, first letter in upper case ("Однако в
 * 2019 году …" → "В 2019 году …"); undefined when the opener is no mere link or too little is
 * left.
 */
export function detachOpener(sentence: string, opener: string, language: Language): string | undefined {
  if (!DETACHABLE[language].has(opener)) return undefined;
  const start = sentence.indexOf(opener);
  const rest = sentence.slice(start + opener.length).replace(/^[\s,:;–—-]+/u, '');
  if (!/^[\p{L}\p{N}]/u.test(rest) || rest.split(/\s+/u).length < MIN_DETACHED_WORDS) return undefined;
  return rest.charAt(0).toLocaleUpperCase(language) + rest.slice(1);
}

