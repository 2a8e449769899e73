/**
 * The words of `coursepack quiz report`, in the bank's language (the course language): an
 * instructor reviewing a Russian bank reads Russian, with Russian examples of what a rule
 * refused. Kazakh wording puts no case ending on a figure (the ending would follow how the
 * numeral is read: 3-тен, 4-тің). Column names and settings stay as the files write them (draft, approved, rejected,
 * settings.quiz.minItemsPerLesson): they are what the instructor types.
 */
import type { Language } from '../model/course';

export interface ReportText {
  readonly noBank: string;
  readonly fewItems: (usable: number, minimum: number, fix: string, why: string) => string;
  readonly fixApproved: string;
  readonly fixDrafts: string;
  readonly regenerate: (count: number) => string;
  readonly fewKinds: (count: number, which: string, minimum: number, why: string) => string;
  readonly noKind: string;
  readonly notApproved: (kinds: string) => string;
  /** Drop reason groups, in the order of REASON_GROUPS in report.ts. */
  readonly reasons: {
    readonly pointing: string; readonly tooLong: string; readonly statementTooLong: string; readonly tooShort: string;
    readonly notStatement: string; readonly damaged: string; readonly noDistractor: string; readonly noFact: string; readonly placeNotAsked: string; readonly key: string;
  };
  readonly fewFacts: string;
  readonly droppedOnly: (total: number) => string;
  readonly sentencesWhy: (most: boolean, covered: number, total: number, parts: readonly string[]) => string;
  readonly missing: { readonly 'multiple-response': string; readonly ordering: string; readonly matching: string };
  readonly textHas: (parts: readonly string[]) => string;
  readonly kindColumn: string;
  readonly severalKinds: (count: number) => string;
  readonly droppedBy: (count: number) => string;
  readonly summary: (lessons: number, usable: number, include: string, short: number) => string;
  readonly legend: readonly string[];
}

const en: ReportText = {
  noBank: 'no question bank yet: run coursepack quiz generate',
  fewItems: (usable, minimum, fix, why) => `${usable} usable items, fewer than ${minimum} (settings.quiz.minItemsPerLesson): ${fix}${why ? `. Why: ${why}` : ''}`,
  fixApproved: 'approve more drafts or add items with rule: manual',
  fixDrafts: 'add items with rule: manual or improve the text',
  regenerate: (count) => `generation now gives ${count}: regenerate the bank or approve more of its drafts`,
  fewKinds: (count, which, minimum, why) => `usable items of ${count} kinds (${which}); a quiz should mix at least ${minimum}${why ? `. Why: ${why}` : ''}`,
  noKind: 'no kind',
  notApproved: (kinds) => `generation gives ${kinds}, review has not approved them all`,
  reasons: {
    pointing: 'pointed back to earlier text (This, These, …)',
    tooLong: 'were too long (over 45 words)',
    statementTooLong: 'were too long to read as one option (over 30 words)',
    tooShort: 'were too short (under 6 words)',
    notStatement: 'were list intros, questions or fragments',
    damaged: 'were damaged in the source (glued words, broken brackets, table cells)',
    noDistractor: 'had no wrong option that stays false across the whole course',
    noFact: 'held no year, figure, date or name to ask about',
    placeNotAsked: 'named only a city, region or site as a place, which no cloze asks (countries and waters only)',
    key: 'held no fact that can safely be asked (names of no known kind, enumerations, ranges)',
  },
  fewFacts: 'the text has few sentences with a year, number, date or name to ask about',
  droppedOnly: (total) => `${total} candidate sentences were dropped (reasons below)`,
  sentencesWhy: (most, covered, total, parts) => `${most ? 'most' : 'many'} candidate sentences (${covered} of ${total}) ${parts.join(' or ')}`,
  missing: {
    'multiple-response': 'no colon list or set of checkable statements for multiple response',
    ordering: 'no run of three or more dated events for ordering',
    matching: 'no pairs (scholar–theory, term–definition, survey figures) for matching',
  },
  textHas: (parts) => `the text has ${parts.join(', ')}`,
  kindColumn: 'kind',
  severalKinds: (count) => `(${count} more dropped by rules of several kinds)`,
  droppedBy: (count) => `${count} candidates dropped, by rule and reason:`,
  summary: (lessons, usable, include, short) => `${lessons} lessons, ${usable} usable items (settings.quiz.include: ${include}); ${short === 0 ? 'none falls' : short === 1 ? '1 lesson falls' : `${short} lessons fall`} short.`,
  legend: [
    'Columns: generated = items the rules give now; dropped = candidates the rules refused (reasons below each lesson);',
    'kept = items a regeneration keeps because of review;',
    'draft/approved/rejected = the bank on disk; usable = what learners would see.',
  ],
};

