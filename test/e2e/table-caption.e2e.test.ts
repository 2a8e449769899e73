/** Issue 11, item 10: at 360 px a wide table scrolls in its region and its caption stays in view. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, type BrowserSession } from '../harness/browser';

const CSS = readFileSync(path.resolve(__dirname, '../../src/player/player.css'), 'utf8');
let browser: BrowserSession;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser.close(); });

describe('a wide table on a 360 px screen', () => {
  it('keeps its caption at the left of its region while the table scrolls', async () => {
    const page = await browser.newPage({ width: 360, height: 640 });
    const cells = Array.from({ length: 8 }, (_, i) => `<td>Мән ${i + 1}</td>`).join('');
    await page.setContent(`<style>${CSS}</style><div class="cp-table-wrap" role="region" tabindex="0" id="wrap">
      <table><caption>Кесте 2 – Сауалнама нәтижелері</caption><tr>${cells}</tr><tr>${cells}</tr></table></div>`);
    const before = await page.$eval('caption', (caption) => caption.getBoundingClientRect().left);
    const scrolled = await page.$eval('#wrap', (wrap) => { wrap.scrollLeft = 400; return wrap.scrollLeft; });
    expect(scrolled).toBeGreaterThan(100);
    const after = await page.evaluate(() => ({
      caption: document.querySelector('caption')!.getBoundingClientRect(),
      region: document.getElementById('wrap')!.getBoundingClientRect(),
      table: document.querySelector('table')!.getBoundingClientRect(),
    }));
    expect(Math.round(after.caption.left)).toBe(Math.round(before));
    expect(after.caption.right).toBeLessThanOrEqual(after.region.right + 1);
    expect(after.table.left).toBeLessThan(after.region.left - 100);
    await page.close();
  });
});
