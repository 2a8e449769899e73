/**
 * The grammatical form of a list item, so that every option of an item has the same: an action
 * ("кедендік кедергілерді жою", "to remove barriers"), a finished event ("… қол қойылды") or a
 * noun phrase ("кедендік одақ"). A wrong option in another form would give itself away.
 */
import type { Language } from '../../../model/course';

export type ItemForm = 'action' | 'event' | 'noun';

const KK_ACTION = /(?:у|ю)$/u;
// past and present finite verbs, "керек" (must): "қойылды", "анықталды", "етеді", "керек"
const KK_EVENT = /(?:ды|ді|ты|ті|ады|еді|йды|йді|керек|болатын|тиіс|тиісті)$/u;
const RU_ACTION = /(?:ть|ться|ти)$/u;
const RU_EVENT = /(?:л|ла|ло|ли|лся|лась|лись|ет|ит|ут|ют|ат|ят)$/u;

export function itemForm(text: string, language: Language): ItemForm {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s-]+/gu, ' ').trim().split(/\s+/u);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (language === 'kk') return KK_EVENT.test(last) ? 'event' : KK_ACTION.test(last) ? 'action' : 'noun';
  if (language === 'ru') return RU_ACTION.test(first) || RU_ACTION.test(last) ? 'action' : RU_EVENT.test(last) && words.length > 2 ? 'event' : 'noun';
  return /ing$/u.test(first) || first === 'to' ? 'action' : / (?:was|were|is|are|has|have|had)\b/u.test(` ${words.join(' ')}`) ? 'event' : 'noun';
}
