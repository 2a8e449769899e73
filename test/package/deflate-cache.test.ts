import { inflateRawSync, deflateRawSync, constants } from 'node:zlib';
import { DEFLATE_LEVEL, DeflateCache } from '../../src/package/deflate-cache';
import { crc32 } from '../../src/package/crc32';

/** Three pages alike up to their ending, as a lesson's page is for each runtime; long enough to be worth sharing. */
const BEGINNING = Array.from({ length: 400 }, (_, i) => `<p>${i}. Қазақстан мен Өзбекстан ынтымақтастығы, ${i * 7} жыл.</p>\n`).join('');
const ENDINGS = ['{"target":"scorm12"}</script></html>', '{"target":"scorm2004"}</script></html>', `{"target":"xapi"}</script>\n<script>${'x'.repeat(3000)}</script></html>`];
const PAGES = ENDINGS.map((ending) => BEGINNING + ending);

function inflated(cache: DeflateCache, text: string, sharedPrefix: number): string {
  return inflateRawSync(cache.entryFor(text, sharedPrefix).deflated).toString('utf8');
}

describe('DeflateCache with a shared beginning', () => {
  it('gives entries that inflate to the whole file, with its own CRC and size', () => {
    const cache = new DeflateCache();
    for (const page of PAGES) {
      const entry = cache.entryFor(page, BEGINNING.length);
      const bytes = Buffer.from(page, 'utf8');
      expect(inflated(cache, page, BEGINNING.length)).toBe(page);
      expect(entry.crc).toBe(crc32(bytes));
      expect(entry.size).toBe(bytes.byteLength);
    }
  });

  it('deflates the beginning once for all the files that share it', () => {
    const cache = new DeflateCache();
    for (const page of PAGES) cache.entryFor(page, BEGINNING.length);
    expect(cache.sharedBeginnings).toBe(1);
    expect(cache.size).toBe(PAGES.length);
    // One beginning and one ending per page.
    expect(cache.deflations).toBe(1 + PAGES.length);
  });

  it('deflates content warmed several times once, also while the first is still running', async () => {
    const cache = new DeflateCache();
    const stylesheet = '.cp-screen { margin: 0 auto; }\n'.repeat(200);
    for (let i = 0; i < 4; i++) cache.warm(stylesheet);
    for (const page of PAGES) cache.warm(page, BEGINNING.length);
    await cache.ready();
    cache.entryFor(stylesheet);
    for (const page of PAGES) cache.entryFor(page, BEGINNING.length);
    expect(cache.deflations).toBe(1 + 1 + PAGES.length);
  });

  it('waits for what it is deflating on another thread instead of deflating it again (a zip waits with readyFor)', async () => {
    const cache = new DeflateCache({ rememberTexts: 'warmed' });
    const key = {};
    const player = '.cp-screen { margin: 0 auto; }\n'.repeat(200);
    cache.warmSharedBeginning(PAGES[0], BEGINNING.length, key);
    cache.warm(player);
    const files = [
      ...PAGES.map((page, i) => ({ path: `p${i}.html`, content: page, sharedPrefix: BEGINNING.length, sharedPrefixKey: key, contentKey: {} })),
      { path: 'player.css', content: player },
    ];
    await cache.readyFor(files);
    const entries = files.map((file) => cache.entryOf(file));
    // The beginning and the player once each, on another thread; then one ending per page.
    expect(cache.deflations).toBe(2 + PAGES.length);
    expect(inflateRawSync(entries[1].deflated).toString('utf8')).toBe(PAGES[1]);
    expect(inflateRawSync(entries[3].deflated).toString('utf8')).toBe(player);
  });

  it('warms no shared beginning too short to be deflated apart', async () => {
    const cache = new DeflateCache();
    cache.warmSharedBeginning(PAGES[0], 100, {});
    cache.warmSharedBeginning(PAGES[0], PAGES[0].length, {});
    await cache.ready();
    expect(cache.deflations).toBe(0);
  });

  it('costs almost nothing in size: the ending refers back into the beginning', () => {
    const cache = new DeflateCache();
    for (const page of PAGES) {
      const whole = deflateRawSync(Buffer.from(page), { level: DEFLATE_LEVEL }).byteLength;
      const seamed = cache.entryFor(page, BEGINNING.length).deflated.byteLength;
      expect(seamed).toBeLessThanOrEqual(whole + 16);
    }
    // An ending that quotes the beginning (as quiz data quotes the text) is stored as references to it.
    const quoting = `${BEGINNING}<template>${BEGINNING.slice(-4000)}</template>`;
    const endingAlone = deflateRawSync(Buffer.from(quoting.slice(BEGINNING.length)), { level: DEFLATE_LEVEL }).byteLength;
    const beginningOpen = deflateRawSync(Buffer.from(BEGINNING), { level: DEFLATE_LEVEL, finishFlush: constants.Z_SYNC_FLUSH }).byteLength;
    expect(cache.entryFor(quoting, BEGINNING.length).deflated.byteLength).toBeLessThan(beginningOpen + endingAlone / 4);
  });

  it('gives each file the same bytes whatever else was compressed, and whether warmed or not', async () => {
    const together = new DeflateCache();
    const bytesTogether = PAGES.map((page) => Buffer.from(together.entryFor(page, BEGINNING.length).deflated));
    const warmed = new DeflateCache();
    for (const page of PAGES) warmed.warm(page, BEGINNING.length);
    warmed.warm(PAGES[0]);
    await warmed.ready();
    expect(warmed.sharedBeginnings).toBe(1);
    PAGES.forEach((page, i) => {
      const alone = new DeflateCache().entryFor(page, BEGINNING.length).deflated;
      expect(Buffer.from(alone).equals(bytesTogether[i])).toBe(true);
      expect(Buffer.from(warmed.entryFor(page, BEGINNING.length).deflated).equals(bytesTogether[i])).toBe(true);
    });
    expect(Buffer.from(warmed.entryFor(PAGES[0]).deflated).equals(Buffer.from(new DeflateCache().entryFor(PAGES[0]).deflated))).toBe(true);
  });

  it('deflates the file whole when the shared part is short, the whole file, or would split a character', () => {
    const cache = new DeflateCache();
    const whole = (text: string) => Buffer.from(new DeflateCache().entryFor(text).deflated);
    expect(Buffer.from(cache.entryFor(PAGES[0], 100).deflated).equals(whole(PAGES[0]))).toBe(true);
    expect(Buffer.from(cache.entryFor(PAGES[0], PAGES[0].length).deflated).equals(whole(PAGES[0]))).toBe(true);
    // An emoji is two UTF-16 units: a cut between them would leave half a character on each side.
    const withEmoji = `${BEGINNING}😀${ENDINGS[0]}`;
    const inside = BEGINNING.length + 1;
    expect(inflated(cache, withEmoji, inside)).toBe(withEmoji);
    expect(Buffer.from(cache.entryFor(withEmoji, inside).deflated).equals(whole(withEmoji))).toBe(true);
    expect(cache.sharedBeginnings).toBe(0);
  });
});

