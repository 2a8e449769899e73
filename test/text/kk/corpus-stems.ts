/**
 * The names whose case forms the quiz rules inflect, as spelled in the dissertation (spelling
 * variants of one entity listed separately: each is its own stem).
 */
export const CORPUS_STEMS: readonly string[] = [
  // -стан countries and their variants
  'Қазақстан', 'Өзбекстан', 'Қырғызстан', 'Қырғыстан', 'Тәжікстан', 'Түркменстан', 'Түркменістан',
  'Түрікменстан', 'Ауғанстан', 'Ауғаныстан', 'Пәкістан', 'Үндістан',
  // other places
  'Ресей', 'Қытай', 'Түркия', 'Иран', 'Жапония', 'Еуропа', 'Америка', 'Азия',
  // cities
  'Ташкент', 'Астана', 'Алматы', 'Бішкек', 'Душанбе', 'Ашхабад', 'Самарқанд', 'Мәскеу', 'Бейжің',
  // surnames
  'Назарбаев', 'Каримов', 'Тоқаев', 'Мирзиеев', 'Мирзеев', 'Путин',
  // acronyms
  'ШЫҰ', 'АҚШ', 'БҰҰ', 'ТМД', 'НАТО', 'ЕО', 'ЕурАзЭҚ', 'ЕурАзЭО', 'ҰҚШҰ', 'ЕАЭО', 'АСЕАН', 'ЕҚЫҰ',
  'ҚХР', 'ДСҰ', 'ОА',
];