const ru: ReportText = {
  noBank: 'банка вопросов ещё нет: запустите coursepack quiz generate',
  fewItems: (usable, minimum, fix, why) => `пригодных вопросов ${usable}, меньше ${minimum} (settings.quiz.minItemsPerLesson): ${fix}${why ? `. Причина: ${why}` : ''}`,
  fixApproved: 'утвердите больше черновиков или добавьте вопросы с rule: manual',
  fixDrafts: 'добавьте вопросы с rule: manual или доработайте текст',
  regenerate: (count) => `генерация сейчас даёт ${count}: сгенерируйте банк заново или утвердите больше черновиков`,
  fewKinds: (count, which, minimum, why) => `пригодные вопросы ${count} типов (${which}); в тесте должно быть не меньше ${minimum}${why ? `. Причина: ${why}` : ''}`,
  noKind: 'ни одного типа',
  notApproved: (kinds) => `генерация даёт ${kinds}, но не все они утверждены`,
  reasons: {
    pointing: 'отсылали к предыдущему тексту (Этот, Однако, …)',
    tooLong: 'были слишком длинными (более 45 слов)',
    statementTooLong: 'были слишком длинными для варианта ответа (более 30 слов)',
    tooShort: 'были слишком короткими (менее 6 слов)',
    notStatement: 'были вводными фразами списков, вопросами или обрывками',
    damaged: 'были повреждены в источнике (слитные слова, непарные скобки, ячейки таблиц)',
    noDistractor: 'не нашлось неверного варианта, ложного по всему курсу',
    noFact: 'не содержали года, числа, даты или названия, о которых можно спросить',
    placeNotAsked: 'называли из мест только город, область или объект, о которых пропуск не делается (только страны и водоёмы)',
    key: 'не содержали факта, о котором можно спросить надёжно (названия неизвестного вида, перечисления, диапазоны)',
  },
  fewFacts: 'в тексте мало предложений с годом, числом, датой или названием',
  droppedOnly: (total) => `отброшено предложений-кандидатов: ${total} (причины ниже)`,
  sentencesWhy: (most, covered, total, parts) => `${most ? 'большинство' : 'многие'} предложений-кандидатов (${covered} из ${total}) ${parts.join(' или ')}`,
  missing: {
    'multiple-response': 'нет списка после двоеточия или набора проверяемых утверждений для множественного выбора',
    ordering: 'нет трёх и более датированных событий подряд для упорядочивания',
    matching: 'нет пар (учёный – теория, термин – определение, данные опроса) для сопоставления',
  },
  textHas: (parts) => `в тексте ${parts.join(', ')}`,
  kindColumn: 'тип',
  severalKinds: (count) => `(ещё ${count} отброшено правилами нескольких типов)`,
  droppedBy: (count) => `отброшено кандидатов: ${count}, по правилу и причине:`,
  summary: (lessons, usable, include, short) => `уроков: ${lessons}, пригодных вопросов: ${usable} (settings.quiz.include: ${include}); ${short === 0 ? 'все уроки в норме' : `не хватает вопросов в уроках: ${short}`}.`,
  legend: [
    'Столбцы: generated — вопросы, которые правила дают сейчас; dropped — отброшенные кандидаты (причины под каждым уроком);',
    'kept — вопросы, которые повторная генерация сохранит из-за проверки;',
    'draft/approved/rejected — банк на диске; usable — то, что увидят учащиеся.',
  ],
};