describe('DeflateCache by key (OutputFile.contentKey, sharedPrefixKey)', () => {
  it('gives the same bytes as by text, deflating a keyed beginning once and a keyed file once', () => {
    const byText = new DeflateCache();
    const byKey = new DeflateCache();
    const frame = {};
    const keys = PAGES.map(() => ({}));
    for (let round = 0; round < 2; round++) {
      PAGES.forEach((page, i) => {
        const expected = Buffer.from(byText.entryFor(page, BEGINNING.length).deflated);
        const entry = byKey.entryOf({ path: 'lessons/a/index.html', content: page, sharedPrefix: BEGINNING.length, sharedPrefixKey: frame, contentKey: keys[i] });
        expect(Buffer.from(entry.deflated).equals(expected)).toBe(true);
      });
    }
    expect(byKey.sharedBeginnings).toBe(1);
    expect(byKey.deflations).toBe(1 + PAGES.length);
  });

  it('refuses one beginning key for beginnings of different lengths (a bug in the caller)', () => {
    const cache = new DeflateCache();
    const frame = {};
    cache.entryOf({ path: 'a', content: PAGES[0], sharedPrefix: BEGINNING.length, sharedPrefixKey: frame });
    expect(() => cache.entryOf({ path: 'b', content: PAGES[1], sharedPrefix: BEGINNING.length - 10, sharedPrefixKey: frame })).toThrow(/share a beginning key but not its length/);
  });

  it('forgets what it remembered by text between formats, and gives the same bytes after', async () => {
    const cache = new DeflateCache();
    const first = Buffer.from(cache.entryFor(PAGES[0]).deflated);
    await cache.forgetTexts();
    expect(cache.size).toBe(0);
    expect(Buffer.from(cache.entryFor(PAGES[0]).deflated).equals(first)).toBe(true);
  });
});

describe("DeflateCache remembering only warmed texts (the build's: rememberTexts 'warmed')", () => {
  it('remembers the player it warmed, not a manifest of one package, with the same bytes either way', async () => {
    const cache = new DeflateCache({ rememberTexts: 'warmed' });
    const player = 'window.player = 1;\n'.repeat(300);
    const manifest = '<manifest identifier="MANIFEST-a"/>';
    cache.warm(player);
    await cache.ready();
    const runs = cache.deflations;
    const first = Buffer.from(cache.entryOf({ path: 'assets/player.js', content: player }).deflated);
    cache.entryOf({ path: 'imsmanifest.xml', content: manifest });
    cache.entryOf({ path: 'imsmanifest.xml', content: manifest });
    expect(cache.deflations).toBe(runs + 2);
    expect(cache.size).toBe(1);
    expect(first.equals(Buffer.from(new DeflateCache().entryFor(player).deflated))).toBe(true);
    expect(Buffer.from(cache.entryOf({ path: 'imsmanifest.xml', content: manifest }).deflated).equals(Buffer.from(new DeflateCache().entryFor(manifest).deflated))).toBe(true);
  });
});
