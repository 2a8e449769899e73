import { createStandaloneAdapter, openLocalStorage, storageKey } from '../../../src/player/lms/standalone';
import type { ProgressStore } from '../../../src/player/lms/standalone';

function memoryStore(): ProgressStore & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const context = { courseId: 'course-a', lessonId: 's1-1', screenCount: 6, quiz: null, now: () => 0, onProblem: () => undefined };

describe('stand-alone adapter', () => {
  it('keeps progress in localStorage under a key per course and lesson', () => {
    const store = memoryStore();
    const adapter = createStandaloneAdapter(store, context);
    expect(adapter.notice).toBe('standaloneNotice');
    expect(adapter.start()).toBeNull();
    adapter.record({ location: 3, visited: [0, 1, 3], quiz: null }, { completed: false, success: 'unknown' });
    expect([...store.items.keys()]).toEqual(['coursepack:course-a:s1-1']);
    expect(createStandaloneAdapter(store, context).start()).toEqual({ location: 3, visited: [0, 1, 3], quiz: null });
    expect(createStandaloneAdapter(store, { ...context, lessonId: 's1-2' }).start()).toBeNull();
  });

  it('starts fresh on data it cannot read', () => {
    for (const junk of ['not json', 'null', '{"location":2}', '{"location":"2","visited":"1.6.A"}']) {
      const store = memoryStore();
      store.items.set(storageKey('course-a', 's1-1'), junk);
      expect(createStandaloneAdapter(store, context).start()).toBeNull();
    }
  });

  it('works on without storage, or with storage that throws', () => {
    const broken: ProgressStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    for (const store of [null, broken]) {
      const adapter = createStandaloneAdapter(store, context);
      expect(adapter.start()).toBeNull();
      expect(() => adapter.record({ location: 1, visited: [0, 1], quiz: null }, { completed: false, success: 'unknown' })).not.toThrow();
      expect(() => adapter.finish({ location: 1, visited: [0, 1], quiz: null }, { completed: false, success: 'unknown' })).not.toThrow();
    }
  });

  it('treats a localStorage getter that throws as no storage', () => {
    const sandboxed = Object.defineProperty({}, 'localStorage', {
      get() {
        throw new Error('SecurityError: access denied');
      },
    });
    expect(openLocalStorage(sandboxed)).toBeNull();
    expect(openLocalStorage({})).toBeNull();
  });
});