const kk: ReportText = {
  noBank: 'сұрақтар банкі әлі жоқ: coursepack quiz generate іске қосыңыз',
  fewItems: (usable, minimum, fix, why) => `жарамды сұрақ саны: ${usable}, ең азы ${minimum} керек (settings.quiz.minItemsPerLesson): ${fix}${why ? `. Себебі: ${why}` : ''}`,
  fixApproved: 'көбірек жобаны бекітіңіз немесе rule: manual сұрақтарын қосыңыз',
  fixDrafts: 'rule: manual сұрақтарын қосыңыз немесе мәтінді жетілдіріңіз',
  regenerate: (count) => `қазір генерация беретін сұрақ саны: ${count}; банкті қайта жасаңыз немесе көбірек жобаны бекітіңіз`,
  fewKinds: (count, which, minimum, why) => `жарамды сұрақ түрлерінің саны: ${count} (${which}); тестте кемінде ${minimum} түр болуы керек${why ? `. Себебі: ${why}` : ''}`,
  noKind: 'бірде-бір түр жоқ',
  notApproved: (kinds) => `генерация ${kinds} береді, бірақ олардың бәрі бекітілмеген`,
  reasons: {
    pointing: 'алдыңғы мәтінге сілтеді (Бұл, Осы, …)',
    tooLong: 'тым ұзын болды (45 сөзден артық)',
    statementTooLong: 'жауап нұсқасы ретінде тым ұзын болды (30 сөзден артық)',
    tooShort: 'тым қысқа болды (6 сөзден кем)',
    notStatement: 'тізімнің кіріспесі, сұрақ немесе үзінді болды',
    damaged: 'дереккөзде бүлінген (біріккен сөздер, жабылмаған жақша, кесте ұяшықтары)',
    noDistractor: 'бүкіл курс бойынша жалған болып қалатын қате нұсқа табылмады',
    noFact: 'сұрауға болатын жыл, сан, күн немесе атау болмады',
    placeNotAsked: 'орын ретінде тек қала, аймақ не нысан атады, олар бос орынға қойылмайды (тек елдер мен су айдындары)',
    key: 'сенімді сұрауға болатын дерек болмады (түрі белгісіз атаулар, тізбектер, аралықтар)',
  },
  fewFacts: 'мәтінде жыл, сан, күн немесе атау бар сөйлемдер аз',
  droppedOnly: (total) => `алынып тасталған үміткер сөйлемдер саны: ${total} (себептері төменде)`,
  sentencesWhy: (most, covered, total, parts) => `үміткер сөйлемдердің ${most ? 'көбі' : 'біразы'} (барлығы ${total}, оның ішінде ${covered}) ${parts.join(' немесе ')}`,
  missing: {
    'multiple-response': 'көп жауапты сұраққа қос нүктеден кейінгі тізім немесе тексерілетін тұжырымдар жиыны жоқ',
    ordering: 'ретке келтіру үшін күні көрсетілген кемінде үш оқиға қатары жоқ',
    matching: 'сәйкестендіру үшін жұптар (ғалым – теория, термин – анықтама, сауалнама деректері) жоқ',
  },
  textHas: (parts) => `мәтінде ${parts.join(', ')}`,
  kindColumn: 'түрі',
  severalKinds: (count) => `(бірнеше түрдің ережелері алып тастаған тағы ${count} үміткер)`,
  droppedBy: (count) => `алынып тасталған үміткерлер саны: ${count}, ереже мен себеп бойынша:`,
  summary: (lessons, usable, include, short) => `${lessons} сабақ, ${usable} жарамды сұрақ (settings.quiz.include: ${include}); ${short === 0 ? 'сұрағы жетпейтін сабақ жоқ' : `сұрағы жетпейтін сабақ саны: ${short}`}.`,
  legend: [
    'Бағандар: generated — ережелер қазір беретін сұрақтар; dropped — ережелер алып тастаған үміткерлер (себептері әр сабақтың астында);',
    'kept — тексеру нәтижесінде қайта генерация сақтайтын сұрақтар;',
    'draft/approved/rejected — дискідегі банк; usable — білім алушылар көретіні.',
  ],
};

export const REPORT_TEXT: Readonly<Record<Language, ReportText>> = { en, ru, kk };
