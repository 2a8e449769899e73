import { createSyncStatus, messageLanguage } from '../../../src/player/lms/xapi/sync-status';

interface FakeLine {
  className: string;
  lang: string;
  hidden: boolean;
  textContent: string;
  setAttribute(name: string, value: string): void;
}

/** Just enough of a document for the sync line: its language, the notice region, one new element. */
function fakePage(lang: string) {
  const lines: FakeLine[] = [];
  const doc = {
    documentElement: { lang },
    createElement: () => {
      const line: FakeLine = { className: '', lang: '', hidden: false, textContent: '', setAttribute: () => undefined };
      lines.push(line);
      return line;
    },
    getElementById: () => ({ nextSibling: null, parentNode: { insertBefore: () => undefined } }),
  };
  return { doc: doc as unknown as Document, line: () => lines[0]! };
}

describe('the sync line', () => {
  it("speaks the learner's preferred language when the player has it, else the page's", () => {
    expect(messageLanguage(fakePage('kk').doc, ['ru-RU', 'en-US'])).toBe('ru');
    expect(messageLanguage(fakePage('kk').doc, ['de-DE', 'en'])).toBe('en');
    expect(messageLanguage(fakePage('kk').doc, ['de-DE'])).toBe('kk');
    expect(messageLanguage(fakePage('fr').doc, [])).toBe('en');
  });

  it('tells a refusal apart from being offline, and keeps saying it after later deliveries', () => {
    const { doc, line } = fakePage('en');
    const status = createSyncStatus(doc, 'en');
    status.show({ kind: 'waiting', pending: 2, retryInMs: 1000 });
    expect(line().textContent).toMatch(/^Offline/);
    status.rejected('HTTP 403: 9.3.0.0-5');
    expect(line().textContent).toBe('The LMS refused one record (HTTP 403: 9.3.0.0-5); it is kept on this device. The lesson goes on.');
    status.show({ kind: 'idle' });
    expect(line().hidden).toBe(false);
    expect(line().textContent).toContain('refused');
  });

  it('says when the LMS closed the session, in the language chosen', () => {
    const { doc, line } = fakePage('kk');
    const status = createSyncStatus(doc, 'ru');
    status.show({ kind: 'closed', pending: 3, status: 403, message: '8.1.2.0-2' });
    expect(line().textContent).toMatch(/^LMS закрыла этот сеанс \(HTTP 403\)/);
    expect(line().lang).toBe('ru');
  });
});
