/**
 * The quiet line that says how sending is going: "saving progress…" while statements wait
 * longer than a moment, "offline…" while the LRS cannot be reached, a note when the LRS refused
 * one. Never a dialog, never in the way of the lesson. Its own element after `#cp-notice`, so
 * it can disappear again when everything was delivered.
 *
 * The texts are here rather than in src/locales because only xAPI/cmi5 bundles need them.
 */
import type { QueueStatus } from './queue';

type SyncMessage = 'saving' | 'offline' | 'rejected' | 'exit';

const TEXTS: Readonly<Record<string, Readonly<Record<SyncMessage, string>>>> = {
  kk: {
    saving: 'Прогресс сақталуда…',
    offline: 'Байланыс жоқ: прогресіңіз осы құрылғыда сақталды, байланыс қалпына келгенде жіберіледі.',
    rejected: 'LRS бір жазбаны қабылдамады; сабақ жалғаса береді.',
    exit: 'Сабақтан шығу',
  },
  ru: {
    saving: 'Сохранение прогресса…',
    offline: 'Нет связи: прогресс сохранён на этом устройстве и будет отправлен, когда связь восстановится.',
    rejected: 'LRS не приняла одну запись; урок продолжается.',
    exit: 'Выйти из урока',
  },
  en: {
    saving: 'Saving progress…',
    offline: 'Offline: your progress is kept on this device and sent when the connection is back.',
    rejected: 'The LRS refused one record; the lesson goes on.',
    exit: 'Leave the lesson',
  },
};

/** "Saving…" appears only when sending takes longer than this, so that it never flickers. */
const SAVING_DELAY_MS = 1_500;

export interface SyncStatus {
  show(status: QueueStatus): void;
  rejected(): void;
}

export function syncText(doc: Document, message: SyncMessage): string {
  const lang = doc.documentElement.lang;
  return (TEXTS[lang] ?? TEXTS['en']!)[message];
}

export function createSyncStatus(doc: Document): SyncStatus {
  const line = doc.createElement('p');
  line.className = 'cp-sync';
  line.setAttribute('role', 'status');
  line.hidden = true;
  const notice = doc.getElementById('cp-notice');
  if (notice?.parentNode) notice.parentNode.insertBefore(line, notice.nextSibling);
  let savingTimer: ReturnType<typeof setTimeout> | null = null;

  const set = (message: SyncMessage | null): void => {
    line.hidden = message === null;
    line.textContent = message === null ? '' : syncText(doc, message);
  };
  const cancelSaving = (): void => {
    if (savingTimer !== null) clearTimeout(savingTimer);
    savingTimer = null;
  };

  return {
    show(status) {
      if (status.kind === 'idle') {
        cancelSaving();
        set(null);
      } else if (status.kind === 'waiting') {
        cancelSaving();
        set('offline');
      } else if (savingTimer === null && line.hidden) {
        savingTimer = setTimeout(() => {
          savingTimer = null;
          set('saving');
        }, SAVING_DELAY_MS);
      }
    },
    rejected() {
      cancelSaving();
      set('rejected');
    },
  };
}
