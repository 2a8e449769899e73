/**
 * The quiet line that says how sending is going: "saving progress…" while statements wait
 * longer than a moment, "offline…" while the LRS cannot be reached, and — staying until the
 * page goes — what the LMS refused: one record (which the lesson keeps on this device), or the
 * whole session (the LMS ended it). Never a dialog, never in the way of the lesson. Its own
 * element after `#cp-notice`, so it can disappear again when everything was delivered.
 *
 * The texts are here rather than in src/locales because only xAPI/cmi5 bundles need them; they
 * follow the learner's language preference (cmi5 learner preferences) where it is one of
 * these, else the page's language.
 */
import type { QueueStatus } from './queue';

export type SyncMessage = 'saving' | 'offline' | 'rejected' | 'closed' | 'exit' | 'left';

const TEXTS: Readonly<Record<string, Readonly<Record<SyncMessage, string>>>> = {
  kk: {
    saving: 'Прогресс сақталуда…',
    offline: 'Байланыс жоқ: прогресіңіз осы құрылғыда сақталды, байланыс қалпына келгенде жіберіледі.',
    rejected: 'LMS бір жазбаны қабылдамады ({detail}); ол осы құрылғыда сақталды. Сабақ жалғаса береді.',
    closed: 'LMS бұл сессияны жапты ({detail}): бұдан әрі ештеңе жазылмайды. Прогресіңіз осы құрылғыда сақталды; сабақты LMS-тен қайта ашыңыз.',
    exit: 'Сабақтан шығу',
    left: 'Сіз сабақтан шықтыңыз; бұл терезені жаба аласыз.',
  },
  ru: {
    saving: 'Сохранение прогресса…',
    offline: 'Нет связи: прогресс сохранён на этом устройстве и будет отправлен, когда связь восстановится.',
    rejected: 'LMS не приняла одну запись ({detail}); она сохранена на этом устройстве. Урок продолжается.',
    closed: 'LMS закрыла этот сеанс ({detail}): больше ничего не записывается. Прогресс сохранён на этом устройстве; откройте урок в LMS заново.',
    exit: 'Выйти из урока',
    left: 'Вы вышли из урока; это окно можно закрыть.',
  },
  en: {
    saving: 'Saving progress…',
    offline: 'Offline: your progress is kept on this device and sent when the connection is back.',
    rejected: 'The LMS refused one record ({detail}); it is kept on this device. The lesson goes on.',
    closed: 'The LMS has closed this session ({detail}): nothing more is recorded. Your progress is kept on this device; open the lesson again from the LMS.',
    exit: 'Leave the lesson',
    left: 'You have left the lesson; you can close this window.',
  },
};

/** "Saving…" appears only when sending takes longer than this, so that it never flickers. */
const SAVING_DELAY_MS = 1_500;

export interface SyncStatus {
  show(status: QueueStatus): void;
  /** The LMS refused one statement: `detail` says how (HTTP status, the LMS's reason). */
  rejected(detail: string): void;
  /** The learner left the lesson (no returnURL to go to). */
  left(): void;
}

/** The first of `preferred` (language tags, most preferred first) these texts exist in, else the page's language. */
export function messageLanguage(doc: Document, preferred: readonly string[]): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0]!;
    if (TEXTS[primary]) return primary;
  }
  const page = doc.documentElement.lang.toLowerCase().split('-')[0] ?? '';
  return TEXTS[page] ? page : 'en';
}

export function syncText(language: string, message: SyncMessage, detail = ''): string {
  return (TEXTS[language] ?? TEXTS['en']!)[message].replace('{detail}', detail);
}

export function createSyncStatus(doc: Document, language: string): SyncStatus {
  const line = doc.createElement('p');
  line.className = 'cp-sync';
  line.setAttribute('role', 'status');
  line.lang = language;
  line.hidden = true;
  const notice = doc.getElementById('cp-notice');
  if (notice?.parentNode) notice.parentNode.insertBefore(line, notice.nextSibling);
  let savingTimer: ReturnType<typeof setTimeout> | null = null;
  /** A refusal stays said: later deliveries do not make it untrue. */
  let sticky = false;

  const set = (message: SyncMessage | null, detail = ''): void => {
    if (sticky) return;
    line.hidden = message === null;
    line.textContent = message === null ? '' : syncText(language, message, detail);
  };
  const cancelSaving = (): void => {
    if (savingTimer !== null) clearTimeout(savingTimer);
    savingTimer = null;
  };
  const say = (message: SyncMessage, detail: string): void => {
    cancelSaving();
    set(message, detail);
    sticky = true;
  };

  return {
    show(status) {
      if (status.kind === 'idle') {
        cancelSaving();
        set(null);
      } else if (status.kind === 'waiting') {
        cancelSaving();
        set('offline');
      } else if (status.kind === 'closed') {
        say('closed', `HTTP ${status.status}`);
      } else if (savingTimer === null && line.hidden) {
        savingTimer = setTimeout(() => {
          savingTimer = null;
          set('saving');
        }, SAVING_DELAY_MS);
      }
    },
    rejected(detail) {
      say('rejected', detail);
    },
    left() {
      sticky = false;
      say('left', '');
    },
  };
}
